package org.eads.scam.internal.web.admin;

import org.eads.web.FormActions;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.scam.CurrencyRates;
import org.eads.scam.PublicLookup;
import org.eads.scam.ScamTypes;
import org.eads.scam.internal.web.ScamPage;
import org.eads.scam.internal.web.campaigns.ScamCharts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The centre's maintained lists: scam types and exchange rates (the Secretariat's administrators), and whether each
 * member's numbers and accounts can be looked up by the public (the member's administrators).
 */
@Controller
@ConditionalOnWebApplication
class ScamSettingsPages implements ScamPage {

    private final ScamTypes types;
    private final CurrencyRates rates;
    private final PublicLookup lookup;
    private final ScamCharts charts;
    private final CurrentUser currentUser;

    ScamSettingsPages(ScamTypes types, CurrencyRates rates, PublicLookup lookup, ScamCharts charts,
                      CurrentUser currentUser) {
        this.types = types;
        this.rates = rates;
        this.lookup = lookup;
        this.charts = charts;
        this.currentUser = currentUser;
    }

    @GetMapping("/scam/types")
    String types(Model model) {
        model.addAttribute("types", types.all());
        model.addAttribute("editor", currentUser.get().has(Role.SECRETARIAT_ADMIN));
        return "scam/types";
    }

    @PostMapping("/scam/types")
    String addType(@RequestParam(required = false) String code, @RequestParam(required = false) String label,
                   RedirectAttributes redirect) {
        return FormActions.act(redirect, "/scam/types", "The type is added.",
                () -> types.add(currentUser.get(), code, label));
    }

    @PostMapping("/scam/types/{code}")
    String renameType(@PathVariable String code, @RequestParam(required = false) String label,
                      RedirectAttributes redirect) {
        return FormActions.act(redirect, "/scam/types", "The type is renamed.",
                () -> types.rename(currentUser.get(), code, label));
    }

    @PostMapping("/scam/types/{code}/active")
    String activeType(@PathVariable String code, @RequestParam boolean active, RedirectAttributes redirect) {
        return FormActions.act(redirect, "/scam/types", active ? "The type is in use again."
                : "The type is retired: new reports cannot use it.",
                () -> types.setActive(currentUser.get(), code, active));
    }

    @GetMapping("/scam/rates")
    String rates(@RequestParam(required = false) String currency, Model model) {
        List<CurrencyRates.Rate> current = rates.current();
        String shown = currency != null ? currency : current.stream().map(CurrencyRates.Rate::currency)
                .filter(c -> c.equals("MYR")).findFirst().orElse(current.isEmpty() ? null : current.get(0).currency());
        List<CurrencyRates.Rate> history = rates.history(shown);
        model.addAttribute("current", current);
        model.addAttribute("currency", shown);
        model.addAttribute("history", history);
        model.addAttribute("chart", charts.line(shown + " in US dollars", "USD", history.stream()
                .map(r -> Map.entry(r.validFrom(), r.usdPerUnit().doubleValue())).toList()));
        model.addAttribute("editor", currentUser.get().has(Role.SECRETARIAT_ADMIN));
        return "scam/rates";
    }

    @PostMapping("/scam/rates")
    String addRate(@RequestParam(required = false) String currency,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                   @RequestParam(required = false) BigDecimal usdPerUnit,
                   @RequestParam(required = false) String source, RedirectAttributes redirect) {
        return FormActions.act(redirect, "/scam/rates?currency=" + (currency == null ? "" : currency.strip()),
                "The rate is saved.", () -> rates.set(currentUser.get(), currency, validFrom, usdPerUnit, source));
    }

    @PostMapping("/scam/rates/import")
    String importRates(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        String csv = new String(file.getBytes(), StandardCharsets.UTF_8);
        return FormActions.act(redirect, "/scam/rates", () -> rates.importCsv(currentUser.get(), csv)
                + " rates are saved.");
    }

    @GetMapping("/scam/lookup-settings")
    String lookupSettings(Model model) {
        EadsUser user = currentUser.get();
        model.addAttribute("settings", lookup.settings());
        model.addAttribute("everyMember", user.has(Role.SECRETARIAT_ADMIN));
        model.addAttribute("member", user.memberCode());
        model.addAttribute("editor", user.hasAny(Role.SECRETARIAT_ADMIN, Role.MEMBER_ADMIN));
        return "scam/lookup-settings";
    }

    @PostMapping("/scam/lookup-settings")
    String lookupSetting(@RequestParam String member, @RequestParam boolean enabled, RedirectAttributes redirect) {
        return FormActions.act(redirect, "/scam/lookup-settings", enabled
                        ? "The public can look up " + member + "'s numbers and accounts."
                        : "The public can no longer look up " + member + "'s numbers and accounts.",
                () -> lookup.enable(currentUser.get(), member, enabled));
    }
}
