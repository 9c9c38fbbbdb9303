package org.eads.stats;

import java.math.BigDecimal;
import java.util.List;

/**
 * A pivot table as computed for one reader: {@code cells.get(r).get(c)} is the figure of row {@code r} and column
 * {@code c}. A member row or column named "Region" holds the regional total the reader may see.
 *
 * @param fromYear the first year the table covers
 * @param toYear   the last year
 * @param filters  what the summed dimensions were fixed to, in words, for the table's caption
 */
public record PivotTable(PivotQuery.Dimension rows, PivotQuery.Dimension columns, StatsFilter.Measure measure,
                         int fromYear, int toYear, List<Header> rowHeaders, List<Header> columnHeaders, List<List<Cell>> cells,
                         List<String> filters, List<String> notes) {

    /** A row or column: its code and what it is called. */
    public record Header(String code, String label) {
    }

    /**
     * One figure. {@code value} is null when nothing was reported.
     *
     * @param complete every month of every year summed is in, and (for a regional figure) every member the
     *                 reader's totals include reported
     * @param withheld a member shown only in totals was left out of this regional figure (see {@link StatsVisibility})
     */
    public record Cell(BigDecimal value, Double rate, boolean complete, boolean withheld) {

        /** What the cell shows under the measure. */
        public Number shown(StatsFilter.Measure measure) {
            return measure == StatsFilter.Measure.RATE ? rate : value;
        }
    }
}
