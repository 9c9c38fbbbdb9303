package org.eads.stats.internal.submission;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eads.identity.CurrentUser;
import org.eads.imports.ImportHandler;
import org.eads.imports.ImportJob;
import org.eads.imports.ImportMode;
import org.eads.imports.Imports;
import org.eads.records.EnumField;
import org.eads.stats.Completeness;
import org.eads.stats.RevisionHistory;
import org.eads.stats.StatsCompleteness;
import org.eads.stats.StatsSubmissions;
import org.eads.stats.StatsUpload;
import org.eads.stats.Submission;
import org.eads.stats.SubmissionStatus;
import org.eads.stats.ValidationIssue;
import org.eads.stats.ValueInput;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/stats", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('STATISTICS_FOCAL_POINT', 'SUPERVISOR', 'ANALYST', 'API_CLIENT')")
@Tag(name = "Crime statistics: submissions", description = """
        Members' crime statistics in long format, one submission per member and reporting period (2025, 2025-Q1, \
        2025-03), and their approval. A member's statistics focal point (or a machine of the member) fills a draft, \
        the member's supervisor submits it, a Secretariat statistics focal point accepts it (its values become the \
        accepted values in force) or returns it with comments. Accepted data is locked: a change is a new revision \
        with a reason. A value is a number, "NA" for not available (not zero), or absent when not reported. A \
        submission of another member answers 404.""")
class SubmissionApi {

    private final StatsSubmissions submissions;
    private final StatsCompleteness completeness;
    private final StatsUpload upload;
    private final Imports imports;
    private final CurrentUser currentUser;
    private final Clock clock;

