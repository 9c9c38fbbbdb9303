package org.eads.stats.internal.analysis.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eads.identity.CurrentUser;
import org.eads.records.EnumField;
import org.eads.stats.MemberComparison;
import org.eads.stats.MemberSharing;
import org.eads.stats.PivotTable;
import org.eads.stats.Series;
import org.eads.stats.SharingChoice;
import org.eads.stats.StatsAnalysis;
import org.eads.stats.StatsExport;
import org.eads.stats.StatsSharing;
import org.eads.stats.StatsVisibility;
import org.eads.stats.YearOnYearChange;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/stats/analysis", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('ANALYST', 'SUPERVISOR', 'STATISTICS_FOCAL_POINT', 'API_CLIENT')")
@Tag(name = "Crime statistics analysis", description = """
        Accepted crime statistics as series, comparisons, year-on-year changes with their significance, seizure \
        trends and pivot tables. Every answer honours each member's sharing choice: the Secretariat sees every \
        member; a member sees its own figures and those of members sharing with all members, and regional totals \
        that include members sharing only in totals and leave out members sharing with the Secretariat only (the \
        notes say which); dialogue partners see regional totals only; observers see nothing (403). Rates are per \
        100,000 inhabitants of the year (World Bank population). Quarters and years are sums of what was reported \
        per month or quarter; a period missing months is marked incomplete.""")
class AnalysisApi {

    private final StatsAnalysis analysis;
    private final StatsSharing sharing;
    private final CurrentUser currentUser;

    AnalysisApi(StatsAnalysis analysis, StatsSharing sharing, CurrentUser currentUser) {
        this.analysis = analysis;
        this.sharing = sharing;
        this.currentUser = currentUser;
    }

    @GetMapping("/series")
    @Operation(summary = "A series per member and for the region",
            description = "By year, quarter or month, counts and rates. A line per member you may see individually, "
                    + "then the region's (member null). Each point says whether its period is complete.")
    Series series(@ParameterObject SeriesParams params) {
        return analysis.series(currentUser.get(), params.filter());
    }

    @GetMapping("/comparison")
    @Operation(summary = "Members compared for one year", description = "Each member's figure and rate for the "
            + "year (default: the last year), highest rate first, beside the region's.")
    MemberComparison comparison(@ParameterObject SeriesParams params) {
        return analysis.comparison(currentUser.get(), params.filter(), params.theYear());
    }

    @GetMapping("/year-on-year")
    @Operation(summary = "Year-on-year changes with their significance",
            description = "From the year before 'year' (default: the last year) to it, per member and for the "
                    + "region: counts, rates, the rate ratio with its 95% confidence interval and the two-sided "
                    + "p-value of the exact conditional Poisson test, and the verdict (SIGNIFICANT_INCREASE, "
                    + "SIGNIFICANT_DECREASE, WITHIN_NORMAL_VARIATION, NOT_TESTED with the reason). smallCounts "
                    + "flags fewer than 10 in either year.")
    List<YearOnYearChange> yearOnYear(@ParameterObject SeriesParams params) {
        return analysis.yearOnYear(currentUser.get(), params.filter(), params.theYear());
    }

    @GetMapping("/seizures")
    @Operation(summary = "Seizure trends by substance, firearm type or species group",
            description = "Regional totals by year of one seizure indicator (default: the one of the crime area), "
                    + "one line per part of its disaggregation; without a crime area, seizures under every crime "
                    + "area are summed.")
    Series seizures(@ParameterObject SeriesParams params) {
        return analysis.seizures(currentUser.get(), params.filter());
    }

    @GetMapping("/pivot")
    @Operation(summary = "A pivot table of yearly figures",
            description = "Rows and columns chosen among MEMBER, YEAR, CRIME_AREA, INDICATOR and PART; the other "
                    + "dimensions are summed (members into the regional total you may see). A member row or "
                    + "column REGION holds the regional total.")
    PivotTable pivot(@ParameterObject PivotParams params) {
        return analysis.pivot(currentUser.get(), params.query());
    }

    @GetMapping(path = "/pivot/export", produces = {"text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "A pivot table as a CSV or Excel file", description = "format csv or xlsx; the same "
            + "parameters as the pivot table. Audited as an export.")
    ResponseEntity<byte[]> export(@ParameterObject PivotParams params, @RequestParam(defaultValue = "csv") String format) {
        StatsExport file = analysis.export(currentUser.get(), params.query(), StatsExport.Format.parse(format));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName())
                        .build().toString()).body(file.content());
    }

    @GetMapping("/visibility")
    @Operation(summary = "Which members you see individually, in regional totals only, or not at all")
    StatsVisibility visibility() {
        return sharing.show(currentUser.get());
    }

    @GetMapping("/sharing")
    @Operation(summary = "Every member's sharing choice", description = "ALL_MEMBERS, SECRETARIAT_ONLY or "
            + "AGGREGATED_ONLY; chosen false means the member never chose and the default (AGGREGATED_ONLY) applies.")
    List<MemberSharing> choices() {
        return sharing.choices(currentUser.get());
    }

    /** A sharing choice as the API takes it. */
    record ChoiceRequest(String choice) {
    }

    @PutMapping(path = "/sharing/{member}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Choose how your member's accepted statistics are shared",
            description = "Only a supervisor of the member: {\"choice\": \"ALL_MEMBERS\"}, \"SECRETARIAT_ONLY\" or "
                    + "\"AGGREGATED_ONLY\".")
    MemberSharing choose(@PathVariable String member, @RequestBody ChoiceRequest request) {
        return sharing.choose(currentUser.get(), member.toUpperCase(java.util.Locale.ROOT),
                EnumField.parse(SharingChoice.class, request == null ? null : request.choice(), "choice"));
    }
}
