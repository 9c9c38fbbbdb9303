package org.eads.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.eads.stats.internal.analysis.Binomial;
import org.eads.stats.internal.analysis.ExactPoissonTest;
import org.junit.jupiter.api.Test;

/**
 * The exact conditional test of two Poisson counts against values worked out by hand (the arithmetic is in the
 * comments), and at large counts against an independent implementation (scipy.stats.binomtest, which follows the
 * same rule as R's binom.test).
 */
class StatsSignificanceTest {

    @Test
    void tenCasesThenTwentyWithTheSamePopulationIsNotSignificant() {
        // Given n = 10 + 20 = 30 and equal exposures, the later count is Binomial(30, 1/2) if nothing changed.
        // P(X <= 10) = (C(30,0) + ... + C(30,10)) / 2^30
        //            = (1 + 30 + 435 + 4060 + 27405 + 142506 + 593775 + 2035800 + 5852925 + 14307150 + 30045015)
        //              / 1073741824 = 53009102 / 1073741824.
        // The distribution is symmetric, so the counts no more probable than 20 are 0..10 and 20..30:
        // p = 2 * 53009102 / 1073741824 = 106018204 / 1073741824 = 0.0987371467053890...
        ExactPoissonTest.Result r = ExactPoissonTest.compare(10, 1_000_000, 20, 1_000_000);
        assertThat(r.pValue()).isCloseTo(106_018_204.0 / 1_073_741_824.0, within(1e-12));
        assertThat(r.pValue()).isCloseTo(0.0987371467, within(1e-10));
        assertThat(r.rateRatio()).isEqualTo(2.0);
        // Clopper-Pearson interval of p = 20/30 is (0.47188, 0.82713); as a ratio p / (1 - p): (0.8935, 4.7846)
        assertThat(r.low()).isCloseTo(0.8935088904, within(1e-7));
        assertThat(r.high()).isCloseTo(4.7845524403, within(1e-6));
    }

    @Test
    void unequalExposuresSumEveryCountNoMoreProbableThanTheOneObserved() {
        // One case over exposure 1, then five over exposure 2: n = 6, p = 2 / (1 + 2) = 2/3.
        // P(X = i) = C(6,i) 2^i / 3^6 = (1, 12, 60, 160, 240, 192, 64) / 729 for i = 0..6.
        // Observed 5 (192/729). Counts no more probable: 0, 1, 2, 3 (1 + 12 + 60 + 160 = 233) and 5, 6 (256).
        // p = (233 + 256) / 729 = 489 / 729 = 0.670781893...  (doubling the upper tail would give 512/729)
        ExactPoissonTest.Result r = ExactPoissonTest.compare(1, 1, 5, 2);
        assertThat(r.pValue()).isCloseTo(489.0 / 729.0, within(1e-12));
        assertThat(r.rateRatio()).isEqualTo(2.5);
    }

    @Test
    void binomialTailsMatchTheirTermsAddedByHand() {
        Binomial b = new Binomial(6, 2.0 / 3);
        assertThat(b.lowerTail(3)).isCloseTo(233.0 / 729, within(1e-14));
        assertThat(b.upperTail(5)).isCloseTo(256.0 / 729, within(1e-14));
        assertThat(b.lowerTail(6)).isEqualTo(1.0);
        assertThat(b.upperTail(0)).isEqualTo(1.0);
        assertThat(b.lowerTail(-1)).isEqualTo(0.0);
        assertThat(Math.exp(b.logPmf(4))).isCloseTo(240.0 / 729, within(1e-14));
        // P(X <= 5) of Binomial(10, 1/2) = (1 + 10 + 45 + 120 + 210 + 252) / 1024 = 638 / 1024
        assertThat(new Binomial(10, 0.5).lowerTail(5)).isCloseTo(638.0 / 1024, within(1e-14));
    }

    @Test
    void nothingInTheEarlierYearGivesAnOpenIntervalWithAClosedFormLowerBound() {
        // 0 then 5 cases, equal exposures: p is bounded below by P(X >= 5) = p^5 = 0.025, p = 0.025^(1/5)
        // = exp(ln 0.025 / 5) = exp(-0.737775890) = 0.478176250, and the ratio by 0.478176250 / 0.521823750
        // = 0.916355857. The ratio itself and its upper bound are infinite.
        ExactPoissonTest.Result r = ExactPoissonTest.compare(0, 1, 5, 1);
        assertThat(r.low()).isCloseTo(0.9163558573, within(1e-8));
        assertThat(r.high()).isInfinite();
        assertThat(r.rateRatio()).isInfinite();
        // 5 then 0: the mirror image, bounded above by 1 / 0.916355857
        ExactPoissonTest.Result down = ExactPoissonTest.compare(5, 1, 0, 1);
        assertThat(down.rateRatio()).isZero();
        assertThat(down.low()).isZero();
        assertThat(down.high()).isCloseTo(1 / 0.9163558573, within(1e-7));
        // two-sided: P(X = 5) = P(X = 0) = 1/32 each, and nothing else is as improbable: p = 2/32
        assertThat(r.pValue()).isCloseTo(2.0 / 32, within(1e-14));
    }

    @Test
    void largeCountsStayExactWithoutOverflow() {
        // 1,000 then 1,100 cases with the same population: scipy's binomtest(1100, 2100) gives p = 0.0307207079,
        // and its exact interval of the proportion turned into a ratio (1.0087988, 1.1995542)
        ExactPoissonTest.Result r = ExactPoissonTest.compare(1000, 5e6, 1100, 5e6);
        assertThat(r.pValue()).isCloseTo(0.03072070786, within(1e-9));
        assertThat(r.low()).isCloseTo(1.0087988323, within(1e-7));
        assertThat(r.high()).isCloseTo(1.1995542263, within(1e-7));
        // unequal populations: 480 over 5.1 million, then 560 over 5.3 million (scipy): p = 0.0628370216
        ExactPoissonTest.Result u = ExactPoissonTest.compare(480, 5.1e6, 560, 5.3e6);
        assertThat(u.pValue()).isCloseTo(0.0628370216, within(1e-9));
        assertThat(u.low()).isCloseTo(0.9920089460, within(1e-7));
        assertThat(u.high()).isCloseTo(1.2708576533, within(1e-7));
        // a million trials: P(X <= n/2) = 1/2 + P(X = n/2)/2 = 0.50028209...
        assertThat(new Binomial(2_000_000, 0.5).lowerTail(1_000_000)).isCloseTo(0.5002820947565, within(1e-12));
    }
}
