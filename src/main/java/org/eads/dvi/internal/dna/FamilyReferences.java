package org.eads.dvi.internal.dna;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the pedigree of a missing person from the family's reference samples and their stated relationships:
 * parents, full siblings (children of the same two parents, typed or not), half siblings (sharing the father's
 * place, with an untyped other parent), grandparents (parents of the father's place), children (with the spouse as
 * their other parent, typed or not). The missing person is "MP".
 */
public final class FamilyReferences {

    /** A reference sample of a relative. */
    public record Reference(Relationship relationship, Profile profile) {
    }

    private FamilyReferences() {
    }

    public static Pedigree pedigree(List<Reference> references) {
        Pedigree p = new Pedigree("MP");
        List<Profile> grandparents = of(references, Relationship.GRANDPARENT);
        Profile father = first(references, Relationship.FATHER);
        Profile mother = first(references, Relationship.MOTHER);
        List<Profile> siblings = of(references, Relationship.FULL_SIBLING);
        List<Profile> halves = of(references, Relationship.HALF_SIBLING);
        List<Profile> children = of(references, Relationship.CHILD);
        boolean parents = father != null || mother != null || !siblings.isEmpty() || !halves.isEmpty()
                || !grandparents.isEmpty();
        if (!grandparents.isEmpty()) {
            p.person("G1", null, null, grandparents.get(0))
                    .person("G2", null, null, grandparents.size() > 1 ? grandparents.get(1) : null)
                    .person("F", "G1", "G2", father);
        } else if (parents) {
            p.person("F", null, null, father);
        }
        if (parents) {
            p.person("M", null, null, mother).person("MP", "F", "M", null);
        } else {
            p.person("MP", null, null, null);
        }
        for (int i = 0; i < siblings.size(); i++) {
            p.person("B" + i, "F", "M", siblings.get(i));
        }
        for (int i = 0; i < halves.size(); i++) {
            p.person("HM" + i, null, null, null).person("H" + i, "F", "HM" + i, halves.get(i));
        }
        if (!children.isEmpty()) {
            p.person("S", null, null, first(references, Relationship.SPOUSE));
            for (int i = 0; i < children.size(); i++) {
                p.person("C" + i, "MP", "S", children.get(i));
            }
        }
        return p;
    }

    /** The chance that a family states a reference's relationship wrongly (or gives another person's sample). */
    public static final double MISSTATED = 0.02;
    /** What a misstated reference may really be: each relationship, or no relative at all. */
    private static final List<Relationship> TRULY = List.of(Relationship.FATHER, Relationship.MOTHER,
            Relationship.CHILD, Relationship.FULL_SIBLING, Relationship.HALF_SIBLING, Relationship.GRANDPARENT);

    /**
     * Kinship allowing that one stated relationship may be wrong: a mixture over the stated pedigree, with weight
     * (1 − ε)<sup>k</sup> for k references, and every pedigree with one reference k changed to another relationship
     * or to no relative (then its genotypes count at their population frequency), each with weight
     * (1 − ε)<sup>k−1</sup> ε / 7:
     * LR = Σ w<sub>m</sub> P(relatives, profile | m) / [P(profile) Σ w<sub>m</sub> P(relatives | m)].
     * Pedigrees with two fathers, two mothers or more than two grandparents are left out.
     *
     * @return the ratio, and whether a changed pedigree explains the family better than the stated one
     */
    public static Mixture mixture(Profile pm, List<Reference> references, AlleleFrequencies table, double mutationRate) {
        int k = (int) references.stream().filter(r -> r.relationship() != Relationship.SPOUSE).count();
        double right = Math.log10(1 - MISSTATED);
        double wrong = (k - 1) * right + Math.log10(MISSTATED / (TRULY.size() + 1));
        List<double[]> models = new ArrayList<>();
        Kinship.Result stated = Kinship.compare(pm, pedigree(references), table, mutationRate);
        models.add(new double[] {k * right + stated.log10Related(), k * right + stated.log10Relatives()});
        for (int j = 0; j < references.size(); j++) {
            Reference r = references.get(j);
            if (r.relationship() == Relationship.SPOUSE) {
                continue;
            }
            for (Relationship truly : TRULY) {
                List<Reference> changed = new ArrayList<>(references);
                changed.set(j, new Reference(truly, r.profile()));
                if (truly == r.relationship() || !possible(changed)) {
                    continue;
                }
                Kinship.Result x = Kinship.compare(pm, pedigree(changed), table, mutationRate);
                models.add(new double[] {wrong + x.log10Related(), wrong + x.log10Relatives()});
            }
            List<Reference> without = new ArrayList<>(references);
            without.remove(j);
            double frequencies = populationLog10(r.profile(), table);
            double related = frequencies;
            double relatives = frequencies;
            if (without.stream().anyMatch(x -> x.relationship() != Relationship.SPOUSE)) {
                Kinship.Result x = Kinship.compare(pm, pedigree(without), table, mutationRate);
                related += x.log10Related();
                relatives += x.log10Relatives();
            }
            models.add(new double[] {wrong + related, wrong + relatives});
        }
        boolean doubted = false;
        for (double[] m : models.subList(1, models.size())) {
            doubted |= m[0] > models.getFirst()[0];
        }
        double log10 = sumLog10(models, 0) - sumLog10(models, 1);
        return new Mixture(new Kinship.Result(Math.pow(10, log10), log10, stated.lociCompared(), stated.inconsistent(),
                sumLog10(models, 0), sumLog10(models, 1)), doubted);
    }

    /** A mixture's ratio and whether a stated relationship is doubted. */
    public record Mixture(Kinship.Result result, boolean doubted) {
    }

    private static boolean possible(List<Reference> references) {
        return of(references, Relationship.FATHER).size() <= 1 && of(references, Relationship.MOTHER).size() <= 1
                && of(references, Relationship.GRANDPARENT).size() <= 2;
    }

    /** log10 of a profile's Hardy-Weinberg probability. */
    private static double populationLog10(Profile p, AlleleFrequencies table) {
        double sum = 0;
        for (var e : p.loci().entrySet()) {
            if (table.has(e.getKey())) {
                Genotype g = e.getValue();
                double a = table.of(e.getKey(), g.a());
                sum += Math.log10(g.homozygous() ? a * a : 2 * a * table.of(e.getKey(), g.b()));
            }
        }
        return sum;
    }

    /** log10 of Σ 10^x over one column, skipping impossible models. */
    private static double sumLog10(List<double[]> models, int column) {
        double max = models.stream().mapToDouble(m -> m[column]).filter(Double::isFinite).max()
                .orElse(Double.NEGATIVE_INFINITY);
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (double[] m : models) {
            if (Double.isFinite(m[column])) {
                sum += Math.pow(10, m[column] - max);
            }
        }
        return max + Math.log10(sum);
    }

    private static List<Profile> of(List<Reference> references, Relationship r) {
        List<Profile> out = new ArrayList<>();
        references.stream().filter(x -> x.relationship() == r).forEach(x -> out.add(x.profile()));
        return out;
    }

    private static Profile first(List<Reference> references, Relationship r) {
        List<Profile> all = of(references, r);
        return all.isEmpty() ? null : all.get(0);
    }
}
