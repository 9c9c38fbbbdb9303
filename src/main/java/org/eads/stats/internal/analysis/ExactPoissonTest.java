package org.eads.stats.internal.analysis;

/**
 * The exact conditional test of two Poisson counts with exposures: {@code n1} events over exposure {@code t1}
 * (the earlier year's population) and {@code n2} over {@code t2}. Given their sum n, n2 is binomial with
 * p = t2 / (t1 + t2) if the rate did not change; the p-value is the binomial's two-sided one, and the 95%
 * confidence interval of the rate ratio (n2/t2) / (n1/t1) is the Clopper-Pearson interval of p turned into a ratio,
 * r = p / (1 - p) * t1 / t2. This is what R's {@code poisson.test(c(n2, n1), c(t2, t1))} computes.
 */
public final class ExactPoissonTest {

    /**
     * The outcome.
     *
     * @param rateRatio the later rate over the earlier; infinite when the earlier count is 0
     * @param low       lower bound of the confidence interval of the ratio
     * @param high      upper bound; infinite when the earlier count is 0
     */
    public record Result(double pValue, double rateRatio, double low, double high) {
    }

    private static final double ALPHA = 0.05;

    private ExactPoissonTest() {
    }

    public static Result compare(long n1, double t1, long n2, double t2) {
        if (n1 < 0 || n2 < 0 || !(t1 > 0) || !(t2 > 0)) {
            throw new IllegalArgumentException("counts must be 0 or more and exposures positive");
        }
        long n = n1 + n2;
        double ratio = n1 == 0 ? (n2 == 0 ? Double.NaN : Double.POSITIVE_INFINITY) : (n2 / t2) / (n1 / t1);
        if (n == 0) {
            return new Result(1, ratio, 0, Double.POSITIVE_INFINITY);
        }
        double p0 = t2 / (t1 + t2);
        double pValue = new Binomial(n, p0).twoSidedPValue(n2);
        double pLow = n2 == 0 ? 0 : solve(n, n2, true);
        double pHigh = n2 == n ? 1 : solve(n, n2, false);
        return new Result(pValue, ratio, toRatio(pLow, t1, t2), toRatio(pHigh, t1, t2));
    }

    private static double toRatio(double p, double t1, double t2) {
        return p >= 1 ? Double.POSITIVE_INFINITY : p / (1 - p) * t1 / t2;
    }

    /**
     * The Clopper-Pearson bound by bisection: the lower bound is the p at which P(X >= x) = alpha/2, the upper the p
     * at which P(X <= x) = alpha/2 (the first grows with p, the second falls).
     */
    private static double solve(long n, long x, boolean lower) {
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 200 && hi - lo > 1e-12 * Math.max(lo, 1e-300); i++) {
            double mid = (lo + hi) / 2;
            if (mid <= 0 || mid >= 1) {
                break;
            }
            Binomial b = new Binomial(n, mid);
            double tail = lower ? b.upperTail(x) : b.lowerTail(x);
            boolean beyond = lower ? tail > ALPHA / 2 : tail < ALPHA / 2;
            if (beyond) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return (lo + hi) / 2;
    }
}
