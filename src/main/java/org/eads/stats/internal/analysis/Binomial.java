package org.eads.stats.internal.analysis;

/**
 * The binomial distribution with {@code n} trials of probability {@code p}, computed in log space so that neither
 * large counts (binomial coefficients of a million) nor tiny tails overflow or underflow. Tails are summed exactly,
 * term by term from the cut outwards, until the terms no longer change the sum; no normal approximation.
 */
public final class Binomial {

    /** Terms below this fraction of the tail so far cannot change it in double precision. */
    private static final double NEGLIGIBLE = 1e-17;
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final int TABLE = 16;
    private static final double[] LOG_FACTORIAL = new double[TABLE];

    static {
        for (int i = 1; i < TABLE; i++) {
            LOG_FACTORIAL[i] = LOG_FACTORIAL[i - 1] + Math.log(i);
        }
    }

    private final long n;
    private final double p;
    private final double logP;
    private final double logQ;

    public Binomial(long n, double p) {
        if (n < 0 || !(p > 0 && p < 1)) {
            throw new IllegalArgumentException("a binomial needs n >= 0 and 0 < p < 1, not n=" + n + ", p=" + p);
        }
        this.n = n;
        this.p = p;
        this.logP = Math.log(p);
        this.logQ = Math.log1p(-p);
    }

    /**
     * ln P(X = k), by Loader's saddle-point form (as R's dbinom): Stirling's error terms and the deviances of k and
     * n - k from their expectations, each small, instead of the difference of three huge log-factorials, which
     * would lose nine digits at a million trials.
     */
    public double logPmf(long k) {
        if (k < 0 || k > n) {
            return Double.NEGATIVE_INFINITY;
        }
        if (k == 0) {
            return n * logQ;
        }
        if (k == n) {
            return n * logP;
        }
        double q = 1 - p;
        return stirlingError(n) - stirlingError(k) - stirlingError(n - k) - deviance(k, n * p)
                - deviance(n - k, n * q) + 0.5 * Math.log((double) n / ((double) k * (n - k))) - LOG_SQRT_2PI;
    }

    /** ln(k!) - ln(sqrt(2 pi k) (k/e)^k): exact from the factorials below 16, Stirling's series above. */
    static double stirlingError(long k) {
        if (k < TABLE) {
            return LOG_FACTORIAL[(int) k] - (k + 0.5) * Math.log(k) + k - LOG_SQRT_2PI;
        }
        double x = k;
        double x2 = x * x;
        return (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - (1.0 / 1680 - 1.0 / (1188 * x2)) / x2) / x2) / x2) / x;
    }

    /** x ln(x / m) + m - x, summed as a series when x is close to m, where the direct form cancels. */
    static double deviance(double x, double m) {
        if (Math.abs(x - m) < 0.1 * (x + m)) {
            double v = (x - m) / (x + m);
            double s = (x - m) * v;
            double ej = 2 * x * v;
            v = v * v;
            for (int j = 1; j < 1000; j++) {
                ej *= v;
                double next = s + ej / (2 * j + 1);
                if (next == s) {
                    return next;
                }
                s = next;
            }
            return s;
        }
        return x * Math.log(x / m) + m - x;
    }

    /** The most probable count. */
    private long mode() {
        return Math.min(n, (long) Math.floor((n + 1) * p));
    }

    /** P(X <= k). */
    public double lowerTail(long k) {
        if (k < 0) {
            return 0;
        }
        if (k >= n) {
            return 1;
        }
        return k < mode() ? Math.exp(logSum(k, -1)) : 1 - Math.exp(logSum(k + 1, +1));
    }

    /** P(X >= k). */
    public double upperTail(long k) {
        if (k <= 0) {
            return 1;
        }
        if (k > n) {
            return 0;
        }
        return k > mode() ? Math.exp(logSum(k, +1)) : 1 - Math.exp(logSum(k - 1, -1));
    }

    /**
     * ln of the sum of P(X = i) from {@code from} outwards ({@code direction} -1 down to 0, +1 up to n), starting on
     * the far side of the mode so that every next term is smaller than the last. Each term follows from the one
     * before by the ratio of consecutive probabilities; the sum is kept relative to the first (largest) term.
     */
    private double logSum(long from, int direction) {
        double first = logPmf(from);
        double ratioLog = direction < 0 ? logQ - logP : logP - logQ;
        double sum = 1;
        double term = 0; // ln of the current term relative to the first
        for (long i = from; direction < 0 ? i > 0 : i < n; i += direction) {
            // P(i-1)/P(i) = i/(n-i+1) * q/p going down; P(i+1)/P(i) = (n-i)/(i+1) * p/q going up
            term += direction < 0 ? Math.log((double) i / (n - i + 1)) + ratioLog
                    : Math.log((double) (n - i) / (i + 1)) + ratioLog;
            double t = Math.exp(term);
            sum += t;
            if (t < sum * NEGLIGIBLE) {
                break;
            }
        }
        return first + Math.log(sum);
    }

    /**
     * Two-sided p-value of observing {@code x}: the probability of every count no more probable than {@code x}
     * (the rule of R's {@code binom.test}, with its relative tolerance of 1e-7 for ties).
     */
    public double twoSidedPValue(long x) {
        double m = n * p;
        if (x == m) {
            return 1;
        }
        double threshold = logPmf(x) + Math.log1p(1e-7);
        double pValue;
        if (x < m) {
            // the counts above the mean as improbable as x: a run from the first such count up to n
            long lo = (long) Math.ceil(m);
            long hi = n + 1;
            while (lo < hi) {
                long mid = (lo + hi) >>> 1;
                if (logPmf(mid) <= threshold) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            pValue = lowerTail(x) + upperTail(lo);
        } else {
            // the counts below the mean as improbable as x: a run from 0 up to the last such count
            long lo = -1;
            long hi = (long) Math.floor(m);
            while (lo < hi) {
                long mid = (lo + hi + 1) >> 1;
                if (logPmf(mid) <= threshold) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            pValue = lowerTail(lo) + upperTail(x);
        }
        return Math.min(1, pValue);
    }
}
