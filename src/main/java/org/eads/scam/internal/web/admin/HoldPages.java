package org.eads.scam.internal.web.admin;

import org.eads.web.FormActions;
import java.math.BigDecimal;

import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.scam.ScamHolds;
import org.eads.scam.internal.web.ScamPage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The holds on indicators: the list (active ones first), the request form on an indicator's page, release. */
@Controller
@ConditionalOnWebApplication
class HoldPages implements ScamPage {

    private static final int SHOWN = 300;

    private final ScamHolds holds;
    private final CurrentUser currentUser;

    HoldPages(ScamHolds holds, CurrentUser currentUser) {
        this.holds = holds;
        this.currentUser = currentUser;
    }

    @GetMapping("/scam/holds")
    String list(@RequestParam(defaultValue = "ACTIVE") ScamHolds.State state, Model model) {
        EadsUser user = currentUser.get();
        model.addAttribute("holds", holds.list(user, state, SHOWN));
        model.addAttribute("state", state);
        model.addAttribute("states", ScamHolds.State.values());
        model.addAttribute("member", user.memberCode());
        return "scam/holds";
    }

    @PostMapping("/scam/indicators/{id}/holds")
    String request(@PathVariable long id, @RequestParam(required = false) BigDecimal amount,
                   @RequestParam(required = false) String currency, @RequestParam(required = false) Integer days,
                   @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return FormActions.act(redirect, "/scam/holds", "The hold is requested: banks that check the indicator see it.",
                () -> holds.request(currentUser.get(), id, amount, currency, days, reason));
    }

    @PostMapping("/scam/holds/{id}/release")
    String release(@PathVariable long id, RedirectAttributes redirect) {
        return FormActions.act(redirect, "/scam/holds", "The hold is released.",
                () -> holds.release(currentUser.get(), id));
    }
}
