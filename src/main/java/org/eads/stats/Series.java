package org.eads.stats;

import java.math.BigDecimal;
import java.util.List;

/**
 * Accepted figures of one crime area, indicator and part over time: a line per member the reader may see, and the
 * regional total (the line with {@code region} true) of the members the reader's totals may include.
 *
 * @param periods the periods of the series in order ({@code 2025}, {@code 2025-Q1} or {@code 2025-03}), each line
 *                having one point per period
 * @param notes   what the reader should know to read it right: members left out, a population year used for a
 *                later year, a step coarsened to what the indicator is reported by
 */
public record Series(String crimeArea, String crimeAreaName, String indicator, String indicatorName, String part,
                     String partName, String unit, StatsFilter.Step step, StatsFilter.Measure measure,
                     List<String> periods, List<Line> lines, List<String> notes) {

    /**
     * One member's line ({@code member} set), or a regional one ({@code member} null): the regional total, or in a
     * series of seizures the regional total of one part ({@code part}, such as {@code SUBSTANCE=HEROIN}).
     */
    public record Line(String member, String part, String name, List<Point> points) {

        public boolean region() {
            return member == null;
        }
    }

    /**
     * One period of a line.
     *
     * @param value           the sum of the accepted values of the period; null when nothing was reported
     * @param rate            per 100,000 inhabitants of the period's year (not annualised); null without a value
     *                        or a population
     * @param complete        whether every month of the period was reported (for the region: by every member its
     *                        totals include)
     * @param monthsReported  months of the period covered by values (a member's point; 0 on the region's)
     * @param monthsExpected  months in the period
     * @param notAvailable    values of the period reported as "not available" (not zero)
     * @param population      the population the rate divides by
     * @param populationYear  the year that population is of: earlier than the period's when the population table
     *                        ends earlier
     * @param membersSummed   on the region's line, how many members' values the total sums
     * @param withheld        on the region's line, whether a member shown only in totals was left out of this one
     *                        because its figure could otherwise be worked out from the others
     */
    public record Point(String period, BigDecimal value, Double rate, boolean complete, int monthsReported,
                        int monthsExpected, int notAvailable, Long population, Integer populationYear,
                        int membersSummed, boolean withheld) {
    }
}
