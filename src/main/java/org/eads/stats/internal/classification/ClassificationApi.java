package org.eads.stats.internal.classification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eads.identity.CurrentUser;
import org.eads.stats.Classification;
import org.eads.stats.Classifications;
import org.eads.stats.Indicator;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/stats/classification", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('STATISTICS_FOCAL_POINT', 'SUPERVISOR', 'ANALYST', 'API_CLIENT')")
@Tag(name = "Crime statistics: classification", description = """
        The crime areas members report on, mapped to the UNODC International Classification of Crime for \
        Statistical Purposes (ICCS) with context tags, and the indicators collected for each, with their unit, how \
        often they are reported (MONTH, QUARTER, YEAR) and their disaggregations. The mapping is versioned: the \
        version in force for a reporting year is the one with the greatest firstYear not after it, and a change \
        starts in a year after the last year with submitted or accepted data. Changes are for the Secretariat's \
        statistics focal points.""")
class ClassificationApi {

    private final Classifications classifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    ClassificationApi(Classifications classifications, CurrentUser currentUser, Clock clock) {
        this.classifications = classifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    record PeriodicityRequest(String periodicity) {
    }

    @GetMapping
    @Operation(summary = "The classification in force for a reporting year",
            description = "year (default this year): its version, crime areas with ICCS codes, context tags and "
                    + "indicators, every indicator, and the parts of each dimension.")
    Classification inForce(@RequestParam(required = false) Integer year) {
        return classifications.get(currentUser.get(), year == null ? LocalDate.now(clock).getYear() : year);
    }

    @GetMapping("/versions")
    @Operation(summary = "Every version of the classification, oldest first")
    List<Classification> versions() {
        return classifications.versions(currentUser.get());
    }

    @PostMapping(path = "/crime-areas", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('STATISTICS_FOCAL_POINT')")
    @Operation(summary = "Add a crime area from a first year on",
            description = "code (capitals, such as ONLINE_SCAMS), name, iccsCodes, contextTags, indicators, "
                    + "firstYear, note (why). The answer is the version holding it.")
    Classification addCrimeArea(@RequestBody Classifications.MappingInput input) {
        return classifications.addCrimeArea(currentUser.get(), input);
    }

    @PutMapping(path = "/crime-areas/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('STATISTICS_FOCAL_POINT')")
    @Operation(summary = "Change a crime area's mapping from a first year on",
            description = "iccsCodes, contextTags, indicators, name (optional), firstYear, note (why). The version "
                    + "starting that year is changed if it exists; otherwise a new version starts that year.")
    Classification changeMapping(@PathVariable String code, @RequestBody Classifications.MappingInput input) {
        return classifications.changeMapping(currentUser.get(), code.toUpperCase(java.util.Locale.ROOT), input);
    }

    @DeleteMapping("/crime-areas/{code}")
    @PreAuthorize("hasRole('STATISTICS_FOCAL_POINT')")
    @Operation(summary = "Stop collecting a crime area from a first year on (earlier versions keep it)")
    Classification stopCollecting(@PathVariable String code, @RequestParam Integer firstYear,
                                  @RequestParam String note) {
        return classifications.stopCollecting(currentUser.get(), code.toUpperCase(java.util.Locale.ROOT), firstYear,
                note);
    }

    @PostMapping(path = "/indicators", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('STATISTICS_FOCAL_POINT')")
    @Operation(summary = "Add an indicator",
            description = "code, name, unit (count, persons, units, kg, USD), periodicity (MONTH, QUARTER, YEAR), "
                    + "dimensions (SEX, AGE_GROUP, NATIONALITY, SUBSTANCE, FIREARM_TYPE, SPECIES_GROUP). It is "
                    + "collected where a crime area's mapping names it.")
    Indicator addIndicator(@RequestBody Classifications.IndicatorInput input) {
        return classifications.addIndicator(currentUser.get(), input);
    }

    @PutMapping(path = "/indicators/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('STATISTICS_FOCAL_POINT')")
    @Operation(summary = "Change how often an indicator is reported",
            description = "periodicity: MONTH, QUARTER or YEAR. Forms and templates ask for it in periods of that "
                    + "kind from now on; values already reported stay with their periods.")
    Indicator changePeriodicity(@PathVariable String code, @RequestBody PeriodicityRequest request) {
        return classifications.changePeriodicity(currentUser.get(), code.toUpperCase(java.util.Locale.ROOT),
                request.periodicity());
    }
}
