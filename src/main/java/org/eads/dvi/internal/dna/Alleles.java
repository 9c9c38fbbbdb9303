package org.eads.dvi.internal.dna;

import java.math.BigDecimal;

/** STR allele designations: repeat numbers with an optional microvariant, {@code 9.3}; {@code 9.0} is {@code 9}. */
public final class Alleles {

    private Alleles() {
    }

    /** The allele as one writes it, or IllegalArgumentException when it is not a repeat number. */
    public static String canonical(String allele) {
        try {
            BigDecimal v = new BigDecimal(allele.strip());
            if (v.signum() <= 0 || v.scale() > 1) {
                throw new IllegalArgumentException("'" + allele + "' is not an allele: a repeat number such as 15 or 9.3");
            }
            return v.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + allele + "' is not an allele: a repeat number such as 15 or 9.3");
        }
    }

    /** Repeat units between two alleles (for the stepwise mutation model): 9.3 to 10.3 is one step. */
    public static double steps(String a, String b) {
        return Math.abs(Double.parseDouble(a) - Double.parseDouble(b));
    }
}
