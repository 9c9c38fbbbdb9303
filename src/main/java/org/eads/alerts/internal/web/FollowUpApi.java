package org.eads.alerts.internal.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eads.alerts.Disclosure;
import org.eads.alerts.Disclosures;
import org.eads.alerts.Hit;
import org.eads.alerts.HitOutcome;
import org.eads.alerts.Hits;
import org.eads.identity.CurrentUser;
import org.eads.sharing.HandlingCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Hits and disclosures", description = """
        Hits: another member's search matched one of your member's records (side=received), or your member's \
        search matched another's (side=made). Both sides follow a hit up with messages and record its outcome. \
        Disclosure requests: a searcher asks the owner of a hit/no-hit record to disclose it; the owner decides \
        which fields. Only the two members see a hit or a request; anyone else gets 404.""")
class FollowUpApi {

    private final Hits hits;
    private final Disclosures disclosures;
    private final CurrentUser currentUser;

    FollowUpApi(Hits hits, Disclosures disclosures, CurrentUser currentUser) {
        this.hits = hits;
        this.disclosures = disclosures;
        this.currentUser = currentUser;
    }

    @GetMapping(path = "/api/v1/hits", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Hits on your member's records (side=received) or by its searches (side=made)")
    List<Hit> hits(@RequestParam(defaultValue = "received") String side, @RequestParam(defaultValue = "0") int page,
                   @RequestParam(defaultValue = "50") int size) {
        return hits.list(currentUser.get(), !"made".equals(side), page, size);
    }

    @GetMapping(path = "/api/v1/hits/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One hit with its follow-up messages")
    Hit hit(@PathVariable UUID id) {
        return hits.view(currentUser.get(), id);
    }

    /** A message of the follow-up; the attachment, if any, as base64. */
    record NewMessage(String body, String attachmentName, String attachmentType, byte[] attachment) {
    }

    @PostMapping(path = "/api/v1/hits/{id}/messages", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a message, with an optional attachment (base64, up to 10 MB), to a hit's follow-up")
    Hit post(@PathVariable UUID id, @RequestBody NewMessage message) {
        Hit.Attachment attachment = message.attachment() == null ? null : new Hit.Attachment(message.attachmentName(),
                message.attachmentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : message.attachmentType(),
                message.attachment());
        hits.post(currentUser.get(), id, message.body(), attachment);
        return hits.view(currentUser.get(), id);
    }

    @GetMapping("/api/v1/hits/{id}/messages/{message}/attachment")
    @Operation(summary = "Download a message's attachment")
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable long message) {
        return FollowUpPages.download(hits.attachment(currentUser.get(), id, message));
    }

    record Outcome(HitOutcome.Identity identity, HitOutcome.Action action, String note) {
    }

    @PostMapping(path = "/api/v1/hits/{id}/outcome", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record what came of a hit",
            description = "identity: CONFIRMED_SAME_PERSON, NOT_SAME_PERSON or UNDETERMINED; action: ARREST, "
                    + "REFUSAL_OF_ENTRY, SEIZURE, SURVEILLANCE or NONE.")
    Hit outcome(@PathVariable UUID id, @RequestBody Outcome outcome) {
        hits.outcome(currentUser.get(), id, outcome.identity(), outcome.action(), outcome.note());
        return hits.view(currentUser.get(), id);
    }

    @GetMapping(path = "/api/v1/disclosures", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Disclosure requests to your member (side=received) or made by it (side=made)")
    List<Disclosure> disclosures(@RequestParam(defaultValue = "received") String side) {
        return disclosures.list(currentUser.get(), !"made".equals(side));
    }

    @GetMapping(path = "/api/v1/disclosures/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One disclosure request; the requester sees only the disclosed fields")
    Disclosure disclosure(@PathVariable UUID id) {
        return disclosures.view(currentUser.get(), id);
    }

    record Decision(Disclosure.Decision decision, Set<String> fields, Set<HandlingCode> handlingCodes,
                    String handlingNote, String reason) {
    }

    @PostMapping(path = "/api/v1/disclosures/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The owner's decision on a disclosure request",
            description = "decision: APPROVE, PARTIALLY_APPROVE or REFUSE; fields: the record's fields to disclose "
                    + "(GET the request as the owner to see them named in the record); a reason is needed to "
                    + "refuse or to disclose in part. Focal points and supervisors of the owner only.")
    Disclosure decide(@PathVariable UUID id, @RequestBody Decision d) {
        return disclosures.decide(currentUser.get(), id, d.decision(), d.fields(),
                d.handlingCodes() == null || d.handlingCodes().isEmpty() ? Set.of() : EnumSet.copyOf(d.handlingCodes()),
                d.handlingNote(), d.reason());
    }
}
