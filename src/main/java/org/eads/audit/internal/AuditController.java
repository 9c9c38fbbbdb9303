package org.eads.audit.internal;

import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.eads.audit.Actor;
import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.audit.AuditVerifier;
import org.eads.audit.ChainVerification;
import org.eads.audit.CurrentActor;
import org.eads.audit.internal.AuditSearch.AuditPage;
import org.eads.audit.internal.AuditSearch.Position;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's page: the log filtered and paged, its export as CSV, and the chain check. Each of them is itself
 * recorded in the log, with the filter it used. {@link AuditorAccess} lets only auditors in, with or without
 * method security.
 */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('AUDITOR')")
public class AuditController {

    static final String OBJECT_TYPE = "AUDIT_LOG";
    static final int PAGE_SIZE = 50;
    private static final int EXPORT_BATCH = 1_000;
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final AuditSearch search;
    private final AuditLog log;
    private final AuditVerifier verifier;
    private final CurrentActor current;

    public AuditController(AuditSearch search, AuditLog log, AuditVerifier verifier, CurrentActor current) {
        this.search = search;
        this.log = log;
        this.verifier = verifier;
        this.current = current;
    }

    @GetMapping
    public String page(@ModelAttribute("form") AuditSearchForm form,
                       @RequestParam(required = false) String before, @RequestParam(required = false) String after,
                       @RequestHeader(value = "HX-Request", required = false) String htmx,
                       Model model, HttpServletResponse response) {
        AuditSearchForm.Parsed parsed = form.parse();
        Position position = position(before, after);
        String details = parsed.filter().describe() + position(position);
        Actor actor = current.actor();
        // The same address answers with a whole page or with the table alone; caches must keep them apart.
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("errors", parsed.errors());
        if (parsed.valid()) {
            log.record(new AuditEvent(actor, AuditAction.AUDIT_VIEW, OBJECT_TYPE, null, null, "OK", details));
            // Reads are written in groups: wait for the ones answered so far, this view included.
            log.flush();
            AuditPage page = search.page(parsed.filter(), position, PAGE_SIZE);
            Map<String, String> filter = parsed.filter().parameters();
            model.addAttribute("page", page);
            if (page.hasNewer() && !page.entries().isEmpty()) {
                model.addAttribute("newerUrl", url("/audit", filter, "after", page.entries().getFirst().seq()));
            }
            if (page.hasOlder() && !page.entries().isEmpty()) {
                model.addAttribute("olderUrl", url("/audit", filter, "before", page.entries().getLast().seq()));
            }
            model.addAttribute("exportUrl", url("/audit/export", filter, null, 0));
        }
        return htmx != null ? "audit/log :: results" : "audit/log";
    }

    /** All matching entries as CSV, streamed batch by batch: an export of millions of entries never sits in memory. */
    @GetMapping("/export")
    public void export(@ModelAttribute("form") AuditSearchForm form, HttpServletResponse response)
            throws IOException {
        AuditSearchForm.Parsed parsed = form.parse();
        if (!parsed.valid()) {
            response.setContentType("text/plain");
            response.setCharacterEncoding(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getWriter().write(String.join("\n", parsed.errors()) + "\n");
            return;
        }
        // Recorded before the first row leaves: an export that fails half-way has still disclosed something.
        log.record(new AuditEvent(current.actor(), AuditAction.AUDIT_EXPORT, OBJECT_TYPE, null, null, "OK",
                parsed.filter().describe()));
        log.flush();
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"eads-audit-" + FILE_TIME.format(Instant.now()) + ".csv\"");
        Writer out = response.getWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.header();
        search.forEach(parsed.filter(), EXPORT_BATCH, csv::entry);
        out.flush();
    }

    @PostMapping("/verify")
    public String verify(@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        ChainVerification result = verifier.verify();
        log.record(new AuditEvent(current.actor(), AuditAction.AUDIT_VERIFY, OBJECT_TYPE, null, null, "OK",
                result.summary()));
        model.addAttribute("verification", result);
        return htmx != null ? "audit/log :: verification" : "audit/verification";
    }

    /** A page position from the links; anything unreadable means the newest page rather than an error. */
    private static Position position(String before, String after) {
        try {
            if (after != null && !after.isBlank()) {
                return Position.after(Long.parseLong(after.trim()));
            }
            if (before != null && !before.isBlank()) {
                return Position.before(Long.parseLong(before.trim()));
            }
        } catch (NumberFormatException e) {
            return Position.NEWEST;
        }
        return Position.NEWEST;
    }

    private static String position(Position p) {
        if (p.after() != null) {
            return " after=" + p.after();
        }
        return p.before() != null ? " before=" + p.before() : "";
    }

    private static String url(String path, Map<String, String> filter, String positionName, long seq) {
        Map<String, String> params = new LinkedHashMap<>(filter);
        if (positionName != null) {
            params.put(positionName, Long.toString(seq));
        }
        if (params.isEmpty()) {
            return path;
        }
        return path + "?" + params.entrySet().stream()
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
