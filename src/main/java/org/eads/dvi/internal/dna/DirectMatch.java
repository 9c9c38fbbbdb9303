package org.eads.dvi.internal.dna;

import java.util.ArrayList;
import java.util.List;

/**
 * A post-mortem profile against a direct reference of the missing person (a toothbrush, a razor, a stored sample):
 * the likelihood ratio of "same person" against "an unrelated person of the population", locus by locus, with the
 * NRC II (1996) recommendation 4.10 match probabilities under a population-structure correction theta:
 * <ul>
 *   <li>homozygote AA: [2θ + (1−θ)p<sub>A</sub>][3θ + (1−θ)p<sub>A</sub>] / [(1+θ)(1+2θ)]</li>
 *   <li>heterozygote AB: 2[θ + (1−θ)p<sub>A</sub>][θ + (1−θ)p<sub>B</sub>] / [(1+θ)(1+2θ)]</li>
 * </ul>
 * and LR = 1 / match probability. A locus whose genotypes differ excludes, unless the post-mortem locus is flagged
 * for dropout and its allele is one of the reference's: then the locus counts with the probability that an
 * unrelated person carries that allele, 1 − (1 − p)<sup>2</sup>, which makes no claim about the lost allele.
 */
public final class DirectMatch {

    /** The comparison: the likelihood ratio (0 when excluded), loci compared, and the loci that exclude. */
    public record Result(double lr, double log10Lr, int lociCompared, List<String> excluding) {

        public boolean excluded() {
            return !excluding.isEmpty();
        }
    }

    private DirectMatch() {
    }

    public static Result compare(Profile pm, Profile reference, AlleleFrequencies table, double theta) {
        double log10 = 0;
        int compared = 0;
        List<String> excluding = new ArrayList<>();
        for (var e : pm.loci().entrySet()) {
            String locus = e.getKey();
            Genotype q = e.getValue();
            Genotype r = reference.loci().get(locus);
            if (r == null || !table.has(locus)) {
                continue;
            }
            compared++;
            if (q.equals(r)) {
                log10 -= Math.log10(matchProbability(q, locus, table, theta));
            } else if (pm.mayHaveDropout(locus) && q.homozygous() && r.has(q.a())) {
                double p = table.of(locus, q.a());
                log10 -= Math.log10(1 - (1 - p) * (1 - p));
            } else {
                excluding.add(locus);
            }
        }
        return excluding.isEmpty() ? new Result(Math.pow(10, log10), log10, compared, List.of())
                : new Result(0, Double.NEGATIVE_INFINITY, compared, List.copyOf(excluding));
    }

    /** The probability that an unrelated person of the population has the genotype (NRC II 4.10). */
    public static double matchProbability(Genotype g, String locus, AlleleFrequencies table, double theta) {
        double pa = table.of(locus, g.a());
        double denominator = (1 + theta) * (1 + 2 * theta);
        if (g.homozygous()) {
            return (2 * theta + (1 - theta) * pa) * (3 * theta + (1 - theta) * pa) / denominator;
        }
        double pb = table.of(locus, g.b());
        return 2 * (theta + (1 - theta) * pa) * (theta + (1 - theta) * pb) / denominator;
    }
}
