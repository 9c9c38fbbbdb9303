package org.eads.dvi.internal.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eads.dvi.AmDataRequest;
import org.eads.dvi.AmDataRequests;
import org.eads.dvi.DviStatistics;
import org.eads.dvi.IdentificationReports;
import org.eads.dvi.OperationStatistics;
import org.eads.identity.CurrentUser;
import org.eads.web.FormActions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an operation gives out, on its pages: the figures on the operation's page, the report of a confirmed
 * identification, and the request for a missing person's data from the file's page.
 */
@Controller
@ConditionalOnWebApplication
class DviReportPages implements DviPage {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IdentificationReports reports;
    private final DviStatistics statistics;
    private final AmDataRequests requests;
    private final CurrentUser currentUser;

    DviReportPages(IdentificationReports reports, DviStatistics statistics, AmDataRequests requests,
                   CurrentUser currentUser) {
        this.reports = reports;
        this.statistics = statistics;
        this.requests = requests;
        this.currentUser = currentUser;
    }

    @GetMapping("/dvi/identifications/{id}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable UUID id) {
        return DviReportsApi.pdf(reports.pdf(currentUser.get(), id));
    }

    /** The operation's figures and its chart of identifications by method, which the operation's page loads. */
    @GetMapping("/dvi/operations/{id}/statistics")
    String statistics(@PathVariable UUID id, Model model) {
        OperationStatistics s = statistics.of(currentUser.get(), id);
        OperationStatistics.ByMethod by = s.identifiedBy();
        model.addAttribute("statistics", s);
        model.addAttribute("chart", JSON.writeValueAsString(Map.of(
                "methods", List.of("DNA", "Dental", "Fingerprints", "Implant, other"),
                "counts", List.of(by.dna(), by.dental(), by.fingerprints(), by.other()))));
        return "dvi/statistics :: figures";
    }

    @PostMapping("/dvi/am-files/{id}/requests")
    String request(@PathVariable UUID id, @RequestParam(required = false) String kind,
                   @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return FormActions.act(redirect, "/dvi/am-files/" + id, () -> {
            AmDataRequest r = requests.request(currentUser.get(), id, kind, note);
            return "Request sent to " + String.join(", ", r.sentTo().stream().sorted().toList()) + ".";
        });
    }
}
