package org.eads.records.internal.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.records.InvalidRecordException;
import org.eads.records.RecordCodec;
import org.eads.records.RecordLink;
import org.eads.records.RecordNotFoundException;
import org.eads.records.RecordPage;
import org.eads.records.RecordType;
import org.eads.records.Records;
import org.eads.records.SharedRecord;
import org.eads.sharing.SharingLevel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The records API. Bodies are read as JSON trees and handed to {@link RecordCodec#read}, so the API, the forms and
 * imports share one validation that names each field; everything else goes through {@link Records}.
 */
@RestController
@RequestMapping(path = "/api/v1/records", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Records", description = """
        Shared records: persons, travel documents, vehicles, firearms, organisations and indicators. A record is one \
        flat JSON object: the envelope (id, type, ownerMember, sharingLevel, sharedWith, handlingCodes, handlingNote, \
        classification, reviewDate, version, ...) beside the fields of its type. A record you may not see answers \
        404, exactly like one that does not exist. Errors are RFC 9457 problems (application/problem+json); field \
        problems are listed in `errors` as {field, message}.""")
class RecordApi {

    private static final String RECORD_SCHEMA = """
            A record in its flat JSON form. Envelope: type (PERSON, TRAVEL_DOCUMENT, VEHICLE, FIREARM, ORGANISATION, \
            INDICATOR; required), sharingLevel (NATIONAL, HIT_NO_HIT, SELECTED, MEMBERS, MEMBERS_AND_PARTNERS; \
            required), sharedWith (member codes, with SELECTED), handlingCodes (H0-H3), handlingNote (required with \
            H3), classification (RESTRICTED by default), reviewDate (yyyy-mm-dd, five years ahead by default), \
            agencyId. Type fields: see docs/RECORDS.md.""";

    private final Records records;
    private final RecordCodec codec;
    private final CurrentUser currentUser;
    private final SnapshotDiff diff;
    private final RecordExporter exporter;

    RecordApi(Records records, RecordCodec codec, CurrentUser currentUser, SnapshotDiff diff, RecordExporter exporter) {
        this.records = records;
        this.codec = codec;
        this.currentUser = currentUser;
        this.diff = diff;
        this.exporter = exporter;
    }

    @Operation(summary = "Create a record", description = "Creates a record owned by your member. Answers 201 with "
            + "the record (with its `id` and `version` 1) and its address in Location.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object", description = RECORD_SCHEMA),
            examples = {@ExampleObject(name = "Minimal person", value = ApiExamples.PERSON),
                    @ExampleObject(name = "Person with every field", value = ApiExamples.PERSON_FULL),
                    @ExampleObject(name = "Stolen vehicle", value = ApiExamples.VEHICLE)}))
    @ApiResponse(responseCode = "201", description = "Created", headers = {
            @Header(name = "Location", description = "The address of the new record"),
            @Header(name = "ETag", description = "The record's version, for If-Match")})
    @ApiResponse(responseCode = "400", description = "The record is not valid; `errors` names each field",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(value = ApiExamples.INVALID)))
    @ApiResponse(responseCode = "403", description = "Your roles do not allow creating records")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JsonNode> create(@RequestBody JsonNode body) {
        SharedRecord r = records.create(user(), codec.read(body).input());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(r.id()).toUri();
        return ResponseEntity.created(location).eTag(ExpectedVersion.etag(r.version())).body(codec.write(r));
    }

    @Operation(summary = "Read a record", description = "The whole record. The read is recorded in the audit log, "
            + "with the purpose if you give one.")
    @ApiResponse(responseCode = "200", description = "The record", headers = @Header(name = "ETag",
            description = "The record's version, for If-Match"))
    @ApiResponse(responseCode = "404", description = "No such record, or not shared with you",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(value = ApiExamples.NOT_FOUND)))
    @GetMapping("/{id}")
    ResponseEntity<JsonNode> read(@PathVariable UUID id,
                                  @Parameter(description = "Why you read it (case number, enquiry); kept in the audit log",
                                          example = "Case KL/2026/0412") @RequestParam(required = false) String purpose) {
        SharedRecord r = records.view(user(), id, purpose).orElseThrow(() -> new RecordNotFoundException(id));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(r.version())).body(codec.write(r));
    }

    @Operation(summary = "Change a record", description = "Replaces the record's fields and sharing with the body. "
            + "Say which version you changed, in the body's `version` or as If-Match (the ETag of GET): if someone "
            + "changed it since, the answer is 409 with `currentVersion`. Only the owner member may change a record: "
            + "the officer who created it, or a supervisor.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object", description = RECORD_SCHEMA),
            examples = @ExampleObject(name = "Change a person", value = ApiExamples.UPDATE)))
    @ApiResponse(responseCode = "200", description = "The changed record, with its new version")
    @ApiResponse(responseCode = "409", description = "Someone changed the record since you read it",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(value = ApiExamples.STALE)))
    @ApiResponse(responseCode = "428", description = "No version given (neither `version` nor If-Match)")
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JsonNode> update(@PathVariable UUID id, @RequestBody JsonNode body,
                                    @Parameter(description = "The version you changed, as the ETag: \"3\"")
                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        RecordCodec.Parsed parsed = codec.read(body);
        int expected = ExpectedVersion.of(parsed.version(), ifMatch);
        SharedRecord r = records.update(user(), id, expected, parsed.input());
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(r.version())).body(codec.write(r));
    }

    @Operation(summary = "Delete a record", description = "Takes the record off every list, page, search and export. "
            + "It stays in its history, with the reason. A version (parameter or If-Match) is checked when given.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "400", description = "No reason given")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id,
                                @Parameter(description = "Why the record is deleted", required = true,
                                        example = "Entered twice") @RequestParam String reason,
                                @Parameter(description = "The version you mean to delete") @RequestParam(required = false) Integer version,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Integer expected = version == null && (ifMatch == null || ifMatch.isBlank()) ? null : ExpectedVersion.of(version, ifMatch);
        records.delete(user(), id, expected, reason);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "List records", description = "The records you may see, most recently changed first, one "
            + "page at a time. `hasNext` says whether another page follows (there is no total: counting a million "
            + "rows for every page would be slow).")
    @GetMapping
    RecordPage list(@Parameter(description = "Only records of this type") @RequestParam(required = false) RecordType type,
                    @Parameter(description = "Only records owned by this member", example = "MYS")
                    @RequestParam(required = false) String owner,
                    @Parameter(description = "Only records at this sharing level") @RequestParam(required = false) SharingLevel sharingLevel,
                    @Parameter(description = "Text in the record's label (names, numbers)", example = "Rahman")
                    @RequestParam(required = false) String q,
                    @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
                    @Parameter(description = "Records per page, 1 to 500") @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw new InvalidRecordException("page", "must be 0 or more");
        }
        if (size < 1 || size > 500) {
            throw new InvalidRecordException("size", "must be between 1 and 500");
        }
        return records.list(user(), new FilterParams(type, owner, sharingLevel, q).toFilter(), page, size);
    }

    @Operation(summary = "Export records", description = """
            Every record you may see that matches the filter (all pages), streamed. `format=csv` gives the columns \
            id, type, label, owner, sharing_level, handling_codes (space-separated), handling_note, classification, \
            review_date, version, updated_at; `format=json` gives an array of whole records as GET returns them. \
            Handling codes travel with the data: respect them. The export is recorded in the audit log with its \
            filter.""")
    @ApiResponse(responseCode = "200", description = "The export", content = {
            @Content(mediaType = "text/csv"), @Content(mediaType = MediaType.APPLICATION_JSON_VALUE)})
    @GetMapping(path = "/export", produces = {"text/csv", MediaType.APPLICATION_JSON_VALUE})
    void export(@Parameter(description = "csv or json", required = true, example = "csv") @RequestParam String format,
                @RequestParam(required = false) RecordType type, @RequestParam(required = false) String owner,
                @RequestParam(required = false) SharingLevel sharingLevel, @RequestParam(required = false) String q,
                HttpServletResponse response) throws IOException {
        ExportFormat f = ExportFormat.parse(format);
        exporter.export(user(), new FilterParams(type, owner, sharingLevel, q).toFilter(), f, response);
    }

    @Operation(summary = "History of a record", description = "Every version, newest first: who changed it, when, "
            + "which fields changed compared with the version before, and the whole record as it was.")
    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id, @Parameter(description = "Why you read it; kept in the audit log")
                               @RequestParam(required = false) String purpose) {
        return diff.history(records.history(user(), id, purpose));
    }

    @Operation(summary = "Links of a record", description = "The records this one is linked to that you may see. "
            + "`outgoing` is true when this record is the link's source (read \"this record <kind> other\").")
    @GetMapping("/{id}/links")
    List<RecordLink> links(@PathVariable UUID id, @Parameter(description = "Why you read them; kept in the audit log")
                           @RequestParam(required = false) String purpose) {
        return records.links(user(), id, purpose);
    }

    @Operation(summary = "Link a record to another", description = "Links a record you may change to any record you "
            + "may see. Kinds: " + "HOLDS_DOCUMENT, USES_INDICATOR, MEMBER_OF, OWNS_VEHICLE, POSSESSES_FIREARM, "
            + "ASSOCIATE_OF, RELATED_TO. Answers with the record's links.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object",
            requiredProperties = {"to", "kind"}, description = "to: the other record's id; kind: how they are related"),
            examples = @ExampleObject(value = ApiExamples.LINK)))
    @PostMapping(path = "/{id}/links", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<RecordLink>> link(@PathVariable UUID id, @RequestBody JsonNode body) {
        LinkRequest link = LinkRequest.read(body);
        EadsUser user = user();
        records.link(user, id, link.to(), link.kind());
        return ResponseEntity.status(HttpStatus.CREATED).body(records.links(user, id, null));
    }

    @Operation(summary = "Remove a link", description = "Removes one link of a record you may change.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @DeleteMapping("/{id}/links/{linkId}")
    ResponseEntity<Void> unlink(@PathVariable UUID id, @PathVariable long linkId) {
        records.unlink(user(), id, linkId);
        return ResponseEntity.noContent().build();
    }

    private EadsUser user() {
        return currentUser.get();
    }
}
