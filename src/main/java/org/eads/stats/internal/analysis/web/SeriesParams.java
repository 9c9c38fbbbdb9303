package org.eads.stats.internal.analysis.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import org.eads.records.EnumField;
import org.eads.stats.StatsFilter;

/**
 * The query of a series, comparison, year-on-year table or seizure chart, as text: bound without failing, then read
 * with a message naming the parameter that is wrong.
 */
record SeriesParams(
        @Parameter(description = "Crime area code, such as DRUG_TRAFFICKING (default: the first crime area; "
                + "for seizures: every crime area)") String crimeArea,
        @Parameter(description = "Indicator code, such as CASES (default) or, for seizures, SEIZED_DRUGS_KG, "
                + "SEIZED_FIREARMS or SEIZED_WILDLIFE") String indicator,
        @Parameter(description = "Empty for the total, or one part of a disaggregation such as SEX=F") String part,
        @Parameter(description = "Members to show (ISO alpha-3, repeated or comma-separated; default: every member "
                + "you may see individually)") List<String> members,
        @Parameter(description = "First year (default: four years before the last)") String fromYear,
        @Parameter(description = "Last year (default: the latest year with accepted data)") String toYear,
        @Parameter(description = "YEAR (default), QUARTER or MONTH") String step,
        @Parameter(description = "COUNT (default) or RATE per 100,000 inhabitants") String measure,
        @Parameter(description = "The year of a comparison or a year-on-year change (default: the last year)")
        String year) {

    StatsFilter filter() {
        return new StatsFilter(Params.blank(crimeArea), Params.blank(indicator), part, Params.list(members),
                Params.year(fromYear, "fromYear"), Params.year(toYear, "toYear"),
                EnumField.parse(StatsFilter.Step.class, step, "step"),
                EnumField.parse(StatsFilter.Measure.class, measure, "measure"));
    }

    Integer theYear() {
        return Params.year(year, "year");
    }
}
