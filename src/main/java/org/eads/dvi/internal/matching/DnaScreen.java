package org.eads.dvi.internal.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eads.dvi.internal.dna.AlleleFrequencies;
import org.eads.dvi.internal.dna.FamilyReferences;
import org.eads.dvi.internal.dna.Genotype;
import org.eads.dvi.internal.dna.Profile;
import org.eads.dvi.internal.dna.Relationship;

/**
 * The missing persons' DNA laid out so that one profile is screened against thousands in milliseconds, before the
 * exact likelihood ratios are computed for the few that can matter.
 *
 * <ul>
 *   <li>Direct references: an index from each locus's genotype (and allele, for loci flagged for dropout) to the
 *   references that have it; a reference passes when every locus both profiles have agrees, the only ones that
 *   {@link org.eads.dvi.internal.dna.DirectMatch} does not exclude.</li>
 *   <li>Family references: each relative's pairwise likelihood ratio with the profile under the stated
 *   relationship's identity-by-descent coefficients (k<sub>0</sub>, k<sub>1</sub>, k<sub>2</sub>), per locus
 *   k<sub>0</sub> + [k<sub>1</sub>·P(Y | X shares one allele) + k<sub>2</sub>·[X = Y]] / P(Y), at least
 *   10<sup>−3</sup> so that a mutation does not rule a family out. A stated relationship may be wrong: the
 *   relative's score is the better of the stated relationship's log10 ratio and that of another class of
 *   relationship (or none) less log10 of ε / 7, the prior odds of that mistake. The family's score is the sum of
 *   its relatives' scores. Only the best-scoring families get the exact pedigree likelihood.</li>
 * </ul>
 */
final class DnaScreen {

    /** A locus ratio is never below this in screening (a mutation or a typing error). */
    private static final double FLOOR = 1e-3;
    /** A locus the profile does not have. */
    private static final int NOT_TYPED = -2;
    /** An allele no missing person's reference has. */
    private static final int UNSEEN = -1;

    private final String[] loci;
    private final Map<String, Integer> locusIndex = new HashMap<>();
    private final List<Map<String, Integer>> codes = new ArrayList<>();
    private final List<double[]> frequencies = new ArrayList<>();
    private final AlleleFrequencies table;

    private final int[] directOwner;
    private final long[] directMask;
    private final List<Map<Long, int[]>> byGenotype = new ArrayList<>();
    private final List<Map<Integer, int[]>> byAllele = new ArrayList<>();

    /** Identity-by-descent classes: parent or child, full sibling, half sibling or grandparent. */
    private static final double[][] IBD = {{0, 1, 0}, {0.25, 0.5, 0.25}, {0.5, 0.5, 0}};
    /** log10 of the prior odds that a stated relationship is another one (or none). */
    private static final double MISSTATED = Math.log10(FamilyReferences.MISSTATED / 7);

    private final int[] relativeOwner;
    private final int[] relativeClass;
    private final int[][] relativeA;
    private final int[][] relativeB;
    private final double[][] inverseGenotypeProbability;

