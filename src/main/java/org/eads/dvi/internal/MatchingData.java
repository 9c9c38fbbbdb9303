package org.eads.dvi.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eads.dvi.DviFile;
import org.eads.dvi.internal.dental.DentalChart;
import org.eads.dvi.internal.dental.Tooth;
import org.eads.dvi.internal.dental.ToothStatus;
import org.eads.dvi.internal.dna.FamilyReferences;
import org.eads.dvi.internal.dna.Genotype;
import org.eads.dvi.internal.dna.Profile;
import org.eads.dvi.internal.dna.Relationship;
import org.eads.dvi.internal.matching.Sides;
import org.springframework.stereotype.Component;

/** Reads an operation's files as matching compares them. */
@Component
public class MatchingData {

    private static final int PAGE = 100_000;

    private final DviFileStore store;

    MatchingData(DviFileStore store) {
        this.store = store;
    }

    public Sides.Body body(DviFile f) {
        List<DviFileStore.StoredProfile> dna = store.dna(DviFile.Kind.PM, f.id());
        return body(f, dna, store.chart(DviFile.Kind.PM, f.id()).orElse(null));
    }

    /** Every body of the operation. */
    public List<Sides.Body> bodies(UUID operation) {
        Map<UUID, List<DviFileStore.StoredProfile>> dna = store.dnaOfOperation(DviFile.Kind.PM, operation);
        Map<UUID, Map<String, Map<String, Object>>> charts = store.chartsOfOperation(DviFile.Kind.PM, operation);
        List<Sides.Body> out = new ArrayList<>();
        for (DviFile f : store.of(DviFile.Kind.PM, operation, 0, PAGE)) {
            out.add(body(f, dna.getOrDefault(f.id(), List.of()), charts.get(f.id())));
        }
        return out;
    }

    private static Sides.Body body(DviFile f, List<DviFileStore.StoredProfile> dna, Map<String, Map<String, Object>> chart) {
        return new Sides.Body(f.id(), f.number(), dna.isEmpty() ? null : profile(dna.getFirst()),
                chart == null ? null : chart(chart), f.sex(), new Sides.Range(f.ageMin(), f.ageMax()),
                new Sides.Range(f.statureMinCm(), f.statureMaxCm()), serials(f), f.marks(), f.effects());
    }

    private static Set<String> serials(DviFile f) {
        Set<String> out = new HashSet<>();
        f.implants().stream().map(DviFile.Implant::serial).filter(s -> s != null && !s.isBlank())
                .forEach(s -> out.add(Sides.serial(s)));
        return out;
    }

    /** Every missing person of the operation. */
    public List<Sides.Missing> missing(UUID operation) {
        Map<UUID, List<DviFileStore.StoredProfile>> dna = store.dnaOfOperation(DviFile.Kind.AM, operation);
        Map<UUID, Map<String, Map<String, Object>>> charts = store.chartsOfOperation(DviFile.Kind.AM, operation);
        List<Sides.Missing> out = new ArrayList<>();
        for (DviFile f : store.of(DviFile.Kind.AM, operation, 0, PAGE)) {
            out.add(missing(f, dna.getOrDefault(f.id(), List.of()), charts.get(f.id())));
        }
        return out;
    }

    public Sides.Missing missing(DviFile f) {
        return missing(f, store.dna(DviFile.Kind.AM, f.id()), store.chart(DviFile.Kind.AM, f.id()).orElse(null));
    }

    private static Sides.Missing missing(DviFile f, List<DviFileStore.StoredProfile> dna,
                                         Map<String, Map<String, Object>> chart) {
        Profile direct = null;
        List<FamilyReferences.Reference> family = new ArrayList<>();
        for (DviFileStore.StoredProfile p : dna) {
            if (p.kind().equals("DIRECT_REFERENCE") && direct == null) {
                direct = profile(p);
            } else if (p.kind().equals("FAMILY_REFERENCE")) {
                family.add(new FamilyReferences.Reference(Relationship.valueOf(p.relationship()), profile(p)));
            }
        }
        return new Sides.Missing(f.id(), f.number(), f.name(), direct, List.copyOf(family),
                chart == null ? null : chart(chart), f.sex(), new Sides.Range(f.ageMin(), f.ageMax()),
                new Sides.Range(f.statureMinCm(), f.statureMaxCm()), serials(f), f.marks(), f.effects());
    }

    static Profile profile(DviFileStore.StoredProfile stored) {
        Map<String, Genotype> loci = new LinkedHashMap<>();
        stored.loci().forEach((locus, alleles) -> loci.put(locus,
                new Genotype(alleles.get(0), alleles.size() > 1 ? alleles.get(1) : alleles.get(0))));
        return new Profile(loci, new HashSet<>(stored.dropout()));
    }

    @SuppressWarnings("unchecked")
    static DentalChart chart(Map<String, Map<String, Object>> teeth) {
        List<Tooth> out = new ArrayList<>();
        teeth.forEach((number, t) -> {
            Set<Tooth.Surface> surfaces = EnumSet.noneOf(Tooth.Surface.class);
            ((List<String>) t.getOrDefault("surfaces", List.of())).forEach(x -> surfaces.add(Tooth.Surface.valueOf(x)));
            Object material = t.get("material");
            int n = Integer.parseInt(number);
            out.add(new Tooth(n, ToothStatus.valueOf((String) t.get("status")), surfaces,
                    material == null ? null : Tooth.Material.valueOf((String) material)));
        });
        return new DentalChart(out);
    }
}
