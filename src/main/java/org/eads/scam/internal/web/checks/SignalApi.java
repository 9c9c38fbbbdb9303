package org.eads.scam.internal.web.checks;

import java.net.URI;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eads.identity.CurrentUser;
import org.eads.records.InvalidRecordException;
import org.eads.scam.IndicatorKind;
import org.eads.scam.ScamSignals;
import org.eads.scam.Signal;
import org.eads.records.EnumField;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Scam checks")
class SignalApi {

    private final ScamSignals signals;
    private final CurrentUser currentUser;

    SignalApi(ScamSignals signals, CurrentUser currentUser) {
        this.signals = signals;
        this.currentUser = currentUser;
    }

    record Request(String kind, String value, String country, String category, String reference, String note) {
    }

    /** What the partner is told of its signal: never who reviewed it or why. */
    record View(long id, IndicatorKind kind, String value, Signal.Category category, String reference,
                Signal.State state, Instant createdAt, Instant reviewedAt) {
        static View of(Signal s) {
            return new View(s.id(), s.kind(), s.value(), s.category(), s.reference(), s.state(), s.createdAt(),
                    s.reviewedAt());
        }
    }

    @PostMapping(path = "/api/v1/scam/signals", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Report a suspected mule account or scam number (partners)",
            description = "Body {\"kind\": \"BANK_ACCOUNT\", \"value\": \"...\", \"category\": \"MULE_ACCOUNT\", "
                    + "\"reference\": \"your case id\", \"note\": \"...\"}; category MULE_ACCOUNT, SCAM_NUMBER, "
                    + "SCAM_SITE or OTHER; country (ISO alpha-3) for a national phone number, else the partner's "
                    + "member. Only partners' API clients, for the kinds in their partner's signal scope. The "
                    + "indicator is GREY at once, with reviewPending in checks, until the partner's member accepts "
                    + "or rejects the signal. A second signal on the same indicator while the first waits returns "
                    + "the first.")
    ResponseEntity<View> submit(@RequestBody Request request) {
        if (request == null) {
            throw new InvalidRecordException("kind", "send the signal as a JSON object");
        }
        Signal s = signals.submit(currentUser.get(), new Signal.Input(EnumField.parse(IndicatorKind.class, request.kind(),
                "kind"), request.value(), request.country(), EnumField.parse(Signal.Category.class, request.category(),
                "category"), request.reference(), request.note()));
        return ResponseEntity.created(URI.create("/api/v1/scam/signals/" + s.id())).body(View.of(s));
    }

    @GetMapping(path = "/api/v1/scam/signals/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The state of a signal: PENDING, ACCEPTED or REJECTED")
    View get(@PathVariable long id) {
        return View.of(signals.view(currentUser.get(), id));
    }
}