    SubmissionApi(StatsSubmissions submissions, StatsCompleteness completeness, StatsUpload upload, Imports imports,
                  CurrentUser currentUser, Clock clock) {
        this.submissions = submissions;
        this.completeness = completeness;
        this.upload = upload;
        this.imports = imports;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    record PeriodRequest(String period) {
    }

    record ValuesRequest(List<ValueInput> values) {
    }

    record CommentRequest(String comment) {
    }

    record RevisionRequest(String reason) {
    }

    @GetMapping("/submissions")
    @Operation(summary = "Submissions you may see, newest change first",
            description = "member (the Secretariat sees every member; a member sees only its own), year, status "
                    + "(DRAFT, SUBMITTED, RETURNED, ACCEPTED, SUPERSEDED). Values are left out: get one submission "
                    + "for them.")
    List<Submission> list(@RequestParam(required = false) String member, @RequestParam(required = false) Integer year,
                          @RequestParam(required = false) String status) {
        return submissions.list(currentUser.get(), member, year,
                EnumField.parse(SubmissionStatus.class, status, "status"));
    }

    @PostMapping(path = "/submissions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('STATISTICS_FOCAL_POINT', 'SUPERVISOR', 'API_CLIENT')")
    @Operation(summary = "Open your member's submission for a period",
            description = "period: 2025, 2025-Q1 or 2025-03, once it is over. Answers the open submission of the "
                    + "period if there is one, or a new draft. An accepted period is changed by a new revision.")
    Submission open(@RequestBody PeriodRequest request) {
        return submissions.open(currentUser.get(), request.period());
    }

    @GetMapping("/submissions/{id}")
    @Operation(summary = "One submission with its values")
    Submission get(@PathVariable UUID id) {
        return submissions.get(currentUser.get(), id);
    }

    @PutMapping(path = "/submissions/{id}/values", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('STATISTICS_FOCAL_POINT', 'SUPERVISOR', 'API_CLIENT')")
    @Operation(summary = "Replace the values of a draft or returned submission",
            description = "values: [{crimeArea, indicator, disaggregation ('' or absent for the total, SEX=F for a "
                    + "part), value (a number, \"NA\" for not available, null or absent when not reported), note}]. "
                    + "Every value is checked; a negative value is refused by the rule NO_NEGATIVE_VALUE; the other "
                    + "rules are answered by the validation. Nothing is saved when a value is wrong.")
    Submission putValues(@PathVariable UUID id, @RequestBody ValuesRequest request) {
        return submissions.putValues(currentUser.get(), id, request.values() == null ? List.of() : request.values());
    }

    @GetMapping("/submissions/{id}/validation")
    @Operation(summary = "Validate a submission's values against the active rules",
            description = "The issues: rule, severity (BLOCKING or WARNING), crimeArea, indicator, disaggregation, "
                    + "message with the numbers, noted (a warning whose value carries a note no longer stops the "
                    + "submission). A rule with a missing operand is not evaluated.")
    List<ValidationIssue> validate(@PathVariable UUID id) {
        return submissions.validate(currentUser.get(), id);
    }

    @PostMapping("/submissions/{id}/submit")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Submit a draft or returned submission to the Secretariat (the member's supervisor)",
            description = "Refused with every issue that stops it: a blocking issue, or a warning on a value "
                    + "without a note.")
    Submission submit(@PathVariable UUID id) {
        return submissions.submit(currentUser.get(), id);
    }

    @PostMapping("/submissions/{id}/accept")
    @PreAuthorize("hasRole('STATISTICS_FOCAL_POINT')")
    @Operation(summary = "Accept a submitted submission (a Secretariat statistics focal point)",
            description = "comment (optional). Its values become the accepted values in force for the member and "
                    + "period, replacing those of the revision it supersedes.")
    Submission accept(@PathVariable UUID id, @RequestBody(required = false) CommentRequest request) {
        return submissions.accept(currentUser.get(), id, request == null ? null : request.comment());
    }

    @PostMapping("/submissions/{id}/return")
    @PreAuthorize("hasRole('STATISTICS_FOCAL_POINT')")
    @Operation(summary = "Return a submitted submission to the member with comments (a Secretariat statistics "
            + "focal point)", description = "comment (required): what the member should check or correct.")
    Submission returnToMember(@PathVariable UUID id, @RequestBody(required = false) CommentRequest request) {
        return submissions.returnToMember(currentUser.get(), id, request == null ? null : request.comment());
    }

    @PostMapping(path = "/submissions/{id}/revisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('STATISTICS_FOCAL_POINT', 'SUPERVISOR', 'API_CLIENT')")
    @Operation(summary = "Open a new revision of an accepted submission",
            description = "reason (required): why the accepted data changes. The answer is a draft with the "
                    + "accepted values; they stay in force until the revision is accepted.")
    ResponseEntity<Submission> revise(@PathVariable UUID id, @RequestBody RevisionRequest request) {
        Submission s = submissions.revise(currentUser.get(), id, request.reason());
        return ResponseEntity.created(URI.create("/api/v1/stats/submissions/" + s.id())).body(s);
    }

    @GetMapping("/submissions/{id}/history")
    @Operation(summary = "Every revision of the submission's member and period, with what each changed")
    RevisionHistory history(@PathVariable UUID id) {
        return submissions.history(currentUser.get(), id);
    }

    @GetMapping("/completeness")
    @Operation(summary = "Completeness of a year per member and period",
            description = "year (default this year). Per member (every member country for the Secretariat, your "
                    + "own otherwise) and period: the state of its submission and how many of the expected totals "
                    + "(one per crime area and indicator collected in such a period) it reports.")
    Completeness completeness(@RequestParam(required = false) Integer year) {
        return completeness.of(currentUser.get(), year == null ? LocalDate.now(clock).getYear() : year);
    }

    @PostMapping(path = "/uploads", consumes = {"text/csv", "text/plain", MediaType.APPLICATION_OCTET_STREAM_VALUE,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @PreAuthorize("hasAnyRole('STATISTICS_FOCAL_POINT', 'SUPERVISOR', 'API_CLIENT')")
    @Operation(summary = "Upload your member's values as CSV or Excel",
            description = "The template's columns: member, period, crime_area, indicator, disaggregation, value, "
                    + "note (NA for not available; an empty value removes it from the draft). Send CSV as text/csv, "
                    + "a workbook (.xlsx) as application/vnd.openxmlformats-officedocument.spreadsheetml.sheet. The "
                    + "values go into your member's draft of each period named (created if needed). mode "
                    + "ALL_OR_NOTHING (default) writes nothing when a row is wrong and answers 400 with every "
                    + "mistake and its line; VALID_ONLY writes the valid rows. The answer is the import job: its "
                    + "errors list the wrong rows, then the validation rules' issues on the drafts (field 'rule "
                    + "CODE') with the lines of their values.")
    ResponseEntity<ImportJob> upload(@RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode,
                                     @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
                                     @RequestBody byte[] body) {
        String name = contentType.contains("spreadsheetml") || contentType.startsWith("application/octet-stream")
                ? "api.xlsx" : "api.csv";
        ImportJob job = imports.run(currentUser.get(), StatsUpload.KIND, Map.of(), name, body, mode);
        return job.importedRows() == 0 && job.errorRows() > 0
                ? ResponseEntity.badRequest().body(job) : ResponseEntity.ok(job);
    }

    @PostMapping(path = "/uploads/check", consumes = {"text/csv", "text/plain",
            MediaType.APPLICATION_OCTET_STREAM_VALUE,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @PreAuthorize("hasAnyRole('STATISTICS_FOCAL_POINT', 'SUPERVISOR', 'API_CLIENT')")
    @Operation(summary = "Check a file as an upload would, writing nothing",
            description = "The same body as an upload. The answer: rows processed, errorRows, errors (the wrong rows "
                    + "with their lines, then the validation rules' issues the drafts would have, field 'rule CODE') "
                    + "and a note.")
    ImportHandler.Result check(@RequestBody byte[] body) {
        return upload.dryRun(currentUser.get(), new java.io.ByteArrayInputStream(body));
    }

    @GetMapping(path = "/template", produces = {"text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "The upload template of a period",
            description = "period (2025-03), format csv (default) or xlsx, member (your own by default): one row per "
                    + "value the period asks for, filled with the member's open draft.")
    ResponseEntity<byte[]> template(@RequestParam String period, @RequestParam(defaultValue = "csv") String format,
                                    @RequestParam(required = false) String member) {
        StatsUpload.Template t = upload.template(currentUser.get(), member, period, format);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(t.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + t.fileName() + "\"")
                .body(t.content());
    }
}
