package org.eads.alerts.internal.web;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eads.alerts.Disclosure;
import org.eads.alerts.Disclosures;
import org.eads.alerts.Hit;
import org.eads.alerts.HitOutcome;
import org.eads.alerts.Hits;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.records.InvalidRecordException;
import org.eads.sharing.HandlingCode;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The pages of hits and their follow-up threads, and of disclosure requests and their decisions. */
@Controller
class FollowUpPages {

    private final Hits hits;
    private final Disclosures disclosures;
    private final CurrentUser currentUser;
    private final JsonMapper json = JsonMapper.builder().build();

    FollowUpPages(Hits hits, Disclosures disclosures, CurrentUser currentUser) {
        this.hits = hits;
        this.disclosures = disclosures;
        this.currentUser = currentUser;
    }

    @GetMapping("/hits")
    String hits(@RequestParam(defaultValue = "received") String side, @RequestParam(defaultValue = "0") int page,
                Model model) {
        boolean received = !"made".equals(side);
        model.addAttribute("received", received);
        model.addAttribute("hits", hits.list(currentUser.get(), received, page, 50));
        model.addAttribute("page", Math.max(page, 0));
        return "alerts/hits";
    }

    @GetMapping("/hits/{id}")
    String hit(@PathVariable UUID id, Model model) {
        model.addAttribute("hit", hits.view(currentUser.get(), id));
        model.addAttribute("identities", HitOutcome.Identity.values());
        model.addAttribute("actions", HitOutcome.Action.values());
        return "alerts/hit";
    }

    @PostMapping("/hits/{id}/messages")
    String post(@PathVariable UUID id, @RequestParam(required = false) String body,
                @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        Hit.Attachment attachment = file == null || file.isEmpty() ? null : new Hit.Attachment(
                file.getOriginalFilename(), file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE
                : file.getContentType(), file.getBytes());
        try {
            hits.post(currentUser.get(), id, body, attachment);
            redirect.addFlashAttribute("notice", "Message sent.");
        } catch (InvalidRecordException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            redirect.addFlashAttribute("draft", body);
        }
        return "redirect:/hits/" + id + "#thread";
    }

    @GetMapping("/hits/{id}/messages/{message}/attachment")
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable long message) {
        return download(hits.attachment(currentUser.get(), id, message));
    }

    static ResponseEntity<byte[]> download(Hit.Attachment a) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(a.name(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(a.content());
    }

    @PostMapping("/hits/{id}/outcome")
    String outcome(@PathVariable UUID id, @RequestParam(required = false) HitOutcome.Identity identity,
                   @RequestParam(required = false) HitOutcome.Action action,
                   @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            hits.outcome(currentUser.get(), id, identity, action, note);
            redirect.addFlashAttribute("notice", "Outcome recorded.");
        } catch (InvalidRecordException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/hits/" + id;
    }

    /** The dashboard's part on hits and disclosures, loaded after the page. */
    @GetMapping("/hits/summary")
    String summary(Model model) {
        EadsUser user = currentUser.get();
        Hits.Stats stats = hits.stats(user, 30);
        model.addAttribute("stats", stats);
        model.addAttribute("disclosureCounts", disclosures.counts(user, 30));
        var chart = json.createObjectNode();
        var days = chart.putArray("days");
        var counts = chart.putArray("counts");
        stats.perDay().forEach((d, n) -> {
            days.add(d);
            counts.add(n);
        });
        var members = chart.putArray("members");
        var byMember = chart.putArray("byMember");
        stats.bySearcher().forEach((m, n) -> {
            members.add(m);
            byMember.add(n);
        });
        model.addAttribute("chart", chart.toString());
        return "alerts/summary :: summary";
    }

    @GetMapping("/disclosures")
    String disclosures(@RequestParam(defaultValue = "received") String side, Model model) {
        boolean received = !"made".equals(side);
        model.addAttribute("received", received);
        model.addAttribute("requests", disclosures.list(currentUser.get(), received));
        return "alerts/disclosures";
    }

    @GetMapping("/disclosures/{id}")
    String disclosure(@PathVariable UUID id, Model model) {
        EadsUser user = currentUser.get();
        Disclosure d = disclosures.view(user, id);
        model.addAttribute("d", d);
        if (d.ownerSide() && d.status() == Disclosure.Status.OPEN && user.hasAny(Role.FOCAL_POINT, Role.SUPERVISOR)) {
            model.addAttribute("fields", disclosures.fields(user, id));
            model.addAttribute("codes", HandlingCode.values());
        }
        return "alerts/disclosure";
    }

    @PostMapping("/disclosures/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam(required = false) Disclosure.Decision decision,
                  @RequestParam(required = false) List<String> fields,
                  @RequestParam(required = false) List<HandlingCode> codes,
                  @RequestParam(required = false) String handlingNote, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        try {
            disclosures.decide(currentUser.get(), id, decision, fields == null ? Set.of() : Set.copyOf(fields),
                    codes == null ? Set.of() : EnumSet.copyOf(codes), handlingNote, reason);
            redirect.addFlashAttribute("notice", "Your decision is sent to the requester.");
        } catch (InvalidRecordException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/disclosures/" + id;
    }
}
