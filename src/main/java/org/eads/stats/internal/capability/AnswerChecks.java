package org.eads.stats.internal.capability;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eads.records.Problems;
import org.eads.stats.CapabilityAssessment.Answer;
import org.eads.stats.CapabilityAssessment.AnswerInput;
import org.eads.stats.CapabilityDimension;

/**
 * The checks on a self-assessment's answers. Saving refuses what can never be right (an unknown crime area, a score
 * outside 0-4, a text too long), so a draft keeps whatever else the member has written; what a submission still
 * needs (every score, evidence for every 3 and 4) is listed as outstanding and stops the submission.
 * <p>
 * Problems name the answer as {@code CRIME_AREA.DIMENSION.field} (such as {@code TERRORISM.LEGISLATION.evidence}),
 * the names of the form's fields.
 */
public final class AnswerChecks {

    public static final int MAX_EVIDENCE = 4_000;
    public static final int MAX_TRAINING_NEED = 2_000;
    /** The lowest score that needs evidence: a member claiming a capability says what it is. */
    public static final int EVIDENCE_FROM = 3;

    private AnswerChecks() {
    }

    /** The field name of an answer's part, such as {@code TERRORISM.LEGISLATION.score}. */
    public static String field(String crimeArea, CapabilityDimension dimension, String part) {
        return crimeArea + "." + dimension.name() + "." + part;
    }

    /** The answers given, cleaned (texts stripped, blanks as none); every mistake is thrown at once. */
    public static List<Answer> read(List<AnswerInput> inputs, CrimeAreasInForce.Version version, int year) {
        Problems p = new Problems();
        List<Answer> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            AnswerInput in = inputs.get(i);
            String at = "answers[" + i + "]";
            if (in == null) {
                p.add(at, "is empty: give crimeArea, dimension and score");
                continue;
            }
            String area = in.crimeArea() == null ? null : in.crimeArea().strip().toUpperCase(Locale.ROOT);
            CapabilityDimension dimension = dimension(in.dimension());
            boolean known = true;
            if (area == null || area.isEmpty()) {
                p.add(at + ".crimeArea", "is required: one of " + version.codes());
                known = false;
            } else if (!version.includes(area)) {
                p.add(at + ".crimeArea", "'" + in.crimeArea() + "' is not a crime area in force for " + year
                        + ": one of " + version.codes());
                known = false;
            }
            if (dimension == null) {
                p.add(at + ".dimension", (in.dimension() == null || in.dimension().isBlank() ? "is required"
                        : "'" + in.dimension() + "' is not a dimension") + ": one of "
                        + List.of(CapabilityDimension.values()));
                known = false;
            }
            if (!known) {
                continue;
            }
            String name = version.name(area) + ", " + dimension.label().toLowerCase(Locale.ROOT);
            if (!seen.add(area + "." + dimension)) {
                p.add(field(area, dimension, "score"), name + " is answered twice: give it once");
            }
            if (in.score() != null && (in.score() < 0 || in.score() > CapabilityDimension.MAX_SCORE)) {
                p.add(field(area, dimension, "score"), name + ": " + in.score()
                        + " is not a score: give 0 (none) to 4 (fully in place)");
            }
            String evidence = text(in.evidence());
            String need = text(in.trainingNeed());
            if (evidence != null && evidence.length() > MAX_EVIDENCE) {
                p.add(field(area, dimension, "evidence"), name + ": the evidence must be at most " + MAX_EVIDENCE
                        + " characters");
            }
            if (need != null && need.length() > MAX_TRAINING_NEED) {
                p.add(field(area, dimension, "trainingNeed"), name + ": the training need must be at most "
                        + MAX_TRAINING_NEED + " characters");
            }
            out.add(new Answer(area, dimension, in.score(), evidence, need));
        }
        p.throwIfAny();
        return out;
    }

    /** What still stops the answers from being submitted: a missing score, a 3 or 4 without evidence. */
    public static List<Problems.FieldProblem> outstanding(List<Answer> answers, CrimeAreasInForce.Version version) {
        Problems p = new Problems();
        for (var area : version.areas()) {
            for (CapabilityDimension d : CapabilityDimension.values()) {
                Answer a = answers.stream().filter(x -> x.crimeArea().equals(area.code()) && x.dimension() == d)
                        .findFirst().orElse(null);
                String name = area.name() + ", " + d.label().toLowerCase(Locale.ROOT);
                if (a == null || a.score() == null) {
                    p.add(field(area.code(), d, "score"), name + ": choose a score from 0 (none) to 4 (fully in place)");
                } else if (a.score() >= EVIDENCE_FROM && a.evidence() == null) {
                    p.add(field(area.code(), d, "evidence"), name + ": a score of " + a.score()
                            + " needs evidence: say what is in place (the law, unit, course, laboratory, system or "
                            + "agreement) and where it can be checked");
                }
            }
        }
        return p.list();
    }

    private static CapabilityDimension dimension(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return CapabilityDimension.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
