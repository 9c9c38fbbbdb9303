package org.eads.stats;

import java.util.List;

/**
 * A pivot table of yearly accepted figures: one dimension down the rows, another across the columns. Dimensions
 * that are neither are summed: over members into the regional total the reader may see, over years, over crime
 * areas; the total is used unless the part is a row or column; and an indicator that is neither must be a single
 * one (units do not add up).
 *
 * @param crimeAreas  crime areas to include (default: all)
 * @param indicators  indicators to include (default: cases recorded)
 * @param members     members to show when members are a row or column (default: every member the reader may see)
 */
public record PivotQuery(Dimension rows, Dimension columns, List<String> crimeAreas, List<String> indicators,
                         List<String> members, Integer fromYear, Integer toYear, StatsFilter.Measure measure) {

    /** What rows and columns may be. */
    public enum Dimension {
        MEMBER, YEAR, CRIME_AREA, INDICATOR, PART
    }

    public PivotQuery {
        crimeAreas = crimeAreas == null ? List.of() : List.copyOf(crimeAreas);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        members = members == null ? List.of() : List.copyOf(members);
    }
}
