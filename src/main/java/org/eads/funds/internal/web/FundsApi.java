package org.eads.funds.internal.web;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eads.funds.AllocationRule;
import org.eads.funds.FreezeRequest;
import org.eads.funds.FreezeRequests;
import org.eads.funds.FundsCase;
import org.eads.funds.FundsCases;
import org.eads.funds.Trace;
import org.eads.funds.TraceDirection;
import org.eads.funds.TraceQuestion;
import org.eads.funds.Traces;
import org.eads.funds.Transfer;
import org.eads.funds.TransferImport;
import org.eads.identity.CurrentUser;
import org.eads.imports.ImportJob;
import org.eads.imports.ImportMode;
import org.eads.imports.Imports;
import org.eads.records.EnumField;
import org.eads.records.InvalidRecordException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/funds", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Fund tracing", description = """
        Cross-border fund tracing. A case holds the transactions banks and financial intelligence units supplied for \
        an investigation and is shared like a record; a trace follows money forward (where did it go) or backward \
        (where did it come from) through the transactions of every case you may see, under an allocation rule (FIFO, \
        LIFO, LIBR, PRO_RATA, POISON), and freeze requests go from a trace to the members where the money is. \
        Amounts in answers are US dollars at the rate of each transaction's day. A case, trace or request you may \
        not see answers 404.""")
class FundsApi {

    private final FundsCases cases;
    private final Traces traces;
    private final FreezeRequests freezes;
    private final Imports imports;
    private final TraceExports exports;
    private final CurrentUser currentUser;

    FundsApi(FundsCases cases, Traces traces, FreezeRequests freezes, Imports imports, TraceExports exports,
             CurrentUser currentUser) {
        this.cases = cases;
        this.traces = traces;
        this.freezes = freezes;
        this.imports = imports;
        this.exports = exports;
        this.currentUser = currentUser;
    }

    @PostMapping(path = "/cases", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open a tracing case of your member",
            description = "reference (unique in your member), title, scamReportId (optional), sharingLevel (default "
                    + "MEMBERS) and sharedWith for SELECTED.")
    ResponseEntity<FundsCase> open(@RequestBody FundsCase.Input input) {
        FundsCase c = cases.open(currentUser.get(), input);
        return ResponseEntity.created(URI.create("/api/v1/funds/cases/" + c.id())).body(c);
    }

    @GetMapping("/cases")
    @Operation(summary = "Cases you may see, newest first")
    List<FundsCase> list() {
        return cases.list(currentUser.get());
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "One case")
    FundsCase get(@PathVariable long id) {
        return cases.get(currentUser.get(), id);
    }

    @GetMapping("/cases/{id}/transfers")
    @Operation(summary = "A case's transactions, newest first, optionally those of one account")
    List<Transfer> transfers(@PathVariable long id, @RequestParam(required = false) Long account,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        return cases.transfers(currentUser.get(), id, account, Math.max(0, page), Math.clamp(size, 1, 1000));
    }

