package org.eads.stats;

import java.math.BigDecimal;

/**
 * The change of one member's (or the region's) figure from one year to the next, judged by the exact conditional
 * test for two Poisson counts with the populations as exposures (docs/STATS_ANALYSIS.md): a change is called
 * significant only when chance alone would rarely give it, which small counts seldom are.
 *
 * @param previous      the earlier year's count
 * @param current       the later year's count
 * @param percentChange change of the rate per 100,000 (of the count when no population is known), in percent
 * @param rateRatio     the later year's rate over the earlier year's
 * @param ratioLow      lower bound of the 95% confidence interval of the rate ratio
 * @param ratioHigh     upper bound (null when unbounded: nothing in the earlier year)
 * @param pValue        two-sided p-value of "the rate did not change"
 * @param smallCounts   fewer than {@value #SMALL_COUNT} in either year: a few cases more or less make a large
 *                      percentage and the test can rarely tell a change
 * @param note          why no test was made, when it was not
 */
public record YearOnYearChange(String member, String name, boolean region, int previousYear, int year,
                               BigDecimal previous, BigDecimal current, Long previousPopulation,
                               Long currentPopulation, Double previousRate, Double currentRate, Double percentChange,
                               Double rateRatio, Double ratioLow, Double ratioHigh, Double pValue, Verdict verdict,
                               boolean smallCounts, String note) {

    /** Below this count in either year, a change is flagged as resting on small numbers. */
    public static final int SMALL_COUNT = 10;

    /** What the test says, in the words the dashboard shows instead of a bare percentage. */
    public enum Verdict {
        SIGNIFICANT_INCREASE("Significant increase at 5%"),
        SIGNIFICANT_DECREASE("Significant decrease at 5%"),
        WITHIN_NORMAL_VARIATION("Within normal variation"),
        NOT_TESTED("Not tested");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
