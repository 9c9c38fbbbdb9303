package org.eads.scam.internal.web.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.records.InvalidRecordException;
import org.eads.scam.Campaigns;
import org.eads.scam.Compound;
import org.eads.scam.CompoundInput;
import org.eads.scam.Compounds;
import org.eads.scam.VictimInput;
import org.eads.scam.internal.web.ScamPage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The scam compound pages: every compound with its linked campaigns and victims, one compound, and the forms. */
@Controller
@ConditionalOnWebApplication
class CompoundPages implements ScamPage {

    private final Compounds compounds;
    private final CurrentUser currentUser;

    CompoundPages(Compounds compounds, CurrentUser currentUser) {
        this.compounds = compounds;
        this.currentUser = currentUser;
    }

    @GetMapping("/scam/compounds")
    String list(Model model) {
        EadsUser user = currentUser.get();
        model.addAttribute("compounds", compounds.list(user));
        model.addAttribute("editor", Campaigns.mayEdit(user));
        model.addAttribute("nationality", user.memberCode());
        return "scam/compounds";
    }

    @GetMapping("/scam/compounds/{id}")
    String show(@PathVariable long id, Model model) {
        EadsUser user = currentUser.get();
        model.addAttribute("k", compounds.view(user, id));
        model.addAttribute("editor", Campaigns.mayEdit(user));
        model.addAttribute("nationality", user.memberCode());
        model.addAttribute("recruitments", Compound.Recruitment.values());
        return "scam/compound";
    }

    @PostMapping("/scam/compounds")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) String country,
                  @RequestParam(required = false) String location,
                  @RequestParam(required = false) BigDecimal latitude,
                  @RequestParam(required = false) BigDecimal longitude,
                  @RequestParam(required = false) String notes,
                  @RequestParam(required = false) String operators, RedirectAttributes redirect) {
        try {
            List<UUID> ops = new ArrayList<>();
            for (String s : operators == null ? new String[0] : operators.split("[\\s,]+")) {
                if (!s.isBlank()) {
                    ops.add(parse(s));
                }
            }
            long id = compounds.create(currentUser.get(),
                    new CompoundInput(name, country, location, latitude, longitude, notes, ops));
            redirect.addFlashAttribute("notice", "The compound is recorded.");
            return "redirect:/scam/compounds/" + id;
        } catch (InvalidRecordException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/scam/compounds";
        }
    }

    @PostMapping("/scam/compounds/{id}/victims")
    String victim(@PathVariable long id, @RequestParam(required = false) String nationality,
                  @RequestParam(required = false) String sex, @RequestParam(required = false) String ageBand,
                  @RequestParam(required = false) String recruitedBy,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate rescuedOn,
                  RedirectAttributes redirect) {
        try {
            compounds.addVictim(currentUser.get(), id, new VictimInput(nationality, sex, ageBand, recruitedBy,
                    rescuedOn));
            redirect.addFlashAttribute("notice", "The person is recorded.");
        } catch (InvalidRecordException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/scam/compounds/" + id;
    }

    private static UUID parse(String s) {
        try {
            return UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRecordException("operators", "'" + s + "' is not a record id");
        }
    }
}
