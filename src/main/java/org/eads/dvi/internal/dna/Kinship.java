package org.eads.dvi.internal.dna;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kinship: the likelihood ratio of "the post-mortem profile is the missing person of this family" against "it is an
 * unrelated person of the population", locus by locus, multiplied over loci (see docs/DVI.md for the formulas).
 *
 * <p>Per locus, the pedigree's likelihood is the sum over the genotypes of its untyped persons of the founders'
 * Hardy-Weinberg genotype probabilities times each child's transmission probability. Alleles not seen in the family
 * or the profile are lumped into one "other" allele with the rest of the frequency. A parent passes each of its
 * alleles with probability 1/2, changed by the stepwise mutation model: with probability μ the allele moves one
 * repeat up or down (μ/2 each; a step to an allele not seen goes to "other"), so one mutation lowers the ratio but
 * does not exclude a true parent. Two shortcuts keep the sums small and change nothing: an untyped founder with one
 * child passes a random allele of the population, and untyped persons without typed descendants drop out.
 */
public final class Kinship {

    private static final String OTHER = "other";

    /** The ratio (its log10 too), loci compared, and the loci where the family and the profile hardly fit. */
    public record Result(double lr, double log10Lr, int lociCompared, List<String> inconsistent) {
    }

    private Kinship() {
    }

    /**
     * @param mutationRate μ per transmission and locus, such as 0.002
     */
    public static Result compare(Profile pm, Pedigree family, AlleleFrequencies table, double mutationRate) {
        double log10 = 0;
        int compared = 0;
        List<String> inconsistent = new ArrayList<>();
        for (var e : pm.loci().entrySet()) {
            String locus = e.getKey();
            if (!table.has(locus) || family.persons().stream().noneMatch(p -> p.profile() != null
                    && p.profile().loci().containsKey(locus))) {
                continue;
            }
            compared++;
            Locus l = new Locus(locus, e.getValue(), family, table, mutationRate);
            double related = l.likelihood(true);
            double unrelated = l.likelihood(false) * l.founderProbability(e.getValue());
            double ratio = related / unrelated;
            if (ratio < 1e-3) {
                inconsistent.add(locus);
            }
            log10 += Math.log10(ratio);
        }
        return new Result(Math.pow(10, log10), log10, compared, List.copyOf(inconsistent));
    }

    /** One locus of the comparison. */
    private static final class Locus {
        private final String locus;
        private final Genotype pmGenotype;
        private final Pedigree family;
        private final double mu;
        private final List<String> alleles = new ArrayList<>();
        private final Map<String, Double> frequency = new HashMap<>();
        private final List<String[]> genotypes = new ArrayList<>();

        Locus(String locus, Genotype pm, Pedigree family, AlleleFrequencies table, double mu) {
            this.locus = locus;
            this.pmGenotype = pm;
            this.family = family;
            this.mu = mu;
            Set<String> seen = new LinkedHashSet<>(List.of(pm.a(), pm.b()));
            for (Pedigree.Person p : family.persons()) {
                Genotype g = typed(p);
                if (g != null) {
                    seen.add(g.a());
                    seen.add(g.b());
                }
            }
            double sum = 0;
            for (String a : seen) {
                double f = table.of(locus, a);
                alleles.add(a);
                frequency.put(a, f);
                sum += f;
            }
            // The table's other alleles, lumped; never below the minimum so that a full table cannot zero it.
            frequency.put(OTHER, Math.max(table.minimum(), 1 - sum));
            alleles.add(OTHER);
            double total = frequency.values().stream().mapToDouble(Double::doubleValue).sum();
            frequency.replaceAll((a, f) -> f / total);
            for (int i = 0; i < alleles.size(); i++) {
                for (int j = i; j < alleles.size(); j++) {
                    genotypes.add(new String[] {alleles.get(i), alleles.get(j)});
                }
            }
        }

        private Genotype typed(Pedigree.Person p) {
            return p.profile() == null ? null : p.profile().loci().get(locus);
        }

        double founderProbability(Genotype g) {
            double pa = frequency.get(g.a());
            return g.homozygous() ? pa * pa : 2 * pa * frequency.get(g.b());
        }

