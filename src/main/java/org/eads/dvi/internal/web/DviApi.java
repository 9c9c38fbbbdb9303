package org.eads.dvi.internal.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eads.dvi.DnaProfileInput;
import org.eads.dvi.DviFile;
import org.eads.dvi.DviFiles;
import org.eads.dvi.DviMatching;
import org.eads.dvi.DviOperations;
import org.eads.dvi.Identification;
import org.eads.dvi.Identifications;
import org.eads.dvi.MatchingConflict;
import org.eads.dvi.MatchingRun;
import org.eads.dvi.StoredCandidate;
import org.eads.dvi.internal.matching.Matcher;
import org.eads.identity.CurrentUser;
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

@RestController
@RequestMapping(path = "/api/v1/dvi", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Disaster victim identification", description = """
        DVI operations after a mass-casualty event. Only the members taking part in an operation (and the \
        Secretariat) see it and its files; another operation answers 404.""")
class DviApi {

    private final DviOperations operations;
    private final DviFiles files;
    private final DviMatching matching;
    private final Identifications identifications;
    private final CurrentUser currentUser;

    DviApi(DviOperations operations, DviFiles files, DviMatching matching, Identifications identifications,
           CurrentUser currentUser) {
        this.identifications = identifications;
        this.operations = operations;
        this.files = files;
        this.matching = matching;
        this.currentUser = currentUser;
    }

    @PostMapping(path = "/operations/{id}/{kind}-files", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Enter a post-mortem (pm) or ante-mortem (am) file",
            description = "number (unique in the operation), sex (MALE, FEMALE, UNDETERMINED), ageMin/ageMax, "
                    + "statureMinCm/statureMaxCm, description (sections by name), fingerprints, afisReference; "
                    + "pm: recoveredAt, recoveryPlace, condition; am: name, nationality (alpha-3), birthDate, "
                    + "circumstances.")
    ResponseEntity<DviFile> createFile(@PathVariable UUID id, @PathVariable String kind, @RequestBody DviFile.Input in) {
        DviFile f = files.create(currentUser.get(), id, DviFile.Kind.ofPath(kind), in);
        return ResponseEntity.created(URI.create("/api/v1/dvi/" + kind + "-files/" + f.id())).body(f);
    }

    @GetMapping("/operations/{id}/{kind}-files")
    @Operation(summary = "An operation's pm or am files, by number")
    List<DviFile> files(@PathVariable UUID id, @PathVariable String kind, @RequestParam(defaultValue = "0") int page,
                        @RequestParam(defaultValue = "100") int size) {
        return files.list(currentUser.get(), id, DviFile.Kind.ofPath(kind), Math.max(0, page), Math.clamp(size, 1, 1000));
    }

    @GetMapping("/{kind}-files/{id}")
    @Operation(summary = "One pm or am file")
    DviFile file(@PathVariable String kind, @PathVariable UUID id) {
        return files.get(currentUser.get(), DviFile.Kind.ofPath(kind), id);
    }

    @PostMapping(path = "/{kind}-files/{id}/dna", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a DNA profile to a file",
            description = "kind PM_SAMPLE (pm files), DIRECT_REFERENCE or FAMILY_REFERENCE (am files, with "
                    + "relationship FATHER, MOTHER, CHILD, FULL_SIBLING, HALF_SIBLING, GRANDPARENT or SPOUSE); loci: "
                    + "{\"vWA\": [\"16\", \"17\"], ...}; dropout: loci showing one allele where the other may be lost.")
    ResponseEntity<java.util.Map<String, Long>> addDna(@PathVariable String kind, @PathVariable UUID id,
                                                        @RequestBody DnaProfileInput in) {
        return ResponseEntity.status(201).body(java.util.Map.of("id", files.addDna(currentUser.get(), DviFile.Kind.ofPath(kind), id, in)));
    }

    @GetMapping("/pm-files/{id}/candidates")
    @Operation(summary = "The missing persons who may be this body, best first",
            description = "The body's stored list of its best candidates that are not excluded, kept current as "
                    + "files change: status (STRONG, PROBABLE, INSUFFICIENT), log10 likelihood ratio and posterior "
                    + "odds, methods, DNA kind and loci, dental informative and red teeth.")
    List<StoredCandidate> candidates(@PathVariable UUID id) {
        return matching.candidates(currentUser.get(), id);
    }

    @GetMapping("/pm-files/{id}/candidates/{amId}")
    @Operation(summary = "The full evidence of a body against one missing person, computed now",
            description = "DNA (direct or kinship) ratio and loci, the dental comparison tooth by tooth, fingerprint "
                    + "decision, secondary evidence, exclusions and proposed status.")
    Matcher.Candidate pair(@PathVariable UUID id, @PathVariable UUID amId) {
        return matching.pair(currentUser.get(), id, amId);
    }

    @GetMapping("/am-files/{id}/candidates")
    @Operation(summary = "The bodies whose candidate lists hold this missing person, best first")
    List<StoredCandidate> bodies(@PathVariable UUID id) {
        return matching.bodies(currentUser.get(), id);
    }

    record FingerprintDecision(UUID amFileId, String decision, String note) {
    }

    @PutMapping(path = "/pm-files/{id}/fingerprints", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record an examiner's decision on an AFIS comparison",
            description = "decision IDENTIFIED, EXCLUDED or INCONCLUSIVE (the last two with a note); the system "
                    + "stores the decision and does not compare images. The body's candidates are ranked again.")
    ResponseEntity<Void> fingerprints(@PathVariable UUID id, @RequestBody FingerprintDecision d) {
        matching.decideFingerprints(currentUser.get(), id, d.amFileId(), d.decision(), d.note());
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = "/{kind}-files/{id}/implants", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set a file's medical implants",
            description = "[{kind, maker, serial}]; a serial number on a body and a missing person adds a ratio of "
                    + "10^6.")
    DviFile implants(@PathVariable String kind, @PathVariable UUID id, @RequestBody List<DviFile.Implant> implants) {
        return files.implants(currentUser.get(), DviFile.Kind.ofPath(kind), id, implants);
    }

    @PutMapping(path = "/{kind}-files/{id}/marks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set a file's marks on the body",
            description = "[{kind: TATTOO, SCAR, BIRTHMARK, PIERCING, AMPUTATION or OTHER, region: HEAD, FACE, NECK, "
                    + "CHEST, ABDOMEN, BACK, LEFT_ARM, RIGHT_ARM, LEFT_HAND, RIGHT_HAND, LEFT_LEG, RIGHT_LEG, LEFT_FOOT, "
                    + "RIGHT_FOOT or OTHER, description}]. A mark of the same kind and place sharing a word of its "
                    + "description ranks a candidate (a tattoo 10^2, another mark 10^1); marks never exclude.")
    DviFile marks(@PathVariable String kind, @PathVariable UUID id, @RequestBody List<DviFile.Mark> marks) {
        return files.marks(currentUser.get(), DviFile.Kind.ofPath(kind), id, marks);
    }

    @PutMapping(path = "/{kind}-files/{id}/effects", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set a file's personal effects",
            description = "[{kind: JEWELLERY, WATCH, CLOTHING, DOCUMENT, PHONE or OTHER, description, identifier}]. "
                    + "The same engraving, serial or document number ranks a candidate (10^2), a like description "
                    + "of the same kind a little (10^0.5); effects never exclude.")
    DviFile effects(@PathVariable String kind, @PathVariable UUID id, @RequestBody List<DviFile.Effect> effects) {
        return files.effects(currentUser.get(), DviFile.Kind.ofPath(kind), id, effects);
    }

    @GetMapping("/operations/{id}/conflicts")
    @Operation(summary = "Conflicts to resolve",
            description = "SHARED_MISSING_PERSON: a missing person strong for several bodies; COMMINGLED: a body with "
                    + "DNA samples of different persons.")
    List<MatchingConflict> conflicts(@PathVariable UUID id) {
        return matching.conflicts(currentUser.get(), id);
    }

    @PostMapping("/operations/{id}/matching-runs")
    @Operation(summary = "Start a full matching run: every body ranked again against every missing person")
    ResponseEntity<MatchingRun> startRun(@PathVariable UUID id) {
        return ResponseEntity.status(202).body(matching.startRun(currentUser.get(), id));
    }

    @GetMapping("/operations/{id}/matching-runs/latest")
    @Operation(summary = "The latest full matching run with its progress")
    ResponseEntity<MatchingRun> latestRun(@PathVariable UUID id) {
        return ResponseEntity.of(matching.latestRun(currentUser.get(), id));
    }

    record Proposal(UUID pmFileId, UUID amFileId, List<String> methods, String note) {
    }

    record Decision(String decision, String note) {
    }

    record Revocation(String reason) {
    }

    @PostMapping(path = "/identifications", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Propose that a body is a missing person",
            description = "methods relied on (DNA, dental, fingerprints); the candidate's evidence is kept with it. "
                    + "A body or a missing person already in an open or confirmed identification is refused.")
    ResponseEntity<Identification> propose(@RequestBody Proposal p) {
        Identification i = identifications.propose(currentUser.get(), p.pmFileId(), p.amFileId(), p.methods(), p.note());
        return ResponseEntity.created(URI.create("/api/v1/dvi/identifications/" + i.id())).body(i);
    }

    @PostMapping(path = "/identifications/{id}/votes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A board member confirms or rejects (with a note)",
            description = "Two confirmations by board members other than the proposer confirm; one rejection rejects.")
    Identification vote(@PathVariable UUID id, @RequestBody Decision d) {
        return identifications.vote(currentUser.get(), id, d.decision(), d.note());
    }

    @PostMapping(path = "/identifications/{id}/revoke", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A board member revokes a confirmed identification, with the reason")
    Identification revoke(@PathVariable UUID id, @RequestBody Revocation r) {
        return identifications.revoke(currentUser.get(), id, r.reason());
    }

    @GetMapping("/identifications/{id}")
    @Operation(summary = "One identification with its votes")
    Identification identification(@PathVariable UUID id) {
        return identifications.get(currentUser.get(), id);
    }

    @GetMapping("/operations/{id}/identifications")
    @Operation(summary = "An operation's identifications, newest first")
    List<Identification> identifications(@PathVariable UUID id) {
        return identifications.of(currentUser.get(), id);
    }

    record ChartRequest(java.time.LocalDate recordedOn, java.util.Map<String, java.util.Map<String, Object>> teeth) {
    }

    @PutMapping(path = "/{kind}-files/{id}/dental-chart", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set a file's dental chart",
            description = "teeth by FDI number (11-48, 51-85): {status, surfaces, material}; status VIRGIN, "
                    + "MISSING_AM, MISSING_PM, UNERUPTED, FILLED (with surfaces M, O, D, B/F, L/P, I), CROWN, "
                    + "ROOT_CANAL, PONTIC, IMPLANT, DENTURE or UNKNOWN; material AMALGAM, COMPOSITE, GOLD, PORCELAIN, "
                    + "TEMPORARY.")
    java.util.Map<String, java.util.Map<String, Object>> chart(@PathVariable String kind, @PathVariable UUID id,
                                                               @RequestBody ChartRequest request) {
        return files.chart(currentUser.get(), DviFile.Kind.ofPath(kind), id, request.recordedOn(), request.teeth());
    }

    @PostMapping(path = "/operations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open a DVI operation led by your member",
            description = "name, place, occurredOn (date), crisisId (optional), frequencyTable (default "
                    + "\"East Asia 2023\"), theta (default 0.01), mutationRate (default 0.002), missingReported, "
                    + "members taking part (alpha-3 codes).")
    ResponseEntity<org.eads.dvi.Operation> open(@RequestBody org.eads.dvi.Operation.Input input) {
        org.eads.dvi.Operation o = operations.open(currentUser.get(), input);
        return ResponseEntity.created(URI.create("/api/v1/dvi/operations/" + o.id())).body(o);
    }

    @GetMapping("/operations")
    @Operation(summary = "Operations your member takes part in, newest first")
    List<org.eads.dvi.Operation> list() {
        return operations.list(currentUser.get());
    }

    @GetMapping("/operations/{id}")
    @Operation(summary = "One operation")
    org.eads.dvi.Operation get(@PathVariable UUID id) {
        return operations.get(currentUser.get(), id);
    }
}
