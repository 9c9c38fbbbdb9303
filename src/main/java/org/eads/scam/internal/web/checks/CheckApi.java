package org.eads.scam.internal.web.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.records.NotAllowedException;
import org.eads.scam.CheckResult;
import org.eads.scam.IndicatorKind;
import org.eads.scam.ScamChecks;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Scam checks", description = """
        Real-time checks of phones, accounts, wallets, URLs and other indicators against the regional registry, for \
        banks, e-wallets, telcos, platforms and officers. No victim or case detail is ever returned.""")
class CheckApi {

    private final ScamChecks checks;
    private final CurrentUser currentUser;

    CheckApi(ScamChecks checks, CurrentUser currentUser) {
        this.checks = checks;
        this.currentUser = currentUser;
    }

    /** One indicator to check; {@code country} is the ISO alpha-3 country of a national phone number. */
    record Item(String kind, String value, String country) {
    }

    record Request(List<Item> indicators) {
    }

    record Response(List<CheckResult> results) {
    }

    @PostMapping(path = "/api/v1/scam/check", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Check up to 1,000 indicators",
            description = "Body {\"indicators\": [{\"kind\": \"PHONE\", \"value\": \"012-345 6789\", \"country\": "
                    + "\"MYS\"}]}; kind PHONE, BANK_ACCOUNT, E_WALLET, CRYPTO_WALLET, URL, DOMAIN, SOCIAL_MEDIA, EMAIL "
                    + "or APP. Results come in the order asked: known, status (REPORTED, GREY, BLACK, CLEARED), risk "
                    + "(HIGH: designated, verified, or 3 reports or more in 90 days; MEDIUM: reported again or within "
                    + "90 days; LOW; NONE: unknown), reportCount, members, lastSeen. An indicator that cannot be read "
                    + "has only its error; the others are answered.")
    Response check(@RequestBody Request request) {
        EadsUser user = currentUser.get();
        if (!user.hasAny(Role.API_CLIENT, Role.OFFICER, Role.ANALYST, Role.SUPERVISOR)) {
            throw new NotAllowedException("Only partner systems and officers check indicators");
        }
        List<Item> asked = request == null || request.indicators() == null ? List.of() : request.indicators();
        List<ScamChecks.Item> items = new ArrayList<>(asked.size());
        for (Item item : asked) {
            items.add(new ScamChecks.Item(kind(item), item == null ? null : item.value(),
                    item == null ? null : item.country()));
        }
        return new Response(checks.check(user, items));
    }

    private static IndicatorKind kind(Item item) {
        if (item == null || item.kind() == null) {
            return null;
        }
        try {
            return IndicatorKind.valueOf(item.kind().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
