package org.eads.scam.internal.web.partners;

import org.eads.web.FormActions;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.scam.IndicatorKind;
import org.eads.scam.Partner;
import org.eads.scam.ScamPartners;
import org.eads.scam.internal.web.ScamPage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The partner organisations of a member: the list, one partner with its clients and usage, and their forms. */
@Controller
@ConditionalOnWebApplication
class PartnerPages implements ScamPage {

    private final ScamPartners partners;
    private final CurrentUser currentUser;

    PartnerPages(ScamPartners partners, CurrentUser currentUser) {
        this.partners = partners;
        this.currentUser = currentUser;
    }

    @GetMapping("/scam/partners")
    String list(Model model) {
        EadsUser user = currentUser.get();
        model.addAttribute("partners", partners.list(user));
        model.addAttribute("registers", ScamPartners.manages(user, user.memberCode()));
        model.addAttribute("secretariat", user.has(Role.SECRETARIAT_ADMIN));
        form(model);
        return "scam/partners";
    }

    @GetMapping("/scam/partners/{id}")
    String show(@PathVariable long id, Model model) {
        EadsUser user = currentUser.get();
        Partner partner = partners.get(user, id);
        model.addAttribute("p", partner);
        model.addAttribute("manages", ScamPartners.manages(user, partner.memberCode()));
        model.addAttribute("clients", partners.clients(id));
        model.addAttribute("attachable", partners.attachable(partner.memberCode()));
        model.addAttribute("usage", partners.usage(id, LocalDate.now().minusDays(30)));
        form(model);
        return "scam/partner";
    }

    @PostMapping("/scam/partners")
    String register(@RequestParam(required = false) String member, @RequestParam(required = false) String name,
                    @RequestParam(required = false) Partner.Sector sector,
                    @RequestParam(required = false) List<IndicatorKind> checkKinds,
                    @RequestParam(required = false) List<IndicatorKind> signalKinds,
                    @RequestParam(required = false) Integer perMinute, @RequestParam(required = false) Long perDay,
                    RedirectAttributes redirect) {
        EadsUser user = currentUser.get();
        String memberCode = member == null || member.isBlank() ? user.memberCode() : member.strip();
        try {
            Partner p = partners.register(user, memberCode, new Partner.Input(name, sector, set(checkKinds),
                    set(signalKinds), perMinute, perDay));
            redirect.addFlashAttribute("notice", "The partner is registered. Attach its API clients below.");
            return "redirect:/scam/partners/" + p.id();
        } catch (InvalidRecordException | NotAllowedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/scam/partners";
        }
    }

    @PostMapping("/scam/partners/{id}")
    String update(@PathVariable long id, @RequestParam(required = false) String name,
                  @RequestParam(required = false) Partner.Sector sector,
                  @RequestParam(required = false) List<IndicatorKind> checkKinds,
                  @RequestParam(required = false) List<IndicatorKind> signalKinds,
                  @RequestParam(required = false) Integer perMinute, @RequestParam(required = false) Long perDay,
                  RedirectAttributes redirect) {
        return FormActions.act(redirect, "/scam/partners/" + id, "The partner is changed.",
                () -> partners.update(currentUser.get(), id, new Partner.Input(name, sector, set(checkKinds),
                        set(signalKinds), perMinute, perDay)));
    }

    @PostMapping("/scam/partners/{id}/active")
    String active(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        return FormActions.act(redirect, "/scam/partners/" + id, active ? "The partner may check again."
                : "The partner is suspended: its clients are refused.",
                () -> partners.setActive(currentUser.get(), id, active));
    }

    @PostMapping("/scam/partners/{id}/clients")
    String attach(@PathVariable long id, @RequestParam(required = false) String username,
                  RedirectAttributes redirect) {
        return FormActions.act(redirect, "/scam/partners/" + id, "The client now acts for the partner.",
                () -> partners.attach(currentUser.get(), id, username));
    }

    @PostMapping("/scam/partners/{id}/clients/{userId}/detach")
    String detach(@PathVariable long id, @PathVariable long userId, RedirectAttributes redirect) {
        return FormActions.act(redirect, "/scam/partners/" + id, "The client no longer acts for the partner.",
                () -> partners.detach(currentUser.get(), id, userId));
    }

    private static void form(Model model) {
        model.addAttribute("kinds", IndicatorKind.values());
        model.addAttribute("sectors", Partner.Sector.values());
        model.addAttribute("defaultPerMinute", ScamPartners.DEFAULT_PER_MINUTE);
        model.addAttribute("defaultPerDay", ScamPartners.DEFAULT_PER_DAY);
    }

    private static Set<IndicatorKind> set(List<IndicatorKind> kinds) {
        return kinds == null || kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds);
    }
}
