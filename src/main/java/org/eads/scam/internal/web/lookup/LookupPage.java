package org.eads.scam.internal.web.lookup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eads.scam.IndicatorKind;
import org.eads.scam.PublicLookup;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public lookup page: anyone may ask whether a phone number or bank account was reported to the regional
 * anti-scam centre. A read that changes nothing, so a plain GET form: no session and no CSRF token are needed.
 */
@Controller
class LookupPage {

    private final PublicLookup lookup;

    LookupPage(PublicLookup lookup) {
        this.lookup = lookup;
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
}
