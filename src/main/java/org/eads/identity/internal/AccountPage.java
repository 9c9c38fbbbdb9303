package org.eads.identity.internal;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import org.eads.identity.ApiToken;
import org.eads.identity.ApiTokens;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.member.Members;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/** The signed-in user's own account: who e-ADS thinks they are, and their API tokens, which they may revoke. */
@Controller
class AccountPage {

    private final CurrentUser currentUser;
    private final ApiTokens tokens;
    private final Members members;

    AccountPage(CurrentUser currentUser, ApiTokens tokens, Members members) {
        this.currentUser = currentUser;
        this.tokens = tokens;
        this.members = members;
    }

    @GetMapping("/account")
    String account(Model model) {
        EadsUser user = currentUser.get();
        model.addAttribute("user", user);
        model.addAttribute("member", members.find(user.memberCode()).orElse(null));
        model.addAttribute("agency", user.agencyId() == null ? null : members.agency(user.agencyId()).orElse(null));
        model.addAttribute("tokens", tokens.of(user.username()));
        model.addAttribute("now", Instant.now());
        return "account/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        EadsUser user = currentUser.get();
        ApiToken token = tokens.find(id).filter(t -> t.username().equals(user.username()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        tokens.revoke(token.id(), user.actor(request.getRemoteAddr()));
        redirect.addFlashAttribute("notice", "The token '" + token.label() + "' is revoked.");
        return "redirect:/account";
    }
}
