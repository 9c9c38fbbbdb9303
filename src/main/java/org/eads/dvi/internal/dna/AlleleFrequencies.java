package org.eads.dvi.internal.dna;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A population's STR allele frequencies, locus by locus. An allele the table does not list, or lists below the
 * minimum, counts at the minimum frequency, so that a rare allele never makes a match look impossible.
 */
public final class AlleleFrequencies {

    private final String name;
    private final double minimum;
    private final Map<String, Map<String, Double>> loci;

    public AlleleFrequencies(String name, double minimum, Map<String, Map<String, Double>> loci) {
        this.name = name;
        this.minimum = minimum;
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        loci.forEach((locus, alleles) -> copy.put(Loci.canonical(locus), Map.copyOf(alleles)));
        this.loci = Collections.unmodifiableMap(copy);
    }

    /**
     * Reads the table format: a line with a locus name, then one {@code allele<TAB>frequency} line per allele; blank
     * lines between loci.
     *
     * @throws IllegalArgumentException naming the line that is wrong
     */
    public static AlleleFrequencies read(String name, double minimum, Reader text) throws IOException {
        Map<String, Map<String, Double>> loci = new LinkedHashMap<>();
        Map<String, Double> current = null;
        BufferedReader in = new BufferedReader(text);
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            String[] parts = l.split("\\s+");
            if (parts.length == 2 && Character.isDigit(parts[0].charAt(0))) {
                if (current == null) {
                    throw new IllegalArgumentException("line " + n + ": an allele before any locus name");
                }
                try {
                    double f = Double.parseDouble(parts[1]);
                    if (f <= 0 || f > 1) {
                        throw new IllegalArgumentException("line " + n + ": a frequency is more than 0 and at most 1");
                    }
                    current.put(Alleles.canonical(parts[0]), f);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("line " + n + ": '" + parts[1] + "' is not a frequency");
                }
            } else {
                current = new LinkedHashMap<>();
                loci.put(l, current);
            }
        }
        return new AlleleFrequencies(name, minimum, loci);
    }

    public String name() {
        return name;
    }

    public double minimum() {
        return minimum;
    }

    public Set<String> loci() {
        return loci.keySet();
    }

    public boolean has(String locus) {
        return loci.containsKey(Loci.canonical(locus));
    }

    /** The allele's frequency at the locus, at least the minimum. */
    public double of(String locus, String allele) {
        Map<String, Double> alleles = loci.get(Loci.canonical(locus));
        Double f = alleles == null ? null : alleles.get(Alleles.canonical(allele));
        return f == null ? minimum : Math.max(minimum, f);
    }

    /** The alleles the table lists at a locus, with their frequencies. */
    public Map<String, Double> alleles(String locus) {
        return loci.getOrDefault(Loci.canonical(locus), Map.of());
    }
}
