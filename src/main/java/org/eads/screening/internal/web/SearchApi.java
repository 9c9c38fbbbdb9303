package org.eads.screening.internal.web;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eads.identity.CurrentUser;
import org.eads.screening.BatchScreening;
import org.eads.screening.Screening;
import org.eads.screening.ScreeningBatch;
import org.eads.screening.SearchOutcome;
import org.eads.screening.SearchQuery;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Screening through the API: one search across every member's records, and disclosure requests for hit-only results. */
@RestController
@RequestMapping("/api/v1/search")
@ConditionalOnWebApplication
@Tag(name = "Screening", description = "Do we know this person, document, phone or account?")
class SearchApi {

    private final Screening screening;
    private final BatchScreening batches;
    private final CurrentUser currentUser;

    SearchApi(Screening screening, BatchScreening batches, CurrentUser currentUser) {
        this.screening = screening;
        this.batches = batches;
        this.currentUser = currentUser;
    }

    @PostMapping(path = "/batch", consumes = {"text/csv", "text/plain"})
    @Operation(summary = "Screen a CSV file in the background", description = "The body is a CSV file with a header "
            + "row; columns (all optional, but each row needs a name, a documentNumber or an identifier): reference, "
            + "name, dateOfBirth, sex, nationality, documentNumber, phone, email, bankAccount, eWallet, url, domain, "
            + "cryptoWallet, socialMedia, vin, plate, serial. At most 100,000 rows. Answers 202 with the batch; "
            + "follow it with GET /api/v1/search/batch/{id}.")
    ResponseEntity<ScreeningBatch> batch(@RequestBody byte[] csv, @RequestParam(required = false) String purpose,
                                         @RequestParam(required = false) String fileName) {
        ScreeningBatch batch = batches.submit(currentUser.get(), fileName, csv, purpose);
        return ResponseEntity.accepted().location(URI.create("/api/v1/search/batch/" + batch.id())).body(batch);
    }

    @GetMapping("/batch/{id}")
    @Operation(summary = "A batch's progress and summary: rows screened, rows with hits, hits per member, bad rows")
    ScreeningBatch batch(@PathVariable UUID id) {
        return batches.find(currentUser.get(), id).orElseThrow(() -> noBatch(id));
    }

    @GetMapping(path = "/batch/{id}/results", produces = "text/csv")
    @Operation(summary = "The results of a finished batch as CSV: one line per row of the file")
    ResponseEntity<byte[]> results(@PathVariable UUID id) {
        byte[] csv = batches.results(currentUser.get(), id).orElseThrow(() -> noBatch(id));
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"screening-" + id + ".csv\"")
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8")).body(csv);
    }

    private static ResponseStatusException noBatch(UUID id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No finished batch " + id + " of yours");
    }

    @PostMapping
    @Operation(summary = "Search", description = """
            Give a name (any script), a document number and/or identifiers ({"type":"PHONE","value":"012-345 6789"}; \
            types PHONE, EMAIL, BANK_ACCOUNT, E_WALLET, URL, DOMAIN, CRYPTO_WALLET, SOCIAL_MEDIA, DOCUMENT, VIN, \
            PLATE, SERIAL), optionally dateOfBirth (full or partial), sex (M, F or U), nationality (ISO alpha-3, \
            also the country of national phone numbers), types, limit and purpose. Date of birth, sex and \
            nationality move the score and rank namesakes (at most 10 records of exactly the same name are \
            scored). Results are ranked by score (0 to 1) with an explanation. A record \
            shared as HIT_NO_HIT answers with hitOnly=true, the holder and a reference for a disclosure request, \
            and nothing else. Every search is audited and every hit on another member's record is reported to it.""")
    SearchOutcome search(@RequestBody SearchQuery query) {
        return screening.search(currentUser.get(), query);
    }

    /** A request to the holder of a hit-only result. */
    record DisclosureRequest(UUID reference, String reason) {
    }

    @PostMapping("/disclosure-requests")
    @Operation(summary = "Ask the holder of a possible match to disclose it",
            description = "reference is the one a hit-only result gave; reason (a case reference) is required.")
    ResponseEntity<Map<String, UUID>> requestDisclosure(@RequestBody DisclosureRequest request) {
        UUID id = screening.requestDisclosure(currentUser.get(), request.reference(), request.reason());
        return ResponseEntity.created(URI.create("/api/v1/search/disclosure-requests/" + id)).body(Map.of("id", id));
    }
}
