package org.eads.alerts.internal.web;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.eads.alerts.AlertKind;
import org.eads.alerts.Alerts;
import org.eads.alerts.InboxEntry;
import org.eads.alerts.internal.LivePush;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The notification pages: the inbox, one notification (with, for its sender, who has read and acknowledged it),
 * what the member sent, the e-mail choices, and the live stream that every signed-in page keeps open.
 */
@Controller
@ConditionalOnWebApplication
class AlertPages {

    private static final int PAGE_SIZE = 25;

    private final Alerts alerts;
    private final LivePush live;
    private final CurrentUser currentUser;

    AlertPages(Alerts alerts, LivePush live, CurrentUser currentUser) {
        this.alerts = alerts;
        this.live = live;
        this.currentUser = currentUser;
    }

    @GetMapping("/alerts")
    String inbox(@RequestParam(defaultValue = "ALL") Alerts.InboxFilter filter,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        EadsUser user = currentUser.get();
        model.addAttribute("inbox", alerts.inbox(user, filter, page, PAGE_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("unread", alerts.unread(user));
        return "alerts/inbox";
    }

    /** The inbox list alone, which the page reloads when a notification arrives or is acknowledged. */
    @GetMapping(path = "/alerts", headers = "HX-Request")
    String inboxRows(@RequestParam(defaultValue = "ALL") Alerts.InboxFilter filter,
                     @RequestParam(defaultValue = "0") int page, Model model) {
        inbox(filter, page, model);
        return "alerts/inbox :: rows";
    }

    @GetMapping("/alerts/{id}")
    String show(@PathVariable UUID id, Model model) {
        EadsUser user = currentUser.get();
        boolean sender = alerts.isSender(user, id);
        InboxEntry entry = null;
        try {
            entry = alerts.open(user, id);
        } catch (org.eads.alerts.AlertNotFoundException e) {
            if (!sender) {
                throw e;
            }
        }
        model.addAttribute("entry", entry);
        model.addAttribute("alert", entry != null ? entry.alert() : alerts.sent(user, id));
        if (sender) {
            model.addAttribute("receipts", alerts.receipts(user, id));
            model.addAttribute("members", alerts.acknowledgements(id));
        }
        return "alerts/show";
    }

    /** Who has acknowledged, which the sender's page reloads live. */
    @GetMapping("/alerts/{id}/receipts")
    String receipts(@PathVariable UUID id, Model model) {
        EadsUser user = currentUser.get();
        model.addAttribute("alert", alerts.sent(user, id));
        model.addAttribute("receipts", alerts.receipts(user, id));
        model.addAttribute("members", alerts.acknowledgements(id));
        return "alerts/show :: receipts";
    }

    @PostMapping("/alerts/{id}/ack")
    String acknowledge(@PathVariable UUID id, RedirectAttributes redirect) {
        alerts.acknowledge(currentUser.get(), id, "PAGE");
        redirect.addFlashAttribute("notice", "Acknowledged.");
        return "redirect:/alerts/" + id;
    }

    @PostMapping("/alerts/read-all")
    String readAll(RedirectAttributes redirect) {
        int n = alerts.markAllRead(currentUser.get());
        redirect.addFlashAttribute("notice", n == 1 ? "1 notification marked as read." : n + " notifications marked as read.");
        return "redirect:/alerts";
    }

    @GetMapping("/alerts/unread")
    String unread(Model model) {
        model.addAttribute("unread", alerts.unread(currentUser.get()));
        return "alerts/live :: badge";
    }

    @GetMapping(path = "/alerts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream() {
        return live.connect(currentUser.get(), true);
    }

    @GetMapping("/alerts/sent")
    String sent(Model model) {
        model.addAttribute("sent", alerts.sentByMember(currentUser.get(), 100));
        return "alerts/sent";
    }

    @GetMapping("/alerts/settings")
    String settings(Model model) {
        model.addAttribute("choices", alerts.emailChoices(currentUser.get()));
        return "alerts/settings";
    }

    @PostMapping("/alerts/settings")
    String saveSettings(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        EadsUser user = currentUser.get();
        Map<AlertKind, Boolean> chosen = new EnumMap<>(AlertKind.class);
        for (AlertKind kind : AlertKind.values()) {
            chosen.put(kind, "on".equals(form.get("email-" + kind.name())));
        }
        chosen.forEach((kind, email) -> alerts.chooseEmail(user, kind, email));
        redirect.addFlashAttribute("notice", "Your e-mail choices are saved.");
        return "redirect:/alerts/settings";
    }
}
