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
import org.eads.dvi.internal.dental.Tooth;
import org.eads.dvi.internal.dental.ToothStatus;
import org.eads.dvi.internal.dna.Alleles;
import org.eads.dvi.internal.dna.Loci;
import org.eads.dvi.internal.dna.Relationship;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.records.Countries;
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
    private final AuditLog audit;

    public DviFiles(DviOperations operations, DviFileStore store, AuditLog audit) {
        this.operations = operations;
        this.store = store;
        this.audit = audit;
    }

    @Transactional
    public DviFile create(EadsUser user, UUID operationId, DviFile.Kind kind, DviFile.Input in) {
        Operation o = operations.visible(user, operationId);
        if (!DviOperations.mayWork(user) || !o.includes(user.memberCode())) {
            throw new NotAllowedException("Only officers, analysts and supervisors of the members taking part enter files");
        }
        Problems p = new Problems();
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
        p.throwIfAny();
        UUID id = UUID.randomUUID();
        store.insert(id, kind, operationId, user.memberCode(), in, user.id());
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_CHANGE, "DVI_" + kind + "_FILE",
                id.toString()).withDetails("entered " + in.number().strip() + " in operation " + operationId));
        return store.find(kind, id).orElseThrow();
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
        p.throwIfAny();
        long id = store.addDna(kind, fileId, profileKind, in.sample(), in.relativeName(), relationship, loci,
                dropout, user.id());
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_CHANGE, "DVI_" + kind + "_FILE",
                fileId.toString()).withDetails("DNA " + profileKind + ", " + loci.size() + " loci, file " + f.number()));
        return id;
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
        writable(user, kind, fileId);
        Problems p = new Problems();
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
        p.throwIfAny();
        store.saveChart(kind, fileId, recordedOn, clean, user.id());
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_CHANGE, "DVI_" + kind + "_FILE",
                fileId.toString()).withDetails("dental chart, " + clean.size() + " teeth"));
        return clean;
    }

    /** A file's dental chart as stored, by FDI number; empty when none. Audited. */
    public Map<String, Map<String, Object>> chartOf(EadsUser user, DviFile.Kind kind, UUID fileId) {
        visible(user, kind, fileId);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_VIEW, "DVI_" + kind + "_FILE",
                fileId.toString()).withDetails("dental chart"));
        return store.chart(kind, fileId).orElse(Map.of());
    }

    private DviFile writable(EadsUser user, DviFile.Kind kind, UUID fileId) {
        DviFile f = visible(user, kind, fileId);
        Operation o = operations.visible(user, f.operationId());
        if (!DviOperations.mayWork(user) || !o.includes(user.memberCode())) {
            throw new NotAllowedException("Only officers, analysts and supervisors of the members taking part change files");
        }
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