    @PostMapping(path = "/cases/{id}/transfers", consumes = {"text/csv", "text/plain", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Import transactions into a case of your member",
            description = "CSV with a header row (txn_id, timestamp, from_account, from_bank, from_country, "
                    + "to_account, to_bank, to_country, amount, currency, channel, reference) or a JSON array of "
                    + "objects with those fields. source names the bank or unit that supplied them: a txn_id it "
                    + "supplied before is skipped and counted. mode ALL_OR_NOTHING (default) imports nothing when a "
                    + "row has a mistake and answers 400 with every mistake and its line; VALID_ONLY imports the "
                    + "valid rows. The answer is the import job.")
    ResponseEntity<ImportJob> importTransfers(@PathVariable long id, @RequestParam String source,
            @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType, @RequestBody String body) {
        String name = contentType.startsWith(MediaType.APPLICATION_JSON_VALUE) ? "api.json" : "api.csv";
        ImportJob job = imports.run(currentUser.get(), TransferImport.KIND, TransferImport.into(id, source), name,
                body.getBytes(StandardCharsets.UTF_8), mode);
        return job.importedRows() == 0 && job.errorRows() > 0
                ? ResponseEntity.badRequest().body(job) : ResponseEntity.ok(job);
    }

    /** A trace question as the API takes it: the rule and direction as text, in any case. */
    record TraceRequest(Long caseId, String direction, String rule, List<Long> transfers, List<Long> accounts,
                        Instant from, Instant to, Integer maxHops, BigDecimal minimumUsd, BigDecimal minimumFraction,
                        Integer fanOutCap) {
    }

    @PostMapping(path = "/traces", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Trace money",
            description = "caseId, direction FORWARD (default) or BACKWARD, rule FIFO, LIFO, LIBR, PRO_RATA or "
                    + "POISON, start transfers (ids) and/or accounts (ids), window from/to (default the 30 days "
                    + "after the earliest start, or before the latest going backward), maxHops (default 6, at most "
                    + "12), minimumUsd, minimumFraction (0 to 1 of what the trace starts with), fanOutCap (default 100 payments). The trace is kept: its answer lists every "
                    + "account reached with traced amounts in, out, remaining and cashed out, and the transfers "
                    + "that carried traced money.")
    ResponseEntity<Trace> trace(@RequestBody TraceRequest request) {
        if (request.caseId() == null) {
            throw new InvalidRecordException("caseId", "is required: the case the trace belongs to");
        }
        Trace t = traces.trace(currentUser.get(), new TraceQuestion(request.caseId(),
                EnumField.parse(TraceDirection.class, request.direction(), "direction"),
                EnumField.parse(AllocationRule.class, request.rule(), "rule"), request.transfers(), request.accounts(),
                request.from(), request.to(), request.maxHops(), request.minimumUsd(), request.minimumFraction(),
                request.fanOutCap()));
        return ResponseEntity.created(URI.create("/api/v1/funds/traces/" + t.id())).body(t);
    }

    @GetMapping("/traces/{id}")
    @Operation(summary = "A trace your member ran")
    Trace getTrace(@PathVariable long id) {
        return traces.get(currentUser.get(), id);
    }

    @GetMapping(path = "/traces/{id}/export", produces = {"text/csv", MediaType.APPLICATION_PDF_VALUE,
            MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Export a trace", description = "format csv (the transfers that carried traced money and "
            + "where the money is), json (the whole trace) or pdf (a report for a court or a request)")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "json") String format) {
        return exports.export(currentUser.get(), id, format);
    }

    @GetMapping("/traces/{id}/freeze-drafts")
    @Operation(summary = "The freeze requests a trace would prepare: one per account still holding traced money")
    List<FreezeRequest.Draft> drafts(@PathVariable long id) {
        return freezes.drafts(currentUser.get(), id);
    }

    @PostMapping(path = "/traces/{id}/freeze-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send freeze requests from a trace",
            description = "accounts (ids from the drafts), legalBasis, urgency IMMEDIATE, URGENT (default) or "
                    + "ROUTINE, contact. Each goes to the member where its account is held, as a critical alert to "
                    + "its freeze contacts and focal points.")
    List<FreezeRequest> send(@PathVariable long id, @RequestBody FreezeRequest.Input input) {
        return freezes.send(currentUser.get(), id, input);
    }

    @GetMapping("/freeze-requests")
    @Operation(summary = "Freeze requests your member sent (received=false) or received (received=true)")
    List<FreezeRequest> freezeRequests(@RequestParam(defaultValue = "false") boolean received) {
        return received ? freezes.received(currentUser.get()) : freezes.sent(currentUser.get());
    }

    @GetMapping("/freeze-requests/{id}")
    @Operation(summary = "One freeze request your member sent or received, with what was done")
    FreezeRequest freezeRequest(@PathVariable long id) {
        return freezes.get(currentUser.get(), id);
    }

    record ActionRequest(String action, BigDecimal amountUsd, String note) {
    }

    @PostMapping(path = "/freeze-requests/{id}/actions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record what your member did about a freeze request it received",
            description = "action FORWARDED (to the bank), FROZEN or PARTIAL with amountUsd frozen, REFUSED with a "
                    + "note saying why, RETURNED with amountUsd returned to the victims.")
    FreezeRequest act(@PathVariable long id, @RequestBody ActionRequest request) {
        return freezes.act(currentUser.get(), id, request.action(), request.amountUsd(), request.note());
    }
}
