package org.eads.stats.internal.rules;

import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.stats.Classifications;
import org.eads.stats.StatsAccess;
import org.eads.stats.StatsPage;
import org.eads.stats.ValidationRule;
import org.eads.stats.ValidationRules;
import org.eads.web.FormActions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The validation rules page: every rule, and for the Secretariat's focal points adding, changing, deactivating. */
@Controller
@ConditionalOnWebApplication
@PreAuthorize("hasAnyRole('STATISTICS_FOCAL_POINT', 'SUPERVISOR', 'ANALYST')")
class RulePages implements StatsPage {

    private final ValidationRules rules;
    private final Classifications classifications;
    private final CurrentUser currentUser;

    RulePages(ValidationRules rules, Classifications classifications, CurrentUser currentUser) {
        this.rules = rules;
        this.classifications = classifications;
        this.currentUser = currentUser;
    }

    @GetMapping("/stats/rules")
    String page(Model model) {
        EadsUser user = currentUser.get();
        model.addAttribute("rules", rules.list(user));
        model.addAttribute("mayMaintain", StatsAccess.mayMaintain(user));
        model.addAttribute("crimeAreas", classifications.crimeAreaNames());
        model.addAttribute("operators", java.util.List.of("<", "<=", "=", "!=", ">=", ">"));
        return "stats/rules";
    }

    @PostMapping("/stats/rules")
    String add(@RequestParam String code, @RequestParam String description,
               @RequestParam(required = false) String crimeArea, @RequestParam String leftSide,
               @RequestParam String operator, @RequestParam String rightSide, @RequestParam String severity,
               RedirectAttributes redirect) {
        return FormActions.act(redirect, "/stats/rules", "Rule " + code.strip().toUpperCase(java.util.Locale.ROOT)
                + " added: every submission is checked against it from now on.",
                () -> rules.add(currentUser.get(), new ValidationRule.Input(code, description, crimeArea, leftSide,
                        operator, rightSide, severity, true)));
    }

    @PostMapping("/stats/rules/{code}")
    String change(@PathVariable String code, @RequestParam String description,
                  @RequestParam(required = false) String crimeArea, @RequestParam String leftSide,
                  @RequestParam String operator, @RequestParam String rightSide, @RequestParam String severity,
                  @RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
        return FormActions.act(redirect, "/stats/rules", "Rule " + code + " changed.",
                () -> rules.change(currentUser.get(), code, new ValidationRule.Input(code, description,
                        crimeArea == null ? "" : crimeArea, leftSide, operator, rightSide, severity, active)));
    }

    @PostMapping("/stats/rules/{code}/deactivate")
    String deactivate(@PathVariable String code, RedirectAttributes redirect) {
        return FormActions.act(redirect, "/stats/rules", "Rule " + code + " deactivated.",
                () -> rules.deactivate(currentUser.get(), code));
    }
}
