package org.eads.crisis.internal.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eads.crisis.Assistance;
import org.eads.crisis.AssistanceRequest;
import org.eads.crisis.Attachment;
import org.eads.crisis.CasualtyUpdate;
import org.eads.crisis.Crises;
import org.eads.crisis.Crisis;
import org.eads.crisis.CrisisAcknowledgement;
import org.eads.crisis.CrisisStatus;
import org.eads.crisis.IntelligenceItem;
import org.eads.crisis.NewAssistanceRequest;
import org.eads.crisis.NewCrisis;
import org.eads.crisis.NewIntelligenceItem;
import org.eads.crisis.NewOffer;
import org.eads.crisis.NewSituationReport;
import org.eads.crisis.Offer;
import org.eads.crisis.SituationReport;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The ACCPCM crisis API: crises, acknowledgement, requests for assistance, offers, deployments, sitreps. */
@RestController
@RequestMapping(path = "/api/v1/crises", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Crises", description = """
        ACCPCM crises. A supervisor or crisis contact of an ASEANAPOL member (or an API client of it) declares a \
        crisis; the crisis contacts of every member of the distribution receive a CRISIS alert and must acknowledge \
        it. Requests for assistance, offers and deployments follow OASIS EDXL-RM. A crisis that is not distributed \
        to your member answers 404, exactly like one that does not exist. Errors are RFC 9457 problems; field \
        problems are listed in `errors` as {field, message}. A change the crisis's state does not allow (a \
        deployment out of order, a closed crisis) answers 409.""")
class CrisisApi {

    private final Crises crises;
    private final Assistance assistance;
    private final CurrentUser currentUser;

    CrisisApi(Crises crises, Assistance assistance, CurrentUser currentUser) {
        this.crises = crises;
        this.assistance = assistance;
        this.currentUser = currentUser;
    }

    /** A new status, with an optional note for the alert. */
    record StatusChange(String status, String note) {
    }

    /** The next state of a deployment. */
    record StateChange(String state) {
    }

    @Operation(summary = "Declare a crisis", description = """
            Declares a crisis of your member and sends the CRISIS alert to the crisis contacts of the ten AMCs and \
            the Secretariat (and of the partners with distribution MEMBERS_AND_PARTNERS). type: TERRORIST_ATTACK, \
            BOMBING, MASS_CASUALTY, HOSTAGE_SITUATION, CYBER_ATTACK, NATURAL_DISASTER. occurredAt in ISO 8601 \
            (UTC without an offset). latitude and longitude together or not at all. Casualty figures default to 0. \
            exercise true marks the crisis and all its alerts as an exercise.""")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(value = CrisisApiExamples.DECLARE)))
    @ApiResponse(responseCode = "201", description = "Declared", headers = @Header(name = "Location",
            description = "The address of the crisis"))
    @ApiResponse(responseCode = "400", description = "Not valid; `errors` names each field",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(value = CrisisApiExamples.INVALID)))
    @ApiResponse(responseCode = "403", description = "Only a supervisor, crisis contact or API client of an AMC or "
            + "the Secretariat declares a crisis")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Crisis> declare(@RequestBody NewCrisis body) {
        Crisis crisis = crises.declare(user(), body);
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(crisis.id())
                .toUri();
        return ResponseEntity.created(location).body(crisis);
    }

    @Operation(summary = "List crises", description = "The crises distributed to your member, newest first.")
    @GetMapping
    List<Crisis> list(@Parameter(description = "Only crises with this status") @RequestParam(required = false)
                      CrisisStatus status,
                      @Parameter(description = "At most this many, 1 to 500") @RequestParam(defaultValue = "100")
                      int limit) {
        return crises.list(user(), status, limit);
    }

    @Operation(summary = "Read a crisis")
    @ApiResponse(responseCode = "200", description = "The crisis")
    @ApiResponse(responseCode = "404", description = "No such crisis, or not distributed to your member",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(value = CrisisApiExamples.NOT_FOUND)))
    @GetMapping("/{id}")
    Crisis read(@PathVariable UUID id) {
        return crises.view(user(), id);
    }

    @Operation(summary = "Change the status", description = "ACTIVE, CONTAINED or CLOSED, by the declaring member; "
            + "the distribution receives a CRISIS_UPDATE. A closed crisis changes no more (409).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(value = CrisisApiExamples.STATUS)))
    @ApiResponse(responseCode = "409", description = "The crisis is closed, or already has this status")
    @PutMapping(path = "/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    Crisis status(@PathVariable UUID id, @RequestBody StatusChange body) {
        return crises.changeStatus(user(), id, body.status(), body.note());
    }

    @Operation(summary = "Update the casualty figures", description = "dead, injured and missing, each 0 or more, "
            + "by the declaring member; the distribution receives a CRISIS_UPDATE.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            examples = @ExampleObject(value = CrisisApiExamples.CASUALTIES)))
    @PutMapping(path = "/{id}/casualties", consumes = MediaType.APPLICATION_JSON_VALUE)
    Crisis casualties(@PathVariable UUID id, @RequestBody CasualtyUpdate body) {
        return crises.updateCasualties(user(), id, body);
    }

    @Operation(summary = "Who acknowledged", description = "Per member of the distribution, whether its crisis "
            + "contacts acknowledged the CRISIS alert, by whom, and whether it escalated.")
    @GetMapping("/{id}/acknowledgements")
    List<CrisisAcknowledgement> acknowledgements(@PathVariable UUID id) {
        return crises.acknowledgements(user(), id);
    }

    @Operation(summary = "Acknowledge the crisis alert", description = "Acknowledges the CRISIS alert you received "
            + "for your member. Acknowledging twice changes nothing. Answers with the acknowledgements.")
    @ApiResponse(responseCode = "403", description = "The alert was not sent to you")
    @PostMapping("/{id}/acknowledgement")
    List<CrisisAcknowledgement> acknowledge(@PathVariable UUID id) {
        EadsUser user = user();
        crises.acknowledge(user, id, "API");
        return crises.acknowledgements(user, id);
    }

    @Operation(summary = "Requests for assistance", description = "Oldest first, each with its offers and the "
            + "quantity accepted so far.")
    @GetMapping("/{id}/requests")
    List<AssistanceRequest> requests(@PathVariable UUID id) {
        return assistance.requests(user(), id);
    }

    @Operation(summary = "Request assistance", description = """
            By the declaring member (EDXL-RM RequestResource). resourceType: POST_BLAST_INVESTIGATORS, BOMB_DISPOSAL, \
            DVI_TEAM, FORENSIC_EXPERTS, CYBER_INCIDENT_RESPONDERS, LIAISON_OFFICERS, INTELLIGENCE_ANALYSTS, \
            EQUIPMENT; quantity 1 or more; neededBy ISO 8601. The other members receive a CRISIS_UPDATE.""")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(value = CrisisApiExamples.REQUEST)))
    @ApiResponse(responseCode = "201", description = "Requested")
    @PostMapping(path = "/{id}/requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AssistanceRequest> request(@PathVariable UUID id, @RequestBody NewAssistanceRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(assistance.request(user(), id, body));
    }

    @Operation(summary = "Answer a request", description = """
            By another member (EDXL-RM ResponseToRequestResource). response ACCEPT offers the whole quantity; \
            PARTIAL needs a quantity below the one requested; DECLINE needs a reason. The requesting member receives \
            a CRISIS_UPDATE. An offer that does not decline is a deployment in state OFFERED.""")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, examples = {
            @ExampleObject(name = "Part of the request", value = CrisisApiExamples.OFFER),
            @ExampleObject(name = "Decline", value = CrisisApiExamples.DECLINE)}))
    @ApiResponse(responseCode = "201", description = "Offered")
    @PostMapping(path = "/{id}/requests/{requestId}/offers", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Offer> offer(@PathVariable UUID id, @PathVariable UUID requestId, @RequestBody NewOffer body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(assistance.offer(user(), id, requestId, body));
    }

    @Operation(summary = "Accept an offer", description = "By the requesting member (EDXL-RM CommitResource): the "
            + "deployment goes from OFFERED to ACCEPTED and the offering member receives a CRISIS_UPDATE.")
    @ApiResponse(responseCode = "409", description = "The offer declined, or is no longer OFFERED")
    @PostMapping("/{id}/offers/{offerId}/acceptance")
    Offer accept(@PathVariable UUID id, @PathVariable UUID offerId) {
        return assistance.accept(user(), id, offerId);
    }

    @Operation(summary = "Move a deployment on", description = """
            state EN_ROUTE or ON_SITE by the providing member, RELEASED by the requesting member (EDXL-RM \
            ReleaseResource), ACCEPTED as with the acceptance. A deployment goes OFFERED, ACCEPTED, EN_ROUTE, \
            ON_SITE, RELEASED in that order and may be released at any point after its acceptance; anything else \
            answers 409.""")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(value = CrisisApiExamples.STATE)))
    @ApiResponse(responseCode = "409", description = "Not the next state of this deployment",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(value = CrisisApiExamples.ILLEGAL_STATE)))
    @PutMapping(path = "/{id}/offers/{offerId}/state", consumes = MediaType.APPLICATION_JSON_VALUE)
    Offer move(@PathVariable UUID id, @PathVariable UUID offerId, @RequestBody StateChange body) {
        return assistance.move(user(), id, offerId, body.state());
    }

    @Operation(summary = "Situation reports", description = "Those you may see, newest first.")
    @GetMapping("/{id}/sitreps")
    List<SituationReport> sitreps(@PathVariable UUID id,
                                  @Parameter(description = "At most this many, 1 to 500")
                                  @RequestParam(defaultValue = "100") int limit) {
        return crises.sitreps(user(), id, limit);
    }

    @Operation(summary = "Write a situation report", description = """
            text is required. distribution MEMBERS or MEMBERS_AND_PARTNERS, no wider than the crisis's (the \
            crisis's when left out). attachment is optional: fileName, contentType and content in base64; at most \
            10 MB of PDF, JPEG, PNG, text, CSV, Word, Excel or PowerPoint, whose bytes must match the content \
            type. The same can be sent as multipart/form-data with the parts text, distribution and file.""")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(value = CrisisApiExamples.SITREP)))
    @ApiResponse(responseCode = "201", description = "Added to the timeline")
    @PostMapping(path = "/{id}/sitreps", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SituationReport> report(@PathVariable UUID id, @RequestBody NewSituationReport body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(crises.report(user(), id, body));
    }

    @Operation(summary = "Write a situation report with a file", description = "As the JSON form, with the parts "
            + "text, distribution and file.")
    @ApiResponse(responseCode = "201", description = "Added to the timeline")
    @PostMapping(path = "/{id}/sitreps", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<SituationReport> reportWithFile(@PathVariable UUID id, @RequestParam String text,
                                                   @RequestParam(required = false) String distribution,
                                                   @RequestParam(required = false) MultipartFile file)
            throws IOException {
        NewSituationReport report = new NewSituationReport(text, distribution, Uploads.attachment(file));
        return ResponseEntity.status(HttpStatus.CREATED).body(crises.report(user(), id, report));
    }

    @Operation(summary = "Download the file of a situation report", description = "Sent as an attachment with its "
            + "stored content type.")
    @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "*/*"))
    @GetMapping(path = "/{id}/sitreps/{sitrepId}/attachment", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID sitrepId) {
        Attachment file = crises.attachment(user(), id, sitrepId);
        return Uploads.download(file);
    }

    @Operation(summary = "Intelligence items", description = "Suspect names, vehicle plates and phone numbers noted on "
            + "the crisis, each with the address of the search page for it and of the form for a new record.")
    @GetMapping("/{id}/intelligence")
    List<IntelligenceItem> intelligence(@PathVariable UUID id) {
        return crises.intelligence(user(), id);
    }

    @Operation(summary = "Note an intelligence item", description = "kind SUSPECT_NAME, VEHICLE_PLATE or PHONE; "
            + "value required.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            examples = @ExampleObject(value = CrisisApiExamples.INTELLIGENCE)))
    @ApiResponse(responseCode = "201", description = "Noted")
    @PostMapping(path = "/{id}/intelligence", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IntelligenceItem> note(@PathVariable UUID id, @RequestBody NewIntelligenceItem body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(crises.note(user(), id, body));
    }

    private EadsUser user() {
        return currentUser.get();
    }
}
