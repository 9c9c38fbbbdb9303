package org.eads.dvi.internal.dna;

/** The two alleles a person has at a locus, the smaller first; a homozygote has the same one twice. */
public record Genotype(String a, String b) {

    public Genotype {
        a = Alleles.canonical(a);
        b = Alleles.canonical(b);
        if (Double.parseDouble(a) > Double.parseDouble(b)) {
            String t = a;
            a = b;
            b = t;
        }
    }

    public boolean homozygous() {
        return a.equals(b);
    }

    public boolean has(String allele) {
        return a.equals(allele) || b.equals(allele);
    }
}
