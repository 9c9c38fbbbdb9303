package org.eads.scam.internal.web.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.records.InvalidRecordException;
import org.eads.records.Problems;
import org.eads.scam.IndicatorKind;
import org.eads.scam.IndicatorStatus;
import org.eads.scam.ScamChannel;
import org.eads.scam.ScamIndicator;
import org.eads.scam.ScamIndicators;
import org.eads.screening.Screening;
import org.eads.screening.SearchQuery;
import org.eads.scam.ScamReport;
import org.eads.imports.ImportJob;
import org.eads.imports.ImportMode;
import org.eads.imports.Imports;
import org.eads.scam.ScamReportImport;
import org.eads.scam.ScamReports;
import org.eads.scam.ScamTypes;
import org.eads.sharing.SharingLevel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The scam report pages: the list, the report form, one report, and an indicator of the registry. */
@Controller
@ConditionalOnWebApplication
class ReportPages {

    private static final Pattern ROW = Pattern.compile("^(indicators|payments)\\[(\\d+)](.*)$");

    private final ScamReports reports;
    private final ScamTypes scamTypes;
    private final ScamIndicators indicators;
    private final Imports imports;
    private final Screening screening;
    private final CurrentUser currentUser;

    ReportPages(ScamReports reports, ScamIndicators indicators, Imports imports, Screening screening,
                CurrentUser currentUser, ScamTypes scamTypes) {
        this.scamTypes = scamTypes;
        this.reports = reports;
        this.indicators = indicators;
        this.imports = imports;
        this.screening = screening;
        this.currentUser = currentUser;
    }

    @GetMapping("/scam/reports")
    String list(@RequestParam(required = false) String member, @RequestParam(defaultValue = "0") int page,
                Model model) {
        model.addAttribute("reports", reports.list(currentUser.get(), member, page, 50));
        model.addAttribute("member", member);
        model.addAttribute("page", Math.max(page, 0));
        return "scam/reports";
    }

    @GetMapping("/scam/reports/new")
    String form(Model model) {
        return form(model, new ReportForm(), List.of());
    }

    private String form(Model model, ReportForm form, List<Problems.FieldProblem> problems) {
        model.addAttribute("form", form.withRows());
        model.addAttribute("problems", problems);
        model.addAttribute("types", scamTypes.active());
        model.addAttribute("channels", ScamChannel.values());
        model.addAttribute("kinds", IndicatorKind.values());
        model.addAttribute("levels", SharingLevel.values());
        model.addAttribute("ageBands", new java.util.TreeSet<>(ScamReports.AGE_BANDS));
        return "scam/report-form";
    }

    @PostMapping("/scam/reports")
    String create(@ModelAttribute ReportForm form, Model model, RedirectAttributes redirect) {
        try {
            ScamReport r = reports.create(currentUser.get(), form.input());
            redirect.addFlashAttribute("notice", "Report " + r.caseReference() + " recorded.");
            return "redirect:/scam/reports/" + r.id();
        } catch (InvalidRecordException e) {
            return form(model, form, e.problems().stream().map(p -> rowNamed(form, p)).toList());
        }
    }

    /** Names a problem of a filled row by the row the officer sees on the form. */
    private static Problems.FieldProblem rowNamed(ReportForm form, Problems.FieldProblem p) {
        Matcher m = ROW.matcher(p.field());
        if (!m.matches()) {
            return p;
        }
        int filled = Integer.parseInt(m.group(2));
        boolean indicator = m.group(1).equals("indicators");
        int row = indicator ? form.indicatorRow(filled) : form.paymentRow(filled);
        return new Problems.FieldProblem((indicator ? "Indicator row " : "Payment row ") + row + m.group(3),
                p.message());
    }

    @GetMapping("/scam/reports/import")
    String importForm(Model model) {
        model.addAttribute("columns", ScamReportImport.COLUMNS);
        return "scam/import";
    }

    @PostMapping("/scam/reports/import")
    String importFile(@RequestParam("file") MultipartFile file,
                      @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode, Model model)
            throws IOException {
        model.addAttribute("columns", ScamReportImport.COLUMNS);
        if (file.isEmpty()) {
            model.addAttribute("uploadError", "Choose a CSV file to import");
            return "scam/import";
        }
        try {
            ImportJob job = imports.submit(currentUser.get(), ScamReportImport.KIND, java.util.Map.of(), file.getOriginalFilename(),
                    file.getBytes(), mode);
            return "redirect:/imports/" + job.id();
        } catch (IllegalArgumentException e) {
            model.addAttribute("uploadError", e.getMessage());
            return "scam/import";
        }
    }

    @GetMapping("/scam/reports/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("report", reports.view(currentUser.get(), id));
        return "scam/report";
    }

    @PostMapping("/scam/indicators/{id}/status")
    String status(@PathVariable long id, @RequestParam(required = false) IndicatorStatus status,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            ScamIndicator changed = indicators.setStatus(currentUser.get(), id, status, reason);
            redirect.addFlashAttribute("notice", "The indicator is now " + changed.status() + ".");
            return "redirect:/scam/indicators?kind=" + changed.kind() + "&value="
                    + java.net.URLEncoder.encode(changed.value(), StandardCharsets.UTF_8);
        } catch (InvalidRecordException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/scam/reports";
        }
    }

    /** A line for the page of an indicator record: what the registry knows of it, or nothing. */
    @GetMapping("/scam/indicators/badge")
    String badge(@RequestParam IndicatorKind kind, @RequestParam String value, Model model) {
        model.addAttribute("found", indicators.known(currentUser.get(), kind, value).orElse(null));
        return "scam/parts :: registryLine";
    }

    @GetMapping("/scam/indicators")
    String indicator(@RequestParam(required = false) IndicatorKind kind, @RequestParam(required = false) String value,
                     @RequestParam(required = false) String country, Model model) {
        EadsUser user = currentUser.get();
        model.addAttribute("kinds", IndicatorKind.values());
        model.addAttribute("statuses", IndicatorStatus.values());
        model.addAttribute("kind", kind);
        model.addAttribute("value", value);
        model.addAttribute("country", country);
        if (kind != null && value != null && !value.isBlank()) {
            try {
                ScamIndicator found = indicators.find(user, kind, value, country).orElse(null);
                model.addAttribute("found", found);
                model.addAttribute("asked", true);
                if (found != null) {
                    model.addAttribute("related", indicators.related(user, found.id()));
                    if (kind.recordType() != null) {
                        model.addAttribute("records", screening.search(user, new SearchQuery(null, null, null, null,
                                null, List.of(new SearchQuery.Identifier(kind.recordType().name(), found.value())),
                                null, 20, "scam indicator " + found.id())).matches());
                    }
                }
            } catch (InvalidRecordException e) {
                model.addAttribute("problem", e.problems().get(0).message());
            }
        }
        return "scam/indicator";
    }
}
