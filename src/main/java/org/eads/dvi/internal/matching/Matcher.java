package org.eads.dvi.internal.matching;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.eads.dvi.internal.dental.DentalComparison;
import org.eads.dvi.internal.dna.AlleleFrequencies;
import org.eads.dvi.internal.dna.DirectMatch;
import org.eads.dvi.internal.dna.FamilyReferences;
import org.eads.dvi.internal.dna.Kinship;

/**
 * Compares a body with missing persons: DNA against the direct reference when there is one, else against the family
 * through its pedigree; dental charts; sex, age and stature. Each pair gets its evidence and assessment, and the list
 * is ranked: excluded pairs last, then by posterior odds.
 */
public final class Matcher {

    /** The DNA settings of an operation and how many persons are missing. */
    public record Settings(AlleleFrequencies table, double theta, double mutationRate, int missingPersons) {
    }

    /** One missing person as a candidate for a body. */
    public record Candidate(UUID missingId, String number, String name, String dnaKind, Integer dnaLoci,
                            DentalComparison.Result dental, Evidence evidence, Assessment assessment) {
    }

    private Matcher() {
    }

    public static Candidate compare(Sides.Body body, Sides.Missing missing, Settings s) {
        Double dna = null;
        String dnaKind = null;
        Integer loci = null;
        if (body.dna() != null && missing.direct() != null) {
            DirectMatch.Result r = DirectMatch.compare(body.dna(), missing.direct(), s.table(), s.theta());
            if (r.lociCompared() > 0) {
                dna = r.log10Lr();
                dnaKind = "direct";
                loci = r.lociCompared();
            }
        } else if (body.dna() != null && !missing.family().isEmpty()) {
            Kinship.Result r = Kinship.compare(body.dna(), FamilyReferences.pedigree(missing.family()), s.table(),
                    s.mutationRate());
            if (r.lociCompared() > 0) {
                dna = r.lr() == 0 ? Double.NEGATIVE_INFINITY : r.log10Lr();
                dnaKind = "kinship";
                loci = r.lociCompared();
            }
        }
        DentalComparison.Result dental = body.dental() != null && missing.dental() != null
                ? DentalComparison.compare(missing.dental(), body.dental()) : null;
        boolean sexConflict = body.sex() != null && missing.sex() != null && !"UNDETERMINED".equals(body.sex())
                && !"UNDETERMINED".equals(missing.sex()) && !body.sex().equals(missing.sex());
        Evidence e = new Evidence(dna, dental, null, new Evidence.Secondary(sexConflict,
                body.age().overlaps(missing.age()), body.stature().overlaps(missing.stature()), false));
        return new Candidate(missing.id(), missing.number(), missing.name(), dnaKind, loci, dental, e,
                Assessment.of(e, s.missingPersons()));
    }

    /** Every missing person against the body, best first. */
    public static List<Candidate> rank(Sides.Body body, List<Sides.Missing> missing, Settings s) {
        return missing.stream().map(m -> compare(body, m, s)).sorted(BEST_FIRST).toList();
    }

    static final Comparator<Candidate> BEST_FIRST = Comparator
            .comparing((Candidate c) -> c.assessment().status() == Assessment.Status.EXCLUDED)
            .thenComparing(c -> -c.assessment().log10PosteriorOdds())
            .thenComparing(Candidate::number);
}
