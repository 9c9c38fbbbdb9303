package org.eads.dvi;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A DNA profile as entered: kind PM_SAMPLE (of a body), DIRECT_REFERENCE (the missing person's toothbrush, razor or
 * stored sample) or FAMILY_REFERENCE (a relative, with the relationship the family stated); per locus one or two
 * alleles (one: a homozygote, or with the locus in {@code dropout} a possibly lost second allele).
 */
public record DnaProfileInput(String kind, String sample, String relativeName, String relationship,
                              Map<String, List<String>> loci, Set<String> dropout) {

    /** The 20 CODIS core loci, as a typing kit covers them. */
    public static final List<String> CODIS_CORE_LOCI = org.eads.dvi.internal.dna.Loci.CODIS_20;
}
