package org.eads.stats.internal.classification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.stats.Classification;
import org.eads.stats.Classifications;
import org.eads.stats.Indicator;
import org.eads.stats.StatsAccess;
import org.eads.stats.StatsPage;
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

/** The classification page: the crime areas and indicators in force for a year, its versions, and its upkeep. */
@Controller
@ConditionalOnWebApplication
@PreAuthorize("hasAnyRole('STATISTICS_FOCAL_POINT', 'SUPERVISOR', 'ANALYST')")
class ClassificationPages implements StatsPage {

    private final Classifications classifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    ClassificationPages(Classifications classifications, CurrentUser currentUser, Clock clock) {
        this.classifications = classifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/stats/classification")
    String page(@RequestParam(required = false) Integer year, Model model) {
        EadsUser user = currentUser.get();
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        List<Classification> versions = classifications.versions(user);
        Classification inForce = versions.stream().filter(v -> v.firstYear() <= y).reduce((a, b) -> b)
                .orElse(versions.getFirst());
        model.addAttribute("year", y);
        model.addAttribute("versions", versions);
        model.addAttribute("c", inForce);
        model.addAttribute("indicators", List.copyOf(inForce.indicators().values()));
        model.addAttribute("mayMaintain", StatsAccess.mayMaintain(user));
        model.addAttribute("nextYear", LocalDate.now(clock).getYear() + 1);
        model.addAttribute("units", Indicator.UNITS);
        model.addAttribute("periodicities", org.eads.stats.Periodicity.values());
        return "stats/classification";
    }

    @PostMapping("/stats/classification/crime-areas")
    String addCrimeArea(@RequestParam String code, @RequestParam String name,
                        @RequestParam(defaultValue = "") String iccsCodes,
                        @RequestParam(defaultValue = "") String contextTags,
                        @RequestParam(defaultValue = "") List<String> indicators,
                        @RequestParam(required = false) Integer firstYear, @RequestParam String note,
                        RedirectAttributes redirect) {
        return FormActions.act(redirect, "/stats/classification", () -> {
            Classification c = classifications.addCrimeArea(currentUser.get(), new Classifications.MappingInput(code,
                    name, list(iccsCodes), list(contextTags), indicators, firstYear, note));
            return "Crime area added from " + firstYear + " in classification version " + c.version() + ".";
        });
    }

    @PostMapping("/stats/classification/crime-areas/{code}")
    String changeMapping(@PathVariable String code, @RequestParam(required = false) String name,
                         @RequestParam(defaultValue = "") String iccsCodes,
                         @RequestParam(defaultValue = "") String contextTags,
                         @RequestParam(defaultValue = "") List<String> indicators,
                         @RequestParam(required = false) Integer firstYear, @RequestParam String note,
                         RedirectAttributes redirect) {
        return FormActions.act(redirect, "/stats/classification", () -> {
            Classification c = classifications.changeMapping(currentUser.get(), code, new Classifications.MappingInput(
                    code, name, list(iccsCodes), list(contextTags), indicators, firstYear, note));
            return "Mapping of " + code + " changed from " + firstYear + " in classification version " + c.version()
                    + ".";
        });
    }

    @PostMapping("/stats/classification/crime-areas/{code}/stop")
    String stop(@PathVariable String code, @RequestParam(required = false) Integer firstYear,
                @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return FormActions.act(redirect, "/stats/classification", () -> {
            Classification c = classifications.stopCollecting(currentUser.get(), code, firstYear, note);
            return code + " is not collected from " + firstYear + " (classification version " + c.version() + ").";
        });
    }

    @PostMapping("/stats/classification/indicators")
    String addIndicator(@RequestParam String code, @RequestParam String name, @RequestParam String unit,
                        @RequestParam String periodicity, @RequestParam(defaultValue = "") List<String> dimensions,
                        RedirectAttributes redirect) {
        return FormActions.act(redirect, "/stats/classification", "Indicator added: name it in a crime area's "
                + "mapping to collect it.", () -> classifications.addIndicator(currentUser.get(),
                new Classifications.IndicatorInput(code, name, unit, periodicity, dimensions)));
    }

    @PostMapping("/stats/classification/indicators/{code}")
    String changePeriodicity(@PathVariable String code, @RequestParam String periodicity,
                             RedirectAttributes redirect) {
        return FormActions.act(redirect, "/stats/classification", code + " is now reported by "
                + periodicity.toLowerCase(java.util.Locale.ROOT) + ".",
                () -> classifications.changePeriodicity(currentUser.get(), code, periodicity));
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
