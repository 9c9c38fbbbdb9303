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
        return new Sides.Body(f.id(), f.number(), dna.isEmpty() ? null : profile(dna.getFirst()),
                store.chart(DviFile.Kind.PM, f.id()).map(MatchingData::chart).orElse(null), f.sex(),
                new Sides.Range(f.ageMin(), f.ageMax()), new Sides.Range(f.statureMinCm(), f.statureMaxCm()));
    }

    /** Every missing person of the operation. */
    public List<Sides.Missing> missing(UUID operation) {
        Map<UUID, List<DviFileStore.StoredProfile>> dna = store.dnaOfOperation(DviFile.Kind.AM, operation);
        Map<UUID, Map<String, Map<String, Object>>> charts = store.chartsOfOperation(DviFile.Kind.AM, operation);
        List<Sides.Missing> out = new ArrayList<>();
        for (DviFile f : store.of(DviFile.Kind.AM, operation, 0, PAGE)) {
            Profile direct = null;
            List<FamilyReferences.Reference> family = new ArrayList<>();
            for (DviFileStore.StoredProfile p : dna.getOrDefault(f.id(), List.of())) {
                if (p.kind().equals("DIRECT_REFERENCE") && direct == null) {
                    direct = profile(p);
                } else if (p.kind().equals("FAMILY_REFERENCE")) {
                    family.add(new FamilyReferences.Reference(Relationship.valueOf(p.relationship()), profile(p)));
                }
            }
            Map<String, Map<String, Object>> chart = charts.get(f.id());
            out.add(new Sides.Missing(f.id(), f.number(), f.name(), direct, List.copyOf(family),
                    chart == null ? null : chart(chart), f.sex(), new Sides.Range(f.ageMin(), f.ageMax()),
                    new Sides.Range(f.statureMinCm(), f.statureMaxCm())));
        }
        return out;
    }

    static Profile profile(DviFileStore.StoredProfile stored) {
        Map<String, Genotype> loci = new LinkedHashMap<>();
        stored.loci().forEach((locus, alleles) -> loci.put(locus,
                new Genotype(alleles.get(0), alleles.size() > 1 ? alleles.get(1) : alleles.get(0))));
        return new Profile(loci, new HashSet<>(stored.dropout()));
    }

    @SuppressWarnings("unchecked")
    static DentalChart chart(Map<String, Map<String, Object>> teeth) {
        Map<Integer, Tooth> out = new LinkedHashMap<>();
        teeth.forEach((number, t) -> {
            Set<Tooth.Surface> surfaces = EnumSet.noneOf(Tooth.Surface.class);
            ((List<String>) t.getOrDefault("surfaces", List.of())).forEach(x -> surfaces.add(Tooth.Surface.valueOf(x)));
            Object material = t.get("material");
            int n = Integer.parseInt(number);
            out.put(n, new Tooth(n, ToothStatus.valueOf((String) t.get("status")), surfaces,
                    material == null ? null : Tooth.Material.valueOf((String) material)));
        });
        return new DentalChart(out);
    }
}
