package org.eads.scam.internal.web.partners;

import org.eads.web.FormActions;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.records.InvalidRecordException;
import org.eads.scam.ScamSignals;
import org.eads.scam.Signal;
import org.eads.scam.internal.web.ScamPage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review of partners' signals: waiting ones first, each accepted or rejected with a reason. */
@Controller
@ConditionalOnWebApplication
class SignalPages implements ScamPage {

    private static final int SHOWN = 200;

    private final ScamSignals signals;
    private final CurrentUser currentUser;

    SignalPages(ScamSignals signals, CurrentUser currentUser) {
        this.signals = signals;
        this.currentUser = currentUser;
    }

    @GetMapping("/scam/signals")
    String list(@RequestParam(required = false) Signal.State state, Model model) {
        EadsUser user = currentUser.get();
        model.addAttribute("signals", signals.list(user, state, SHOWN));
        model.addAttribute("state", state);
        model.addAttribute("states", Signal.State.values());
        model.addAttribute("reviewer", user.hasAny(Role.SUPERVISOR, Role.ANALYST));
        model.addAttribute("member", user.memberCode());
        return "scam/signals";
    }

    @PostMapping("/scam/signals/{id}/review")
    String review(@PathVariable long id, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        boolean accept = "accept".equals(decision);
        return FormActions.act(redirect, "/scam/signals", accept ? "The signal is accepted: the indicator stays grey."
                : "The signal is rejected.", () -> {
            if (!accept && !"reject".equals(decision)) {
                throw new InvalidRecordException("decision", "accept or reject the signal");
            }
            signals.review(currentUser.get(), id, accept, reason);
        });
    }
}
