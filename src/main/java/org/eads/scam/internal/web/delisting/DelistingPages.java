package org.eads.scam.internal.web.delisting;

import org.eads.web.FormActions;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.scam.Delisting;
import org.eads.scam.Delistings;
import org.eads.scam.internal.web.ScamPage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review of delisting requests, and the officers' form on an indicator's page. */
@Controller
@ConditionalOnWebApplication
class DelistingPages implements ScamPage {

    private static final int SHOWN = 200;

    private final Delistings delistings;
    private final CurrentUser currentUser;

    DelistingPages(Delistings delistings, CurrentUser currentUser) {
        this.delistings = delistings;
        this.currentUser = currentUser;
    }

    @GetMapping("/scam/delisting")
    String list(@RequestParam(required = false) Delisting.State state, Model model) {
        model.addAttribute("requests", delistings.list(currentUser.get(), state, SHOWN));
        model.addAttribute("state", state);
        model.addAttribute("states", Delisting.State.values());
        return "scam/delistings";
    }

    @GetMapping("/scam/delisting/{id}")
    String show(@PathVariable long id, Model model) {
        EadsUser user = currentUser.get();
        model.addAttribute("d", delistings.view(user, id));
        model.addAttribute("reviewer", user.hasAny(Role.ANALYST, Role.SUPERVISOR));
        model.addAttribute("decider", user.has(Role.SUPERVISOR));
        return "scam/delisting";
    }

    @PostMapping("/scam/indicators/{indicatorId}/delisting")
    String submit(@PathVariable long indicatorId, @RequestParam(required = false) Delisting.RequesterKind requesterKind,
                  @RequestParam(required = false) String requesterName,
                  @RequestParam(required = false) String requesterContact,
                  @RequestParam(required = false) String grounds, RedirectAttributes redirect) {
        try {
            Delisting d = delistings.submit(currentUser.get(), indicatorId, new Delisting.Input(requesterKind,
                    requesterName, requesterContact, grounds));
            redirect.addFlashAttribute("notice", "The request is recorded as " + d.reference() + ".");
            return "redirect:/scam/delisting/" + d.id();
        } catch (InvalidRecordException | NotAllowedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/scam/delisting";
        }
    }

    @PostMapping("/scam/delisting/{id}/take")
    String take(@PathVariable long id, RedirectAttributes redirect) {
        return FormActions.act(redirect, "/scam/delisting/" + id, "You are reviewing the request.",
                () -> delistings.take(currentUser.get(), id));
    }

    @PostMapping("/scam/delisting/{id}/decision")
    String decide(@PathVariable long id, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        boolean grant = "grant".equals(decision);
        return FormActions.act(redirect, "/scam/delisting/" + id, grant
                ? "Granted: the indicator is cleared and the reporting members are told."
                : "Refused: the indicator stays listed.", () -> {
            if (!grant && !"refuse".equals(decision)) {
                throw new InvalidRecordException("decision", "grant or refuse the request");
            }
            delistings.decide(currentUser.get(), id, grant, reason);
        });
    }
}
