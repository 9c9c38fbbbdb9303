package org.eads.screening.internal.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.member.Members;
import org.eads.records.Countries;
import org.eads.records.InvalidRecordException;
import org.eads.records.PartialDate;
import org.eads.records.RecordNotFoundException;
import org.eads.screening.Screening;
import org.eads.screening.SearchOutcome;
import org.eads.screening.SearchQuery;
import org.eads.screening.internal.mrz.MachineReadableZone;
import org.eads.screening.internal.mrz.MrzFormatException;
import org.eads.screening.internal.mrz.MrzParser;
import org.eads.screening.internal.mrz.OcrTolerance;
import org.eads.screening.internal.mrz.Sex;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The search page behind the box on every page: free text (name, number, MRZ) or the advanced form. */
@Controller
@ConditionalOnWebApplication
class SearchPage {

    private final Screening screening;
    private final CurrentUser currentUser;
    private final Members members;
    private final MrzParser mrz = new MrzParser(Clock.systemUTC());

    SearchPage(Screening screening, CurrentUser currentUser, Members members) {
        this.screening = screening;
        this.currentUser = currentUser;
        this.members = members;
    }

    /** The advanced form's fields, as typed. */
    record AdvancedForm(String name, String dateOfBirth, String sex, String nationality, String documentNumber,
                        String idType, String idValue, String purpose) {
        boolean isEmpty() {
            return blank(name) && blank(documentNumber) && blank(idValue);
        }
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, AdvancedForm form, Model model) {
        EadsUser user = currentUser.get();
        model.addAttribute("q", q);
        model.addAttribute("form", form);
        model.addAttribute("members", members.countries());
        if (blank(q) && form.isEmpty()) {
            return "screening/search";
        }
        List<String> problems = new ArrayList<>();
        try {
            SearchQuery query = blank(q) ? advanced(form) : freeText(q.strip(), user, form.purpose(), model);
            SearchOutcome outcome = screening.search(user, query);
            model.addAttribute("outcome", outcome);
            model.addAttribute("asked", query.summary());
        } catch (InvalidRecordException e) {
            e.problems().forEach(p -> problems.add(p.field() + ": " + p.message()));
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        model.addAttribute("problems", problems);
        return "screening/search";
    }

    private SearchQuery freeText(String text, EadsUser user, String purpose, Model model) {
        if (text.contains("<") && text.replaceAll("\\s", "").length() >= 60) {
            try {
                MachineReadableZone zone = mrz.parse(text, OcrTolerance.SUGGEST_CORRECTIONS);
                model.addAttribute("zone", zone);
                String name = zone.name() == null ? null : zone.name().fullName();
                PartialDate dob = zone.dateOfBirth() == null || zone.dateOfBirth().date() == null ? null
                        : PartialDate.parse(zone.dateOfBirth().date().toString());
                String sex = zone.sex() == null || zone.sex() == Sex.UNSPECIFIED ? null : zone.sex().name();
                // records hold ISO alpha-3 codes; Doc 9303's own codes (D for Germany, UNA...) are left out
                String nationality = zone.nationality() == null || !Countries.isAlpha3(zone.nationality().code())
                        ? null : zone.nationality().code();
                return new SearchQuery(name, dob, sex, nationality, zone.documentNumber(), List.of(), null, null,
                        purpose);
            } catch (MrzFormatException e) {
                throw new IllegalArgumentException("This looks like an MRZ but cannot be read: " + e.getMessage());
            }
        }
        // a member's code is its ISO alpha-3 country code, except for organisations (the Secretariat, INTERPOL)
        String country = Countries.isAlpha3(user.memberCode()) ? user.memberCode() : null;
        return FreeText.read(text, country, purpose);
    }

    private static SearchQuery advanced(AdvancedForm f) {
        List<SearchQuery.Identifier> ids = blank(f.idValue()) ? List.of()
                : List.of(new SearchQuery.Identifier(blank(f.idType()) ? "PHONE" : f.idType(), f.idValue()));
        PartialDate dob;
        try {
            dob = blank(f.dateOfBirth()) ? null : PartialDate.parse(f.dateOfBirth());
        } catch (IllegalArgumentException e) {
            throw new InvalidRecordException("dateOfBirth", e.getMessage());
        }
        return new SearchQuery(blankToNull(f.name()), dob, blankToNull(f.sex()), blankToNull(f.nationality()),
                blankToNull(f.documentNumber()), ids, null, null, blankToNull(f.purpose()));
    }

    @PostMapping("/search/disclosure")
    String requestDisclosure(@RequestParam UUID reference, @RequestParam(required = false) String reason,
                             @RequestParam(required = false) String back, RedirectAttributes redirect) {
        try {
            screening.requestDisclosure(currentUser.get(), reference, reason);
            redirect.addFlashAttribute("notice", "Your request was sent to the holder of the record.");
        } catch (InvalidRecordException e) {
            redirect.addFlashAttribute("notice", "Say why you need the record (a case reference): the request was not sent.");
        } catch (RecordNotFoundException e) {
            redirect.addFlashAttribute("notice", "That result can no longer be asked for.");
        }
        return "redirect:" + (back != null && back.startsWith("/search") ? back : "/search");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
