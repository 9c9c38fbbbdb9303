package org.eads.stats;

import java.math.BigDecimal;
import java.util.List;

/**
 * One year's figure of each member the reader may see, highest rate first, beside the regional total: what the
 * comparison chart and the map draw.
 */
public record MemberComparison(int year, String crimeArea, String crimeAreaName, String indicator,
                               String indicatorName, String part, String partName, String unit, List<Row> members,
                               Row region, List<String> notes) {

    /**
     * One member's (or the region's) figure.
     *
     * @param complete whether all twelve months are in (for the region: of every member its totals include)
     */
    public record Row(String member, String name, BigDecimal value, Double rate, boolean complete, Long population,
                      Integer populationYear) {
    }
}
