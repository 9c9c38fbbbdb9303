package org.eads.dvi.internal.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.eads.dvi.internal.dental.DentalComparison;
import org.eads.dvi.internal.dna.AlleleFrequencies;
import org.eads.dvi.internal.dna.DirectMatch;
import org.eads.dvi.internal.dna.FamilyReferences;
import org.eads.dvi.internal.dna.Kinship;
import org.eads.dvi.internal.dna.Pedigree;

/**
 * Compares bodies with the missing persons of an operation: DNA against the direct reference when there is one,
 * else against the family through its pedigree; dental charts; fingerprint decisions; implant serial numbers; sex,
 * age and stature. Each pair gets its evidence and assessment; lists rank by proposed status (excluded last), then
 * by posterior odds.
 *
 * <p>Built once per operation's missing persons, it screens before it computes: direct references through a
 * genotype index, families by a pairwise score, so that the exact pedigree likelihood is computed for the
 * {@value #KINSHIP_EXACT} best-scoring families of a body only; the other families keep the screening score as
 * their estimate (they rank far below). The best candidates of a list are always computed in full.
 */
public final class Matcher {

    /** Families per body (or bodies per family) whose kinship ratio is computed exactly. */
    static final int KINSHIP_EXACT = 25;
    /**
     * Loci that fit the stated pedigree badly before the ratio allows for a misstated relationship (one mutation is
     * expected now and then; two misfits, or a locus the pedigree cannot explain at all, suggest a wrong one).
     */
    static final int MISFIT_LOCI = 2;

    /** The DNA settings of an operation and how many persons are missing. */
    public record Settings(AlleleFrequencies table, double theta, double mutationRate, int missingPersons) {
    }

    /**
     * One missing person as a candidate for a body.
     *
     * @param dnaKind direct, kinship, or kinship screening (the screening score stands in for the exact ratio)
     */
    public record Candidate(UUID bodyId, String bodyNumber, UUID missingId, String number, String name,
                            String dnaKind, Integer dnaLoci, DentalComparison.Result dental, Evidence evidence,
                            Assessment assessment) {
    }

    private record Dna(String kind, Double log10Lr, Integer loci) {
        static final Dna NONE = new Dna(null, null, null);
    }

    private final List<Sides.Missing> missing;
    private final Settings settings;
    private final DnaScreen screen;
    private final Pedigree[] pedigrees;

    private Matcher(List<Sides.Missing> missing, Settings settings) {
        this.missing = List.copyOf(missing);
        this.settings = settings;
        this.screen = new DnaScreen(this.missing, settings.table());
        this.pedigrees = new Pedigree[this.missing.size()];
        for (int i = 0; i < pedigrees.length; i++) {
            Sides.Missing m = this.missing.get(i);
            pedigrees[i] = m.direct() == null && !m.family().isEmpty() ? FamilyReferences.pedigree(m.family()) : null;
        }
    }

    public static Matcher of(List<Sides.Missing> missing, Settings settings) {
        return new Matcher(missing, settings);
    }

    public List<Sides.Missing> missing() {
        return missing;
    }

    public Settings settings() {
        return settings;
    }

    /** One body against one missing person, in full. */
    public static Candidate compare(Sides.Body body, Sides.Missing missing, Settings s, Evidence.Fingerprints decision) {
        Matcher m = of(List.of(missing), s);
        return m.full(body, 0, decision);
    }

