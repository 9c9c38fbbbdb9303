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

    /**
     * The ratio (its log10 too), loci compared, and the loci where the family and the profile hardly fit; and the two
     * sums the ratio divides, which a mixture over pedigrees needs: log10 of P(relatives, profile | the profile is the
     * missing person) / P(profile) and log10 of P(relatives), over every locus typed. The ratio is NaN when the
     * relatives' profiles contradict the pedigree itself (P(relatives) = 0).
     */
    public record Result(double lr, double log10Lr, int lociCompared, List<String> inconsistent, double log10Related,
                         double log10Relatives) {
    }

    private Kinship() {
    }

    /**
     * @param mutationRate μ per transmission and locus, such as 0.002
     */
    public static Result compare(Profile pm, Pedigree family, AlleleFrequencies table, double mutationRate) {
        double related = 0;
        double relatives = 0;
        int compared = 0;
        List<String> inconsistent = new ArrayList<>();
        Set<String> loci = new LinkedHashSet<>();
        family.persons().stream().filter(p -> p.profile() != null).forEach(p -> loci.addAll(p.profile().loci().keySet()));
        for (String locus : loci) {
            if (!table.has(locus)) {
                continue;
            }
            Genotype g = pm.loci().get(locus);
            Locus l = new Locus(locus, g, family, table, mutationRate);
            double without = l.likelihood(false);
            relatives += Math.log10(without);
            if (g == null) {
                related += Math.log10(without);
                continue;
            }
            compared++;
            double with = l.likelihood(true) / l.founderProbability(g);
            related += Math.log10(with);
            if (with < 1e-3 * without) {
                inconsistent.add(locus);
            }
        }
        double log10 = related - relatives;
        return new Result(Math.pow(10, log10), log10, compared, List.copyOf(inconsistent), related, relatives);
    }

    /**
     * One locus of the comparison, with alleles as indices (the last is "other"), the transmission probabilities
     * M(from → to) computed once, and the pedigree's persons as array positions.
     */
    private static final class Locus {
        private final String locus;
        private final Genotype pmGenotype;
        private final Pedigree family;
        private final List<String> alleles = new ArrayList<>();
        private final double[] frequency;
        private final double[][] mutation;
        private final int[][] genotypes;

        Locus(String locus, Genotype pm, Pedigree family, AlleleFrequencies table, double mu) {
            this.locus = locus;
            this.pmGenotype = pm;
            this.family = family;
            Set<String> seen = new LinkedHashSet<>();
            if (pm != null) {
                seen.add(pm.a());
                seen.add(pm.b());
            }
            for (Pedigree.Person p : family.persons()) {
                Genotype g = typed(p);
                if (g != null) {
                    seen.add(g.a());
                    seen.add(g.b());
                }
            }
            alleles.addAll(seen);
            int n = alleles.size() + 1;
            frequency = new double[n];
            double sum = 0;
            for (int i = 0; i < alleles.size(); i++) {
                frequency[i] = table.of(locus, alleles.get(i));
                sum += frequency[i];
            }
            // The table's other alleles, lumped; never below the minimum so that a full table cannot zero it.
            frequency[n - 1] = Math.max(table.minimum(), 1 - sum);
            double total = sum + frequency[n - 1];
            for (int i = 0; i < n; i++) {
                frequency[i] /= total;
            }
            mutation = mutation(mu, n);
            genotypes = new int[n * (n + 1) / 2][];
            int k = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i; j < n; j++) {
                    genotypes[k++] = new int[] {i, j};
                }
            }
        }

        /** Stepwise mutation: one repeat up or down with probability μ/2 each; a step to an allele not seen is "other". */
        private double[][] mutation(double mu, int n) {
            int other = n - 1;
            double[][] m = new double[n][n];
            m[other][other] = 1;
            for (int from = 0; from < other; from++) {
                int neighbours = 0;
                for (int to = 0; to < other; to++) {
                    if (to == from) {
                        m[from][to] = 1 - mu;
                    } else if (Alleles.steps(alleles.get(from), alleles.get(to)) == 1.0) {
                        m[from][to] = mu / 2;
                        neighbours++;
                    }
                }
                m[from][other] = mu / 2 * (2 - neighbours);
            }
            return m;
        }

        private Genotype typed(Pedigree.Person p) {
            return p.profile() == null ? null : p.profile().loci().get(locus);
        }

        private int[] indices(Genotype g) {
            return new int[] {alleles.indexOf(g.a()), alleles.indexOf(g.b())};
        }

        double founderProbability(Genotype g) {
            int[] x = indices(g);
            return x[0] == x[1] ? frequency[x[0]] * frequency[x[0]] : 2 * frequency[x[0]] * frequency[x[1]];
        }

        /** The family's likelihood, with the missing person typed as the profile or not. */
        double likelihood(boolean missingIsPm) {
            Map<String, int[]> known = new HashMap<>();
            for (Pedigree.Person p : family.persons()) {
                Genotype g = p.id().equals(family.missing()) ? (missingIsPm ? pmGenotype : null) : typed(p);
                if (g != null) {
                    known.put(p.id(), indices(g));
                }
            }
            List<Pedigree.Person> kept = relevant(known.keySet());
            Map<String, Integer> position = new HashMap<>();
            for (int i = 0; i < kept.size(); i++) {
                position.put(kept.get(i).id(), i);
            }
            int size = kept.size();
            int[][] genotype = new int[size][];
            int[] father = new int[size];
            int[] mother = new int[size];
            boolean[] gamete = new boolean[size];
            List<Integer> free = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                Pedigree.Person p = kept.get(i);
                father[i] = p.father() == null ? -1 : position.get(p.father());
                mother[i] = p.mother() == null ? -1 : position.get(p.mother());
                genotype[i] = known.get(p.id());
                if (genotype[i] == null) {
                    long children = kept.stream().filter(c -> p.id().equals(c.father()) || p.id().equals(c.mother()))
                            .count();
                    if (p.father() == null && children == 1) {
                        gamete[i] = true;
                    } else {
                        free.add(i);
                    }
                }
            }
            return sum(genotype, father, mother, gamete, free.stream().mapToInt(Integer::intValue).toArray(), 0);
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

        private double sum(int[][] genotype, int[] father, int[] mother, boolean[] gamete, int[] free, int next) {
            if (next == free.length) {
                return product(genotype, father, mother, gamete);
            }
            double total = 0;
            for (int[] g : genotypes) {
                genotype[free[next]] = g;
                total += sum(genotype, father, mother, gamete, free, next + 1);
            }
            genotype[free[next]] = null;
            return total;
        }

        private double product(int[][] genotype, int[] father, int[] mother, boolean[] gamete) {
            double p = 1;
            for (int i = 0; i < genotype.length; i++) {
                if (gamete[i]) {
                    continue;
                }
                int[] g = genotype[i];
                if (father[i] < 0) {
                    p *= g[0] == g[1] ? frequency[g[0]] * frequency[g[0]] : 2 * frequency[g[0]] * frequency[g[1]];
                } else {
                    int[] f = gamete[father[i]] ? null : genotype[father[i]];
                    int[] m = gamete[mother[i]] ? null : genotype[mother[i]];
                    double t = passes(f, g[0]) * passes(m, g[1]);
                    if (g[0] != g[1]) {
                        t += passes(f, g[1]) * passes(m, g[0]);
                    }
                    p *= t;
                }
                if (p == 0) {
                    return 0;
                }
            }
            return p;
        }

        /** The probability that a parent passes this allele (a random parent, null: its frequency). */
        private double passes(int[] parent, int allele) {
            if (parent == null) {
                return frequency[allele];
            }
            return (mutation[parent[0]][allele] + mutation[parent[1]][allele]) / 2;
        }
    }
}
