package org.eads.stats.internal.analysis.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import org.eads.records.EnumField;
import org.eads.stats.PivotQuery;
import org.eads.stats.StatsFilter;

/** The query of a pivot table, as text, read with a message naming the parameter that is wrong. */
record PivotParams(
        @Parameter(description = "Down the rows: MEMBER (default), YEAR, CRIME_AREA, INDICATOR or PART") String rows,
        @Parameter(description = "Across the columns (default YEAR, or MEMBER when the rows are years)")
        String columns,
        @Parameter(description = "Crime area codes (default: all), repeated or comma-separated") List<String> crimeAreas,
        @Parameter(description = "Indicator codes (default: CASES); several only when indicators are rows or "
                + "columns") List<String> indicators,
        @Parameter(description = "Members shown when members are rows or columns (default: every member you may "
                + "see individually)") List<String> members,
        @Parameter(description = "First year (default: four years before the last)") String fromYear,
        @Parameter(description = "Last year (default: the latest year with accepted data)") String toYear,
        @Parameter(description = "COUNT (default) or RATE per 100,000 inhabitants") String measure) {

    PivotQuery query() {
        return new PivotQuery(EnumField.parse(PivotQuery.Dimension.class, rows, "rows"),
                EnumField.parse(PivotQuery.Dimension.class, columns, "columns"), Params.list(crimeAreas),
                Params.list(indicators), Params.list(members), Params.year(fromYear, "fromYear"),
                Params.year(toYear, "toYear"), EnumField.parse(StatsFilter.Measure.class, measure, "measure"));
    }
}
