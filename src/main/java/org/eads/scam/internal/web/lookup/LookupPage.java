package org.eads.scam.internal.web.lookup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eads.records.InvalidRecordException;
import org.eads.scam.Delisting;
import org.eads.scam.Delistings;
import org.eads.scam.IndicatorKind;
import org.eads.scam.PublicLookup;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public lookup page: anyone may ask whether a phone number or bank account was reported to the regional
 * anti-scam centre. A read that changes nothing, so a plain GET form: no session and no CSRF token are needed.
 */
@Controller
class LookupPage {

    private final PublicLookup lookup;
    private final Delistings delistings;

    LookupPage(PublicLookup lookup, Delistings delistings) {
        this.lookup = lookup;
        this.delistings = delistings;
    }

    @GetMapping("/lookup")
    String page(@RequestParam(required = false) IndicatorKind kind, @RequestParam(required = false) String value,
                @RequestParam(required = false) String country, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        model.addAttribute("countries", lookup.countries());
        model.addAttribute("kind", kind == null ? IndicatorKind.PHONE : kind);
        model.addAttribute("value", value);
        model.addAttribute("country", country);
        if (value != null && !value.isBlank()) {
            try {
                model.addAttribute("answer", lookup.lookup(request.getRemoteAddr(), kind, value, country));
            } catch (PublicLookup.Refused e) {
                if (e.getMessage().startsWith("Too many")) {
                    response.setStatus(429);
                    response.setHeader("Retry-After", "60");
                }
                model.addAttribute("problem", e.getMessage());
            }
        }
        return "scam/lookup";
    }

    @GetMapping("/lookup/delisting")
    String delistingForm(@RequestParam(required = false) String kind, @RequestParam(required = false) String value,
                         @RequestParam(required = false) String country, Model model) {
        model.addAttribute("countries", lookup.countries());
        model.addAttribute("kind", kind);
        model.addAttribute("value", value);
        model.addAttribute("country", country);
        return "scam/lookup-delisting";
    }

    /** A request to be delisted: a change, so a POST with the CSRF token of the form; limited like lookups. */
    @PostMapping("/lookup/delisting")
    String delisting(@RequestParam(required = false) IndicatorKind kind, @RequestParam(required = false) String value,
                     @RequestParam(required = false) String country,
                     @RequestParam(required = false) Delisting.RequesterKind requesterKind,
                     @RequestParam(required = false) String requesterName,
                     @RequestParam(required = false) String requesterContact,
                     @RequestParam(required = false) String grounds, HttpServletRequest request,
                     HttpServletResponse response, Model model) {
        try {
            model.addAttribute("reference", delistings.submitPublic(request.getRemoteAddr(), kind, value, country,
                    new Delisting.Input(requesterKind, requesterName, requesterContact, grounds)));
        } catch (PublicLookup.Refused | InvalidRecordException e) {
            if (e.getMessage().startsWith("Too many")) {
                response.setStatus(429);
                response.setHeader("Retry-After", "60");
            } else {
                response.setStatus(400);
            }
            model.addAttribute("problem", e.getMessage());
        }
        model.addAttribute("countries", lookup.countries());
        model.addAttribute("kind", kind == null ? null : kind.name());
        model.addAttribute("value", value);
        model.addAttribute("country", country);
        model.addAttribute("requesterName", requesterName);
        model.addAttribute("requesterContact", requesterContact);
        model.addAttribute("grounds", grounds);
        return "scam/lookup-delisting";
    }
}
