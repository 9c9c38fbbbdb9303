package org.eads.dvi.internal.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eads.dvi.AmDataRequest;
import org.eads.dvi.AmDataRequests;
import org.eads.dvi.DviStatistics;
import org.eads.dvi.IdentificationReports;
import org.eads.dvi.OperationStatistics;
import org.eads.identity.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What an operation gives out: identification reports, its figures, and requests for missing ante-mortem data. */
@RestController
@RequestMapping("/api/v1/dvi")
@Tag(name = "Disaster victim identification")
class DviReportsApi {

    private final IdentificationReports reports;
    private final DviStatistics statistics;
    private final AmDataRequests requests;
    private final CurrentUser currentUser;

    DviReportsApi(IdentificationReports reports, DviStatistics statistics, AmDataRequests requests,
                  CurrentUser currentUser) {
        this.reports = reports;
        this.statistics = statistics;
        this.requests = requests;
        this.currentUser = currentUser;
    }

    @GetMapping("/identifications/{id}/report.pdf")
    @Operation(summary = "The report of a confirmed identification (PDF)",
            description = "The operation, the body and the missing person, the methods relied on, the evidence kept "
                    + "with the proposal, the proposer, the board's votes and the confirmation. An identification "
                    + "that is not confirmed answers 409.")
    ResponseEntity<byte[]> report(@PathVariable UUID id) {
        return pdf(reports.pdf(currentUser.get(), id));
    }

    /** A report as a download. */
    static ResponseEntity<byte[]> pdf(IdentificationReports.Report report) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(report.fileName())
                        .build().toString())
                .body(report.pdf());
    }

    @GetMapping(path = "/operations/{id}/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "An operation's figures",
            description = "Bodies recovered and examined (DNA, dental chart or fingerprints), identifications "
                    + "confirmed in total and by method (one relying on several methods counts under each), missing "
                    + "persons reported against AM files, and AM files with direct references, family references "
                    + "and dental charts.")
    OperationStatistics statistics(@PathVariable UUID id) {
        return statistics.of(currentUser.get(), id);
    }

    record DataRequest(String kind, String note) {
    }

    @PostMapping(path = "/am-files/{id}/requests", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ask for what a missing person's file lacks",
            description = "kind FAMILY_REFERENCE_SAMPLES, DIRECT_REFERENCE, DENTAL_RECORDS or FINGERPRINTS, and a "
                    + "note; a DVI alert goes to the member that reported the missing person and to the member of "
                    + "their nationality.")
    ResponseEntity<AmDataRequest> request(@PathVariable UUID id, @RequestBody DataRequest in) {
        AmDataRequest r = requests.request(currentUser.get(), id, in.kind(), in.note());
        return ResponseEntity.created(URI.create("/api/v1/alerts/" + r.alertId())).body(r);
    }
}