        /** The family's likelihood, with the missing person typed as the profile or not. */
        double likelihood(boolean missingIsPm) {
            Map<String, String[]> known = new HashMap<>();
            for (Pedigree.Person p : family.persons()) {
                Genotype g = p.id().equals(family.missing()) ? (missingIsPm ? pmGenotype : null) : typed(p);
                if (g != null) {
                    known.put(p.id(), new String[] {g.a(), g.b()});
                }
            }
            List<Pedigree.Person> kept = relevant(known.keySet());
            Set<String> gametes = new HashSet<>();
            List<Pedigree.Person> free = new ArrayList<>();
            for (Pedigree.Person p : kept) {
                if (known.containsKey(p.id())) {
                    continue;
                }
                long children = kept.stream().filter(c -> p.id().equals(c.father()) || p.id().equals(c.mother()))
                        .count();
                if (p.father() == null && children == 1) {
                    gametes.add(p.id());
                } else {
                    free.add(p);
                }
            }
            return sum(kept, known, gametes, free, 0);
        }

        /** The persons that matter: typed ones and their ancestors; untyped ones without typed descendants drop out. */
        private List<Pedigree.Person> relevant(Set<String> typed) {
            Set<String> keep = new HashSet<>();
            for (Pedigree.Person p : family.persons()) {
                if (typed.contains(p.id())) {
                    mark(p, keep);
                }
            }
            return family.persons().stream().filter(p -> keep.contains(p.id())).toList();
        }

        private void mark(Pedigree.Person p, Set<String> keep) {
            if (p == null || !keep.add(p.id())) {
                return;
            }
            if (p.father() != null) {
                mark(family.get(p.father()), keep);
                mark(family.get(p.mother()), keep);
            }
        }

        private double sum(List<Pedigree.Person> kept, Map<String, String[]> known, Set<String> gametes,
                           List<Pedigree.Person> free, int next) {
            if (next == free.size()) {
                return product(kept, known, gametes);
            }
            double total = 0;
            String id = free.get(next).id();
            for (String[] g : genotypes) {
                known.put(id, g);
                total += sum(kept, known, gametes, free, next + 1);
            }
            known.remove(id);
            return total;
        }

        private double product(List<Pedigree.Person> kept, Map<String, String[]> known, Set<String> gametes) {
            double p = 1;
            for (Pedigree.Person person : kept) {
                if (gametes.contains(person.id())) {
                    continue;
                }
                String[] g = known.get(person.id());
                if (person.father() == null) {
                    p *= g[0].equals(g[1]) ? frequency.get(g[0]) * frequency.get(g[0])
                            : 2 * frequency.get(g[0]) * frequency.get(g[1]);
                } else {
                    p *= transmission(g, parent(person.father(), known, gametes), parent(person.mother(), known, gametes));
                }
                if (p == 0) {
                    return 0;
                }
            }
            return p;
        }

        /** A parent's genotype, or null for a random gamete of the population. */
        private static String[] parent(String id, Map<String, String[]> known, Set<String> gametes) {
            return gametes.contains(id) ? null : known.get(id);
        }

        private double transmission(String[] child, String[] father, String[] mother) {
            double p = passes(father, child[0]) * passes(mother, child[1]);
            if (!child[0].equals(child[1])) {
                p += passes(father, child[1]) * passes(mother, child[0]);
            }
            return p;
        }

        /** The probability that a parent passes this allele (a random parent: its frequency). */
        private double passes(String[] parent, String allele) {
            if (parent == null) {
                return frequency.get(allele);
            }
            return (mutate(parent[0], allele) + mutate(parent[1], allele)) / 2;
        }

        /** Stepwise mutation: one repeat up or down with probability μ/2 each; "other" stays "other". */
        private double mutate(String from, String to) {
            if (from.equals(OTHER)) {
                return to.equals(OTHER) ? 1 : 0;
            }
            if (from.equals(to)) {
                return 1 - mu;
            }
            int present = 0;
            for (String a : alleles) {
                if (!a.equals(OTHER) && Alleles.steps(from, a) == 1.0) {
                    present++;
                }
            }
            if (to.equals(OTHER)) {
                return mu / 2 * (2 - present);
            }
            return Alleles.steps(from, to) == 1.0 ? mu / 2 : 0;
        }
    }
}