    /**
     * The best {@code limit} candidates for a body, computed in full, best first.
     *
     * @param decisions the examiners' fingerprint decisions for this body, by missing person
     */
    public List<Candidate> rank(Sides.Body body, Map<UUID, Evidence.Fingerprints> decisions, int limit) {
        int n = missing.size();
        byte[] direct = body.dna() == null ? new byte[n] : screen.direct(body.dna(), n);
        double[] kin = body.dna() == null ? null : screen.kinshipScores(body.dna(), n);
        boolean[] exact = best(kin, KINSHIP_EXACT);
        List<Candidate> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Dna dna = body.dna() == null ? Dna.NONE : dna(body, i, direct[i], kin[i], exact[i]);
            all.add(candidate(body, i, dna, decisions.get(missing.get(i).id()), false));
        }
        all.sort(BEST_FIRST);
        List<Candidate> top = new ArrayList<>();
        for (Candidate c : all.subList(0, Math.min(limit, n))) {
            int i = indexOf(c.missingId());
            top.add(full(body, i, decisions.get(c.missingId())));
        }
        top.sort(BEST_FIRST);
        return top;
    }

    /**
     * Every body against one of this matcher's missing persons (by index), in the bodies' order, without the
     * per-tooth dental details; the {@value #KINSHIP_EXACT} bodies that score best against the family get the
     * exact kinship ratio.
     */
    public List<Candidate> against(List<Sides.Body> bodies, int index, Map<UUID, Evidence.Fingerprints> decisions) {
        int n = missing.size();
        double[] kin = new double[bodies.size()];
        byte[] direct = new byte[bodies.size()];
        for (int b = 0; b < bodies.size(); b++) {
            Sides.Body body = bodies.get(b);
            kin[b] = body.dna() == null ? Double.NaN : screen.kinshipScores(body.dna(), n)[index];
            direct[b] = body.dna() == null ? DnaScreen.NOT_COMPARED : screen.direct(body.dna(), n)[index];
        }
        boolean[] exact = best(kin, KINSHIP_EXACT);
        List<Candidate> out = new ArrayList<>(bodies.size());
        for (int b = 0; b < bodies.size(); b++) {
            Sides.Body body = bodies.get(b);
            Dna dna = body.dna() == null ? Dna.NONE : dna(body, index, direct[b], kin[b], exact[b]);
            out.add(candidate(body, index, dna, decisions.get(body.id()), false));
        }
        return out;
    }

    private int indexOf(UUID missingId) {
        return IntStream.range(0, missing.size()).filter(i -> missing.get(i).id().equals(missingId)).findFirst()
                .orElseThrow();
    }

    /** Marks the {@code count} highest scores (NaN never). */
    private static boolean[] best(double[] scores, int count) {
        if (scores == null) {
            return new boolean[0];
        }
        boolean[] out = new boolean[scores.length];
        List<Integer> scored = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isNaN(scores[i])) {
                scored.add(i);
            }
        }
        scored.sort(Comparator.comparingDouble((Integer i) -> -scores[i]));
        scored.subList(0, Math.min(count, scored.size())).forEach(i -> out[i] = true);
        return out;
    }

    private Candidate full(Sides.Body body, int i, Evidence.Fingerprints decision) {
        Dna dna = Dna.NONE;
        if (body.dna() != null) {
            byte direct = screen.direct(body.dna(), missing.size())[i];
            dna = dna(body, i, direct, Double.NaN, true);
        }
        return candidate(body, i, dna, decision, true);
    }

    private Dna dna(Sides.Body body, int i, byte direct, double kinScore, boolean exactKinship) {
        Sides.Missing m = missing.get(i);
        if (m.direct() != null) {
            if (direct == DnaScreen.NOT_COMPARED) {
                return Dna.NONE;
            }
            if (direct == DnaScreen.DIFFERS) {
                return new Dna("direct", Double.NEGATIVE_INFINITY, null);
            }
            DirectMatch.Result r = DirectMatch.compare(body.dna(), m.direct(), settings.table(), settings.theta());
            return new Dna("direct", r.log10Lr(), r.lociCompared());
        }
        if (pedigrees[i] == null) {
            return Dna.NONE;
        }
        if (!exactKinship) {
            return Double.isNaN(kinScore) ? Dna.NONE : new Dna("kinship screening", kinScore, null);
        }
        Kinship.Result r = Kinship.compare(body.dna(), pedigrees[i], settings.table(), settings.mutationRate());
        if (r.lociCompared() == 0) {
            return Dna.NONE;
        }
        String kind = "kinship";
        if ((Double.isNaN(r.log10Lr()) || r.lr() == 0 || r.inconsistent().size() >= MISFIT_LOCI)
                && (Double.isNaN(kinScore) || kinScore > 0)) {
            FamilyReferences.Mixture mixture = FamilyReferences.mixture(body.dna(), m.family(), settings.table(),
                    settings.mutationRate());
            r = mixture.result();
            kind = mixture.doubted() ? "kinship, a stated relationship doubted" : kind;
        }
        if (Double.isNaN(r.log10Lr())) {
            return Dna.NONE;
        }
        return new Dna(kind, r.lr() == 0 ? Double.NEGATIVE_INFINITY : r.log10Lr(), r.lociCompared());
    }

    private Candidate candidate(Sides.Body body, int i, Dna dna, Evidence.Fingerprints decision, boolean details) {
        Sides.Missing m = missing.get(i);
        DentalComparison.Result dental = body.dental() == null || m.dental() == null ? null
                : details ? DentalComparison.compare(m.dental(), body.dental())
                : DentalComparison.summary(m.dental(), body.dental());
        boolean sexConflict = body.sex() != null && m.sex() != null && !"UNDETERMINED".equals(body.sex())
                && !"UNDETERMINED".equals(m.sex()) && !body.sex().equals(m.sex());
        boolean implant = !Collections.disjoint(body.implants(), m.implants());
        MarksAndEffects.Result marks = MarksAndEffects.compare(body.marks(), body.effects(), m.marks(), m.effects());
        Evidence e = new Evidence(dna.log10Lr(), dental, decision, new Evidence.Secondary(sexConflict,
                body.age().overlaps(m.age()), body.stature().overlaps(m.stature()), implant, marks.log10Lr(),
                marks.matches()));
        return new Candidate(body.id(), body.number(), m.id(), m.number(), m.name(), dna.kind(), dna.loci(), dental, e,
                Assessment.of(e, settings.missingPersons()));
    }

    /** By proposed status (strong, probable, insufficient, excluded), then by posterior odds. */
    public static final Comparator<Candidate> BEST_FIRST = Comparator
            .comparing((Candidate c) -> c.assessment().status())
            .thenComparing(c -> -c.assessment().log10PosteriorOdds())
            .thenComparing(Candidate::number);
}
