package org.eads.dvi.internal.dna;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A DNA profile: a genotype per locus. A locus in {@code dropout} showed one allele in a degraded sample where the
 * other may have dropped out: its genotype is that allele twice, and a second allele elsewhere does not exclude.
 */
public record Profile(Map<String, Genotype> loci, Set<String> dropout) {

    public Profile {
        Map<String, Genotype> copy = new LinkedHashMap<>();
        loci.forEach((locus, g) -> copy.put(Loci.canonical(locus), g));
        loci = Map.copyOf(copy);
        dropout = dropout == null ? Set.of() : Set.copyOf(dropout.stream().map(Loci::canonical).toList());
    }

    public static Profile of(Map<String, Genotype> loci) {
        return new Profile(loci, Set.of());
    }

    public boolean mayHaveDropout(String locus) {
        return dropout.contains(Loci.canonical(locus));
    }
}
