package org.eads.alerts.internal.cap;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eads.identity.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Notifications as OASIS CAP 1.2 messages, out (any notification) and in (acknowledgements). */
@RestController
@RequestMapping("/api/v1/alerts")
@Tag(name = "CAP", description = """
        Notifications (alerts and notices) as OASIS Common Alerting Protocol 1.2 messages \
        (namespace urn:oasis:names:tc:emergency:cap:1.2), and acknowledgements that national systems send back as \
        CAP Ack messages. A notification you may not see answers 404, exactly like one that does not exist. The \
        mapping of e-ADS to CAP is in docs/NOTICES.md.""")
class CapApi {

    static final String CAP_XML = "application/cap+xml";

    private static final String ACK_EXAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
              <identifier>BRN-ACK-2026-0042</identifier>
              <sender>ops@police.gov.bn</sender>
              <sent>2026-11-23T21:05:00+08:00</sent>
              <status>Actual</status>
              <msgType>Ack</msgType>
              <scope>Private</scope>
              <addresses>MYS@eads.aseanapol</addresses>
              <references>MYS@eads.aseanapol,0b1e6a52-3f0e-4d7c-9a51-2f4c2b8e7d10,2026-11-23T21:00:00+00:00</references>
            </alert>""";

    private final CapExport export;
    private final CapAcknowledgements acknowledgements;
    private final CurrentUser currentUser;

    CapApi(CapExport export, CapAcknowledgements acknowledgements, CurrentUser currentUser) {
        this.export = export;
        this.acknowledgements = acknowledgements;
        this.currentUser = currentUser;
    }

    @Operation(summary = "A notification as CAP 1.2", description = """
            The notification (an alert or a notice's alert) as a CAP 1.2 alert message: identifier = the \
            notification id, sender = <member>@eads.aseanapol, status Actual or Exercise, msgType Alert, Update or \
            Cancel (with references to the first message), scope Restricted (addressed to whole members or roles) or \
            Private (addressed to named users), one info block. For its recipients and the users of the member that \
            sent it. The export is recorded in the audit log.""")
    @ApiResponse(responseCode = "200", description = "The CAP message", content = {
            @Content(mediaType = CAP_XML), @Content(mediaType = MediaType.APPLICATION_XML_VALUE)})
    @ApiResponse(responseCode = "404", description = "No such notification, or not addressed to you",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @GetMapping(path = "/{id}/cap", produces = {CAP_XML, MediaType.APPLICATION_XML_VALUE})
    byte[] cap(@PathVariable UUID id) {
        return export.export(currentUser.get(), id);
    }

    @Operation(summary = "Acknowledge notifications with a CAP Ack", description = """
            A CAP 1.2 message with msgType Ack whose references name notifications addressed to you \
            (sender,identifier,sent entries separated by spaces, as in the messages e-ADS exports): each is \
            acknowledged for you, all or none. The message is checked against the CAP 1.2 schema first; DOCTYPE \
            declarations (and so entities) are refused. Answers which notifications were acknowledged, with when \
            (an earlier time for one acknowledged before).""")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = CAP_XML, schema = @Schema(type = "string"),
                    examples = @ExampleObject(value = ACK_EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_XML_VALUE, schema = @Schema(type = "string"),
                    examples = @ExampleObject(value = ACK_EXAMPLE))})
    @ApiResponse(responseCode = "200", description = "Acknowledged")
    @ApiResponse(responseCode = "400", description = "Not a valid CAP 1.2 Ack: the problem names the error and "
            + "its line", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "404", description = "A reference names a notification that does not exist or is "
            + "not addressed to you; nothing was acknowledged",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @PostMapping(path = "/cap", consumes = {CAP_XML, MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    CapAcknowledgements.Result acknowledge(@RequestBody byte[] message) {
        return acknowledgements.acknowledge(currentUser.get(), message);
    }
}
