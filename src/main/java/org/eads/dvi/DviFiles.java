package org.eads.dvi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.dvi.internal.DviFileStore;
import org.eads.dvi.internal.MatchingWork;
import org.eads.dvi.internal.matching.Sides;
import org.eads.dvi.internal.dental.Tooth;
import org.eads.dvi.internal.dental.ToothStatus;
import org.eads.dvi.internal.dna.Alleles;
import org.eads.dvi.internal.dna.Loci;
import org.eads.dvi.internal.dna.Relationship;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.records.Countries;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Post-mortem and ante-mortem files of an operation, with their DNA profiles and dental charts. Entered by the
 * members taking part; seen by them and the Secretariat; every view and change audited.
 */
@Service
public class DviFiles {

    private static final Set<String> SEXES = Set.of("MALE", "FEMALE", "UNDETERMINED");

    private final DviOperations operations;
    private final DviFileStore store;
    private final MatchingWork matching;
    private final AuditLog audit;

    public DviFiles(DviOperations operations, DviFileStore store, MatchingWork matching, AuditLog audit) {
        this.operations = operations;
        this.store = store;
        this.matching = matching;
        this.audit = audit;
    }

    @Transactional
    public DviFile create(EadsUser user, UUID operationId, DviFile.Kind kind, DviFile.Input in) {
        participating(user, operationId, "enter files");
        Problems p = new Problems();
        checkFile(kind, operationId, in, p);
        p.throwIfAny();
        UUID id = UUID.randomUUID();
        store.insert(id, kind, operationId, user.memberCode(), in, user.id());
        matching.changed(kind, id, operationId);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_CHANGE, "DVI_" + kind + "_FILE",
                id.toString()).withDetails("entered " + in.number().strip() + " in operation " + operationId));
        return store.find(kind, id).orElseThrow();
    }

    /** A file with what was collected for it, as a bulk load brings it. */
    public record Collected(DviFile.Kind kind, DviFile.Input file, List<DnaProfileInput> dna,
                            Map<String, Map<String, Object>> teeth, List<DviFile.Implant> implants) {
    }

    /**
     * Enters many files at once, all or nothing (problems are reported as {@code files[i].field}), as when a
     * member's national system delivers its AM data; instead of comparing file by file, a full matching run starts
     * when they are committed. Returns the run.
     */
    @Transactional
    public MatchingRun load(EadsUser user, UUID operationId, List<Collected> collected) {
        Operation o = participating(user, operationId, "enter files");
        if (matching.running(operationId)) {
            throw new InvalidRecordException("files", "a full matching run is going on: load the files when it ends");
        }
        Problems p = new Problems();
        Set<String> numbers = new java.util.HashSet<>();
        List<Clean> clean = new ArrayList<>();
        for (int i = 0; i < collected.size(); i++) {
            Collected c = collected.get(i);
            Problems at = p.at("files[" + i + "]");
            if (c == null || c.kind() == null || c.file() == null) {
                at.add("kind", "each file has a kind (PM or AM) and its fields");
                continue;
            }
            checkFile(c.kind(), operationId, c.file(), at);
            if (c.file().number() != null && !numbers.add(c.kind() + " " + c.file().number().strip())) {
                at.add("number", c.kind() + " file " + c.file().number().strip() + " comes twice");
            }
            List<CleanDna> dna = new ArrayList<>();
            List<DnaProfileInput> profiles = c.dna() == null ? List.of() : c.dna();
            for (int d = 0; d < profiles.size(); d++) {
                dna.add(checkDna(c.kind(), profiles.get(d), at.at("dna[" + d + "]")));
            }
            clean.add(new Clean(c, dna, c.teeth() == null ? null : checkChart(c.teeth(), at),
                    checkImplants(c.implants(), at)));
        }
        p.throwIfAny();
        for (Clean c : clean) {
            UUID id = UUID.randomUUID();
            DviFile.Kind kind = c.collected().kind();
            store.insert(id, kind, operationId, user.memberCode(), c.collected().file(), user.id());
            for (CleanDna d : c.dna()) {
                store.addDna(kind, id, d.kind(), d.in().sample(), d.in().relativeName(), d.relationship(), d.loci(),
                        d.dropout(), user.id());
            }
            if (c.teeth() != null) {
                store.saveChart(kind, id, null, c.teeth(), user.id());
            }
            if (!c.implants().isEmpty()) {
                store.setImplants(kind, id, c.implants());
            }
        }
        if (clean.stream().anyMatch(c -> c.collected().kind() == DviFile.Kind.AM)) {
            matching.missingChanged(operationId);
        }
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_CHANGE, "DVI_OPERATION",
                operationId.toString()).withDetails("loaded " + clean.size() + " files"));
        return matching.start(o, user.id());
    }

    private record Clean(Collected collected, List<CleanDna> dna, Map<String, Map<String, Object>> teeth,
                         List<DviFile.Implant> implants) {
    }

    private Operation participating(EadsUser user, UUID operationId, String what) {
        Operation o = operations.visible(user, operationId);
        if (!DviOperations.mayWork(user) || !o.includes(user.memberCode())) {
            throw new NotAllowedException("Only officers, analysts and supervisors of the members taking part " + what);
        }
        return o;
    }

    private void checkFile(DviFile.Kind kind, UUID operationId, DviFile.Input in, Problems p) {
        p.require(in.number(), "number");
        p.maxLength(in.number(), "number", 50);
        if (in.number() != null && !in.number().isBlank() && store.numberTaken(kind, operationId, in.number().strip())) {
            p.add("number", kind + " file " + in.number().strip() + " exists in this operation");
        }
        if (in.sex() != null && !SEXES.contains(in.sex())) {
            p.add("sex", "is MALE, FEMALE or UNDETERMINED");
        }
        range(in.ageMin(), in.ageMax(), 0, 120, "age", p);
        range(in.statureMinCm(), in.statureMaxCm(), 30, 250, "stature", p);
        if (kind == DviFile.Kind.AM) {
            p.require(in.name(), "name");
            p.maxLength(in.name(), "name", 300);
            Countries.checkOne(in.nationality(), "nationality", p);
        }
    }

    /** A file of an operation the user's member takes part in; audited. */
    public DviFile get(EadsUser user, DviFile.Kind kind, UUID id) {
        DviFile f = visible(user, kind, id);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_VIEW, "DVI_" + kind + "_FILE",
                id.toString()));
        return f;
    }

    /** A file of an operation the user's member takes part in (any for the Secretariat); not audited. */
    DviFile visible(EadsUser user, DviFile.Kind kind, UUID id) {
        DviFile f = store.find(kind, id).orElseThrow(() -> new DviFileNotFoundException(id));
        try {
            operations.visible(user, f.operationId());
        } catch (OperationNotFoundException e) {
            throw new DviFileNotFoundException(id);
        }
        return f;
    }

    public List<DviFile> list(EadsUser user, UUID operationId, DviFile.Kind kind, int page, int size) {
        operations.visible(user, operationId);
        List<DviFile> out = store.of(kind, operationId, page * size, size);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_VIEW, "DVI_" + kind + "_FILE",
                null).withDetails("list of " + out.size() + " in operation " + operationId));
        return out;
    }

    /** Adds a DNA profile to a file; returns its id. */
    @Transactional
    public long addDna(EadsUser user, DviFile.Kind kind, UUID fileId, DnaProfileInput in) {
        DviFile f = writable(user, kind, fileId);
        Problems p = new Problems();
        CleanDna d = checkDna(kind, in, p);
        p.throwIfAny();
        long id = store.addDna(kind, fileId, d.kind(), in.sample(), in.relativeName(), d.relationship(), d.loci(),
                d.dropout(), user.id());
        matching.changed(kind, fileId, f.operationId());
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_CHANGE, "DVI_" + kind + "_FILE",
                fileId.toString()).withDetails("DNA " + d.kind() + ", " + d.loci().size() + " loci, file " + f.number()));
        return id;
    }

    private record CleanDna(DnaProfileInput in, String kind, String relationship, Map<String, List<String>> loci,
                            List<String> dropout) {
    }

    private static CleanDna checkDna(DviFile.Kind kind, DnaProfileInput in, Problems p) {
        if (in == null) {
            p.add("kind", "a profile is required");
            return null;
        }
        String profileKind = in.kind() == null ? null : in.kind().strip().toUpperCase(Locale.ROOT);
        Set<String> kinds = kind == DviFile.Kind.PM ? Set.of("PM_SAMPLE") : Set.of("DIRECT_REFERENCE", "FAMILY_REFERENCE");
        if (profileKind == null || !kinds.contains(profileKind)) {
            p.add("kind", "a " + kind + " file takes " + kinds);
        }
        String relationship = null;
        if ("FAMILY_REFERENCE".equals(profileKind)) {
            try {
                relationship = Relationship.valueOf(String.valueOf(in.relationship()).strip().toUpperCase(Locale.ROOT)).name();
            } catch (IllegalArgumentException e) {
                p.add("relationship", "a family reference names the relationship: " + List.of(Relationship.values()));
            }
        }
        Map<String, List<String>> loci = new TreeMap<>();
        if (in.loci() == null || in.loci().isEmpty()) {
            p.add("loci", "give the alleles of at least one locus");
        } else {
            in.loci().forEach((locus, alleles) -> {
                String l = locus == null ? "" : Loci.canonical(locus);
                if (l.isEmpty() || alleles == null || alleles.isEmpty() || alleles.size() > 2) {
                    p.add("loci." + locus, "one or two alleles");
                    return;
                }
                List<String> canonical = new ArrayList<>();
                for (String a : alleles) {
                    try {
                        canonical.add(Alleles.canonical(a));
                    } catch (IllegalArgumentException e) {
                        p.add("loci." + locus, e.getMessage());
                    }
                }
                loci.put(l, canonical);
            });
        }
        List<String> dropout = new ArrayList<>();
        for (String d : in.dropout() == null ? Set.<String>of() : in.dropout()) {
            String l = Loci.canonical(d);
            if (loci.containsKey(l) && loci.get(l).size() == 1) {
                dropout.add(l);
            } else {
                p.add("dropout", d + " is not a locus of this profile showing one allele");
            }
        }
        return new CleanDna(in, profileKind, relationship, loci, dropout);
    }

    /** A file's DNA profiles as stored; audited. */
    public List<DviFileStore.StoredProfile> dna(EadsUser user, DviFile.Kind kind, UUID fileId) {
        visible(user, kind, fileId);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_VIEW, "DVI_" + kind + "_FILE",
                fileId.toString()).withDetails("DNA profiles"));
        return store.dna(kind, fileId);
    }

    /**
     * Sets a file's dental chart: per FDI tooth number, {@code status} (a {@link ToothStatus}), {@code surfaces}
     * (M, O, D, B, L, I) and {@code material}.
     */
    @Transactional
    public Map<String, Map<String, Object>> chart(EadsUser user, DviFile.Kind kind, UUID fileId, LocalDate recordedOn,
                                                  Map<String, Map<String, Object>> teeth) {
        DviFile f = writable(user, kind, fileId);
        Problems p = new Problems();
        Map<String, Map<String, Object>> clean = checkChart(teeth, p);
        p.throwIfAny();
        store.saveChart(kind, fileId, recordedOn, clean, user.id());
        matching.changed(kind, fileId, f.operationId());
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_CHANGE, "DVI_" + kind + "_FILE",
                fileId.toString()).withDetails("dental chart, " + clean.size() + " teeth"));
        return clean;
    }

    private static Map<String, Map<String, Object>> checkChart(Map<String, Map<String, Object>> teeth, Problems p) {
        Map<String, Map<String, Object>> clean = new TreeMap<>();
        (teeth == null ? Map.<String, Map<String, Object>>of() : teeth).forEach((number, t) -> {
            try {
                Tooth tooth = ToothInput.parse(number, t);
                Map<String, Object> stored = new LinkedHashMap<>();
                stored.put("status", tooth.status().name());
                stored.put("surfaces", tooth.surfaces().stream().map(Enum::name).sorted().toList());
                if (tooth.material() != null) {
                    stored.put("material", tooth.material().name());
                }
                clean.put(Integer.toString(tooth.number()), stored);
            } catch (IllegalArgumentException e) {
                p.add("teeth." + number, e.getMessage());
            }
        });
        return clean;
    }

    /** Sets a file's medical implants; a serial number found on a body and a missing person is strong evidence. */
    @Transactional
    public DviFile implants(EadsUser user, DviFile.Kind kind, UUID fileId, List<DviFile.Implant> implants) {
        DviFile f = writable(user, kind, fileId);
        Problems p = new Problems();
        List<DviFile.Implant> clean = checkImplants(implants, p);
        p.throwIfAny();
        store.setImplants(kind, fileId, clean);
        return changed(user, f, clean.size() + " implants");
    }

    private static List<DviFile.Implant> checkImplants(List<DviFile.Implant> implants, Problems p) {
        List<DviFile.Implant> clean = new ArrayList<>();
        List<DviFile.Implant> given = implants == null ? List.of() : implants;
        for (int i = 0; i < given.size(); i++) {
            DviFile.Implant x = given.get(i);
            String field = "implants[" + i + "]";
            if (x == null || x.kind() == null || x.kind().isBlank()) {
                p.add(field + ".kind", "name the implant: hip prosthesis, pacemaker, plate");
                continue;
            }
            p.maxLength(x.kind(), field + ".kind", 100);
            p.maxLength(x.maker(), field + ".maker", 100);
            p.maxLength(x.serial(), field + ".serial", 100);
            if (x.serial() != null && !x.serial().isBlank() && Sides.serial(x.serial()).isEmpty()) {
                p.add(field + ".serial", "a serial number has letters or digits");
            }
            clean.add(new DviFile.Implant(x.kind().strip(), blankToNull(x.maker()), blankToNull(x.serial())));
        }
        return clean;
    }

    /** Sets a file's marks on the body: tattoos, scars, birthmarks, piercings, amputations. */
    @Transactional
    public DviFile marks(EadsUser user, DviFile.Kind kind, UUID fileId, List<DviFile.Mark> marks) {
        DviFile f = writable(user, kind, fileId);
        Problems p = new Problems();
        List<DviFile.Mark> clean = new ArrayList<>();
        List<DviFile.Mark> given = marks == null ? List.of() : marks;
        for (int i = 0; i < given.size(); i++) {
            DviFile.Mark m = given.get(i);
            String field = "marks[" + i + "]";
            String markKind = code(m == null ? null : m.kind(), DviFile.MARK_KINDS, field + ".kind", p);
            String region = code(m == null ? null : m.region(), DviFile.REGIONS, field + ".region", p);
            if (m == null || m.description() == null || m.description().isBlank()) {
                p.add(field + ".description", "say what it shows: a dragon, the name \"Mai\", an appendectomy scar");
                continue;
            }
            p.maxLength(m.description(), field + ".description", 300);
            clean.add(new DviFile.Mark(markKind, region, m.description().strip()));
        }
        p.throwIfAny();
        store.setMarks(kind, fileId, clean);
        return changed(user, f, clean.size() + " marks");
    }

    /** Sets a file's personal effects, with any engraving, serial or document number. */
    @Transactional
    public DviFile effects(EadsUser user, DviFile.Kind kind, UUID fileId, List<DviFile.Effect> effects) {
        DviFile f = writable(user, kind, fileId);
        Problems p = new Problems();
        List<DviFile.Effect> clean = new ArrayList<>();
        List<DviFile.Effect> given = effects == null ? List.of() : effects;
        for (int i = 0; i < given.size(); i++) {
            DviFile.Effect e = given.get(i);
            String field = "effects[" + i + "]";
            String effectKind = code(e == null ? null : e.kind(), DviFile.EFFECT_KINDS, field + ".kind", p);
            if (e == null || e.description() == null || e.description().isBlank()) {
                p.add(field + ".description", "describe it: gold ring engraved \"A & N 2015\", black Casio watch");
                continue;
            }
            p.maxLength(e.description(), field + ".description", 300);
            p.maxLength(e.identifier(), field + ".identifier", 100);
            clean.add(new DviFile.Effect(effectKind, e.description().strip(), blankToNull(e.identifier())));
        }
        p.throwIfAny();
        store.setEffects(kind, fileId, clean);
        return changed(user, f, clean.size() + " personal effects");
    }

    private DviFile changed(EadsUser user, DviFile f, String what) {
        matching.changed(f.kind(), f.id(), f.operationId());
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_CHANGE,
                "DVI_" + f.kind() + "_FILE", f.id().toString()).withDetails(what));
        return store.find(f.kind(), f.id()).orElseThrow();
    }

    private static String code(String given, List<String> allowed, String field, Problems p) {
        String c = given == null ? "" : given.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        if (!allowed.contains(c)) {
            p.add(field, "is one of " + allowed);
        }
        return c;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A file's dental chart as stored, by FDI number; empty when none. Audited. */
    public Map<String, Map<String, Object>> chartOf(EadsUser user, DviFile.Kind kind, UUID fileId) {
        visible(user, kind, fileId);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_VIEW, "DVI_" + kind + "_FILE",
                fileId.toString()).withDetails("dental chart"));
        return store.chart(kind, fileId).orElse(Map.of());
    }

    /** A file the user may change: of an operation the user's member takes part in, by someone who enters files. */
    DviFile writable(EadsUser user, DviFile.Kind kind, UUID fileId) {
        DviFile f = visible(user, kind, fileId);
        participating(user, f.operationId(), "change files");
        return f;
    }

    private static void range(Integer min, Integer max, int low, int high, String field, Problems p) {
        if (min != null && (min < low || min > high) || max != null && (max < low || max > high)) {
            p.add(field, "must be " + low + " to " + high);
        } else if (min != null && max != null && min > max) {
            p.add(field, "the minimum is more than the maximum");
        }
    }
}
