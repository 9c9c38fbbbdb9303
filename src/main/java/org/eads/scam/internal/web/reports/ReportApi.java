package org.eads.scam.internal.web.reports;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eads.identity.CurrentUser;
import org.eads.scam.Hold;
import org.eads.scam.IndicatorKind;
import org.eads.scam.IndicatorStatus;
import org.eads.scam.ScamHolds;
import org.eads.scam.ScamIndicator;
import org.eads.scam.ScamIndicators;
import org.eads.scam.ScamReport;
import org.eads.imports.ImportJob;
import org.eads.imports.ImportMode;
import org.eads.imports.Imports;
import org.eads.scam.ScamReportImport;
import org.eads.scam.ScamReportInput;
import org.eads.scam.ScamReports;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.ErrorResponseException;

@RestController
@RequestMapping(path = "/api/v1/scam", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Scam reports", description = """
        Scam reports of the members' anti-scam centres and the shared registry of scam indicators. A report is \
        shared like a record (sharingLevel); the victim's name and contact are returned only to the reporting member \
        unless victim.identityShared; the report's indicators join the registry at indicatorSharing (default \
        MEMBERS), one canonical indicator however written (a Malaysian 012-345 6789 is +60123456789). Losses and \
        payments are converted to US dollars at the rate of their date. A report you may not see answers 404.""")
class ReportApi {

    private final ScamReports reports;
    private final ScamIndicators indicators;
    private final Imports imports;
    private final ScamHolds holds;
    private final CurrentUser currentUser;

    ReportApi(ScamReports reports, ScamIndicators indicators, Imports imports, ScamHolds holds,
              CurrentUser currentUser) {
        this.reports = reports;
        this.indicators = indicators;
        this.imports = imports;
        this.holds = holds;
        this.currentUser = currentUser;
    }

    @PostMapping(path = "/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a scam report of your member",
            description = "scamType: INVESTMENT, ROMANCE, JOB_TASK, IMPERSONATION, E_COMMERCE, LOAN, PHISHING, "
                    + "SEXTORTION, CRYPTO or OTHER; channel: CALL, SMS, MESSAGING_APP, SOCIAL_MEDIA, WEBSITE, "
                    + "DATING_APP, EMAIL or OTHER; indicators: [{kind, value, country, provider}] with kind PHONE, "
                    + "BANK_ACCOUNT, E_WALLET, CRYPTO_WALLET, URL, DOMAIN, SOCIAL_MEDIA, EMAIL or APP; payments: "
                    + "[{kind, to, paidAt, amount, currency}]. Every mistake is named with its field.")
    ResponseEntity<ScamReport> create(@RequestBody ScamReportInput input) {
        ScamReport r = reports.create(currentUser.get(), input);
        return ResponseEntity.created(URI.create("/api/v1/scam/reports/" + r.id())).body(r);
    }

    @PostMapping(path = "/reports/import", consumes = {"text/csv", "text/plain"})
    @Operation(summary = "Import scam reports from CSV",
            description = "A header row with the columns case_reference, report_date, victim_kind, victim_name, "
                    + "victim_contact, victim_identity_shared, victim_nationality, victim_age_band, victim_sex, "
                    + "scam_type, channel, first_contact, loss_amount, loss_currency, summary, sharing_level, "
                    + "indicator_sharing, indicators (KIND:value|...), payments (KIND:to=amount CURRENCY@time|...). "
                    + "mode ALL_OR_NOTHING (default) imports nothing when a row has a mistake and answers 400 with "
                    + "them (status NEEDS_DECISION); VALID_ONLY imports the valid rows and lists the others. At "
                    + "most 100,000 rows. The answer is the import job: status, rows read, imported, with errors, "
                    + "and the errors with their line numbers.")
    ResponseEntity<ImportJob> importCsv(@RequestBody String csv,
            @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode) {
        ImportJob job = imports.run(currentUser.get(), ScamReportImport.KIND, java.util.Map.of(), "api.csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), mode);
        return job.importedRows() == 0 && job.errorRows() > 0
                ? ResponseEntity.badRequest().body(job) : ResponseEntity.ok(job);
    }

    @GetMapping("/reports")
    @Operation(summary = "Reports you may see, newest first, optionally of one member")
    List<ScamReport> list(@RequestParam(required = false) String member, @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "50") int size) {
        return reports.list(currentUser.get(), member, page, size);
    }

    @GetMapping("/reports/{id}")
    @Operation(summary = "One report")
    ScamReport get(@PathVariable UUID id) {
        return reports.view(currentUser.get(), id);
    }

    record StatusChange(IndicatorStatus status, String reason) {
    }

    @PostMapping(path = "/indicators/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set what is known of an indicator",
            description = "status GREY (verified mule or scam number: analysts, supervisors, partner systems), BLACK "
                    + "(designated by an authority), CLEARED or REPORTED (supervisors); a reason is required. The "
                    + "members that reported it are told when it is designated or cleared.")
    ScamIndicator status(@PathVariable long id, @RequestBody StatusChange change) {
        return indicators.setStatus(currentUser.get(), id, change.status(), change.reason());
    }

    record HoldRequest(java.math.BigDecimal amount, String currency, Integer days, String reason) {
    }

    @PostMapping(path = "/indicators/{id}/holds", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ask the banks that check an indicator to hold an amount",
            description = "days 1 to 30 (default 7); a reason is required. Checks of the indicator show the hold "
                    + "until it expires or your member releases it.")
    ResponseEntity<Hold> hold(@PathVariable long id, @RequestBody HoldRequest request) {
        Hold h = holds.request(currentUser.get(), id, request.amount(), request.currency(), request.days(),
                request.reason());
        return ResponseEntity.status(HttpStatus.CREATED).body(h);
    }

    @PostMapping("/holds/{id}/release")
    @Operation(summary = "End a hold of your member before its expiry")
    ResponseEntity<Void> release(@PathVariable long id) {
        holds.release(currentUser.get(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/indicators")
    @Operation(summary = "The registry's entry for an indicator, however written",
            description = "404 when nobody reported it. country: the ISO alpha-3 country of a national phone number.")
    ScamIndicator indicator(@RequestParam IndicatorKind kind, @RequestParam String value,
                            @RequestParam(required = false) String country) {
        return indicators.find(currentUser.get(), kind, value, country).orElseThrow(() -> {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "No member has reported " + kind + " " + value + " to the registry");
            p.setTitle("Indicator not reported");
            return new ErrorResponseException(HttpStatus.NOT_FOUND, p, null);
        });
    }
}