    DnaScreen(List<Sides.Missing> missing, AlleleFrequencies table) {
        this.table = table;
        this.loci = table.loci().toArray(String[]::new);
        if (loci.length > Long.SIZE) {
            throw new IllegalArgumentException("a frequency table of more than 64 loci");
        }
        for (int l = 0; l < loci.length; l++) {
            locusIndex.put(loci[l], l);
            codes.add(new HashMap<>());
            frequencies.add(new double[0]);
        }
        List<Integer> owners = new ArrayList<>();
        List<Profile> direct = new ArrayList<>();
        List<Integer> relOwners = new ArrayList<>();
        List<FamilyReferences.Reference> relatives = new ArrayList<>();
        for (int i = 0; i < missing.size(); i++) {
            Sides.Missing m = missing.get(i);
            if (m.direct() != null) {
                owners.add(i);
                direct.add(m.direct());
            } else {
                for (FamilyReferences.Reference r : m.family()) {
                    if (r.relationship() != Relationship.SPOUSE) {
                        relOwners.add(i);
                        relatives.add(r);
                    }
                }
            }
        }
        directOwner = owners.stream().mapToInt(Integer::intValue).toArray();
        directMask = new long[direct.size()];
        List<Map<Long, List<Integer>>> genotypeLists = new ArrayList<>();
        List<Map<Integer, List<Integer>>> alleleLists = new ArrayList<>();
        for (int l = 0; l < loci.length; l++) {
            genotypeLists.add(new HashMap<>());
            alleleLists.add(new HashMap<>());
        }
        for (int d = 0; d < direct.size(); d++) {
            int ref = d;
            for (var e : direct.get(d).loci().entrySet()) {
                Integer l = locusIndex.get(e.getKey());
                if (l == null) {
                    continue;
                }
                directMask[d] |= 1L << l;
                int a = code(l, e.getValue().a());
                int b = code(l, e.getValue().b());
                genotypeLists.get(l).computeIfAbsent(key(a, b), k -> new ArrayList<>()).add(ref);
                alleleLists.get(l).computeIfAbsent(a, k -> new ArrayList<>()).add(ref);
                if (b != a) {
                    alleleLists.get(l).computeIfAbsent(b, k -> new ArrayList<>()).add(ref);
                }
            }
        }
        for (int l = 0; l < loci.length; l++) {
            Map<Long, int[]> g = new HashMap<>();
            genotypeLists.get(l).forEach((k, v) -> g.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
            byGenotype.add(g);
            Map<Integer, int[]> a = new HashMap<>();
            alleleLists.get(l).forEach((k, v) -> a.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
            byAllele.add(a);
        }
        relativeOwner = relOwners.stream().mapToInt(Integer::intValue).toArray();
        relativeClass = new int[relatives.size()];
        relativeA = new int[relatives.size()][loci.length];
        relativeB = new int[relatives.size()][loci.length];
        inverseGenotypeProbability = new double[relatives.size()][loci.length];
        for (int r = 0; r < relatives.size(); r++) {
            relativeClass[r] = ibdClass(relatives.get(r).relationship());
            Arrays.fill(relativeA[r], NOT_TYPED);
            Arrays.fill(relativeB[r], NOT_TYPED);
            for (var e : relatives.get(r).profile().loci().entrySet()) {
                Integer l = locusIndex.get(e.getKey());
                if (l != null) {
                    relativeA[r][l] = code(l, e.getValue().a());
                    relativeB[r][l] = code(l, e.getValue().b());
                }
            }
        }
        for (int l = 0; l < loci.length; l++) {
            double[] f = new double[codes.get(l).size()];
            String locus = loci[l];
            codes.get(l).forEach((allele, c) -> f[c] = table.of(locus, allele));
            frequencies.set(l, f);
        }
        for (int r = 0; r < relatives.size(); r++) {
            for (int l = 0; l < loci.length; l++) {
                int a = relativeA[r][l];
                if (a != NOT_TYPED) {
                    double[] f = frequencies.get(l);
                    int b = relativeB[r][l];
                    inverseGenotypeProbability[r][l] = 1 / (a == b ? f[a] * f[a] : 2 * f[a] * f[b]);
                }
            }
        }
    }

    /** The class of (k0, k1, k2), the probabilities that a relative shares no, one or two alleles by descent. */
    private static int ibdClass(Relationship r) {
        return switch (r) {
            case FATHER, MOTHER, CHILD -> 0;
            case FULL_SIBLING -> 1;
            case HALF_SIBLING, GRANDPARENT -> 2;
            case SPOUSE -> throw new IllegalArgumentException("a spouse is no blood relative");
        };
    }

    private int code(int locus, String allele) {
        return codes.get(locus).computeIfAbsent(allele, a -> codes.get(locus).size());
    }

    private static long key(int a, int b) {
        return Math.min(a, b) * (1L << 32) + Math.max(a, b);
    }

    /** A profile's alleles as this screen's codes. */
    private int[][] encode(Profile p) {
        int[][] out = new int[2][loci.length];
        Arrays.fill(out[0], NOT_TYPED);
        Arrays.fill(out[1], NOT_TYPED);
        for (var e : p.loci().entrySet()) {
            Integer l = locusIndex.get(e.getKey());
            if (l != null) {
                Genotype g = e.getValue();
                out[0][l] = codes.get(l).getOrDefault(g.a(), UNSEEN);
                out[1][l] = codes.get(l).getOrDefault(g.b(), UNSEEN);
            }
        }
        return out;
    }

    /** A direct reference's screening: no locus shared with the profile, all shared loci agree, or one differs. */
    static final byte NOT_COMPARED = 0;
    static final byte AGREES = 1;
    static final byte DIFFERS = -1;

    /**
     * Per missing person (by index) with a direct reference, whether it agrees with the profile at every locus both
     * have ({@link #AGREES}); a locus flagged for dropout agrees when the reference has its allele.
     */
    byte[] direct(Profile pm, int missingCount) {
        byte[] out = new byte[missingCount];
        if (directOwner.length == 0) {
            return out;
        }
        int[][] x = encode(pm);
        long mask = 0;
        int[] agreeing = new int[directOwner.length];
        for (int l = 0; l < loci.length; l++) {
            if (x[0][l] == NOT_TYPED) {
                continue;
            }
            mask |= 1L << l;
            int[] refs = pm.mayHaveDropout(loci[l])
                    ? byAllele.get(l).get(x[0][l])
                    : x[0][l] == UNSEEN || x[1][l] == UNSEEN ? null : byGenotype.get(l).get(key(x[0][l], x[1][l]));
            if (refs != null) {
                for (int r : refs) {
                    agreeing[r]++;
                }
            }
        }
        for (int d = 0; d < directOwner.length; d++) {
            int shared = Long.bitCount(mask & directMask[d]);
            out[directOwner[d]] = shared == 0 ? NOT_COMPARED : agreeing[d] == shared ? AGREES : DIFFERS;
        }
        return out;
    }

    /** The screening score (log10) of each missing person with family references; NaN for the others. */
    double[] kinshipScores(Profile pm, int missingCount) {
        double[] score = new double[missingCount];
        Arrays.fill(score, Double.NaN);
        if (relativeOwner.length == 0) {
            return score;
        }
        int[][] x = encode(pm);
        double[] product = new double[IBD.length];
        for (int r = 0; r < relativeOwner.length; r++) {
            java.util.Arrays.fill(product, 1);
            for (int l = 0; l < loci.length; l++) {
                int y1 = relativeA[r][l];
                int x1 = x[0][l];
                if (y1 == NOT_TYPED || x1 == NOT_TYPED) {
                    continue;
                }
                int y2 = relativeB[r][l];
                int x2 = x[1][l];
                double[] f = frequencies.get(l);
                double shared = (transmitted(x1, y1, y2, f) + transmitted(x2, y1, y2, f)) / 2
                        * inverseGenotypeProbability[r][l];
                double identical = x1 == y1 && x2 == y2 ? inverseGenotypeProbability[r][l] : 0;
                for (int c = 0; c < IBD.length; c++) {
                    product[c] *= Math.max(FLOOR, IBD[c][0] + IBD[c][1] * shared + IBD[c][2] * identical);
                }
            }
            double stated = Math.log10(product[relativeClass[r]]);
            double other = 0;
            for (int c = 0; c < IBD.length; c++) {
                if (c != relativeClass[r]) {
                    other = Math.max(other, Math.log10(product[c]));
                }
            }
            double sum = Math.max(stated, other + MISSTATED);
            int owner = relativeOwner[r];
            score[owner] = Double.isNaN(score[owner]) ? sum : score[owner] + sum;
        }
        return score;
    }

    /** The probability that a relative Y = (y1, y2) has genotype Y given it received allele x and a random one. */
    private static double transmitted(int x, int y1, int y2, double[] f) {
        if (x == UNSEEN) {
            return 0;
        }
        if (y1 == y2) {
            return x == y1 ? f[y1] : 0;
        }
        return (x == y1 ? f[y2] : 0) + (x == y2 ? f[y1] : 0);
    }

    AlleleFrequencies table() {
        return table;
    }
}
