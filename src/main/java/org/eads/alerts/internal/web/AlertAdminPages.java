package org.eads.alerts.internal.web;

import java.time.Clock;

import org.eads.alerts.Severity;
import org.eads.alerts.internal.Deliveries;
import org.eads.alerts.Webhooks;
import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.member.Members;
import org.eads.records.InvalidRecordException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Delivery administration: a member's webhook (its national system's address and signing key) and the dead-letter
 * list of e-mails and webhook calls that were given up, with a button to try one again. A member's administrator
 * sees their own member; a Secretariat administrator every member.
 */
@Controller
@PreAuthorize("hasAnyRole('MEMBER_ADMIN', 'SECRETARIAT_ADMIN')")
class AlertAdminPages {

    private final Webhooks webhooks;
    private final Deliveries deliveries;
    private final Members members;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    AlertAdminPages(Webhooks webhooks, Deliveries deliveries, Members members, CurrentUser currentUser,
                    AuditLog audit, Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.members = members;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The member whose settings the admin works on: their own, or any for the Secretariat. */
    private String member(EadsUser admin, String asked) {
        if (admin.has(Role.SECRETARIAT_ADMIN) && asked != null && !asked.isBlank()) {
            return members.get(asked).code();
        }
        return admin.memberCode();
    }

    @GetMapping("/admin/alerts")
    String page(@RequestParam(required = false) String member, Model model) {
        EadsUser admin = currentUser.get();
        String code = member(admin, member);
        model.addAttribute("member", code);
        model.addAttribute("memberFilter", code);
        model.addAttribute("members", admin.has(Role.SECRETARIAT_ADMIN) ? members.all() : null);
        model.addAttribute("webhook", webhooks.find(code).orElse(null));
        model.addAttribute("severities", Severity.values());
        model.addAttribute("dead", deliveries.dead(admin.has(Role.SECRETARIAT_ADMIN) && member == null ? null : code,
                200));
        model.addAttribute("pending", deliveries.pending());
        return "alerts/admin";
    }

    @PostMapping("/admin/alerts/webhook")
    String saveWebhook(@RequestParam(required = false) String member, @RequestParam String url,
                       @RequestParam Severity minSeverity, @RequestParam(defaultValue = "false") boolean enabled,
                       @RequestParam(defaultValue = "false") boolean newKey, Model model,
                       RedirectAttributes redirect) {
        EadsUser admin = currentUser.get();
        String code = member(admin, member);
        try {
            var key = webhooks.save(code, url, minSeverity, enabled, newKey);
            audit.record(AuditEvent.ok(admin.actor(CurrentUser.clientAddress()), AuditAction.ADMIN_CHANGE,
                    "WEBHOOK", code).withDetails("url " + url.strip() + (key.isPresent() ? ", new signing key" : "")));
            key.ifPresent(k -> redirect.addFlashAttribute("newKey", k));
            redirect.addFlashAttribute("notice", "The webhook of " + code + " is saved.");
        } catch (InvalidRecordException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/alerts?member=" + code;
    }

    @PostMapping("/admin/alerts/deliveries/{id}/retry")
    String retry(@PathVariable long id, @RequestParam(required = false) String member, RedirectAttributes redirect) {
        EadsUser admin = currentUser.get();
        String scope = admin.has(Role.SECRETARIAT_ADMIN) ? null : admin.memberCode();
        if (deliveries.retry(id, scope, clock.instant())) {
            audit.record(AuditEvent.ok(admin.actor(CurrentUser.clientAddress()), AuditAction.ADMIN_CHANGE,
                    "DELIVERY", Long.toString(id)).withDetails("retry"));
            redirect.addFlashAttribute("notice", "Delivery " + id + " will be tried again now.");
        } else {
            redirect.addFlashAttribute("problem", "Delivery " + id + " is not on your dead-letter list.");
        }
        return "redirect:/admin/alerts" + (member == null ? "" : "?member=" + member);
    }
}
