package org.eads.scam.internal.web.delisting;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eads.identity.CurrentUser;
import org.eads.records.InvalidRecordException;
import org.eads.scam.Delisting;
import org.eads.scam.Delistings;
import org.eads.scam.IndicatorKind;
import org.eads.records.EnumField;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/scam/delisting-requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Scam delisting", description = """
        Requests to remove a phone number, account or other indicator from the lists: sent by a bank's partner client \
        or entered by an officer, reviewed and decided by the centre.""")
class DelistingApi {

    private final Delistings delistings;
    private final CurrentUser currentUser;

    DelistingApi(Delistings delistings, CurrentUser currentUser) {
        this.delistings = delistings;
        this.currentUser = currentUser;
    }

    record Request(String kind, String value, String country, String requesterKind, String requesterName,
                   String requesterContact, String grounds) {
    }

    /** What the sender is told: the reference and the state, never the reviewer's reasoning before the decision. */
    record Receipt(long id, String reference, Delisting.State state) {
    }

    record Decision(String decision, String reason) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ask for an indicator to be removed from the lists",
            description = "Body {\"kind\": \"BANK_ACCOUNT\", \"value\": \"...\", \"requesterKind\": \"BANK\", "
                    + "\"requesterName\": \"...\", \"requesterContact\": \"e-mail or phone\", \"grounds\": \"...\"}; "
                    + "requesterKind ACCOUNT_HOLDER, BANK or OTHER. Partners' clients and officers. One request per "
                    + "indicator is open at a time; the answer is its reference.")
    ResponseEntity<Receipt> submit(@RequestBody Request request) {
        if (request == null) {
            throw new InvalidRecordException("kind", "send the request as a JSON object");
        }
        IndicatorKind kind = EnumField.parse(IndicatorKind.class, request.kind(), "kind");
        if (kind == null) {
            throw new InvalidRecordException("kind", "is required");
        }
        Delisting d = delistings.submit(currentUser.get(), kind, request.value(), request.country(),
                new Delisting.Input(EnumField.parse(Delisting.RequesterKind.class, request.requesterKind(), "requesterKind"),
                        request.requesterName(), request.requesterContact(), request.grounds()));
        return ResponseEntity.created(URI.create("/api/v1/scam/delisting-requests/" + d.id()))
                .body(new Receipt(d.id(), d.reference(), d.state()));
    }

    @GetMapping
    @Operation(summary = "Requests your member reviews or reported the indicator of, open first")
    List<Delisting> list(@RequestParam(required = false) Delisting.State state) {
        return delistings.list(currentUser.get(), state, 500);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One request")
    Delisting get(@PathVariable long id) {
        return delistings.view(currentUser.get(), id);
    }

    @PostMapping(path = "/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Grant (clear the indicator) or refuse a request, with a reason",
            description = "Body {\"decision\": \"GRANT\" or \"REFUSE\", \"reason\": \"...\"}. Supervisors of the "
                    + "reviewing member or of a member that reported the indicator.")
    Delisting decide(@PathVariable long id, @RequestBody Decision decision) {
        String d = decision == null || decision.decision() == null ? ""
                : decision.decision().strip().toUpperCase(Locale.ROOT);
        if (!d.equals("GRANT") && !d.equals("REFUSE")) {
            throw new InvalidRecordException("decision", "GRANT or REFUSE");
        }
        return delistings.decide(currentUser.get(), id, d.equals("GRANT"), decision.reason());
    }
}
