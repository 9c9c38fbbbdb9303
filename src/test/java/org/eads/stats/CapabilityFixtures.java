package org.eads.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eads.stats.CapabilityAssessment.AnswerInput;

/**
 * Answers for the capability tests. Each test works on a year of its own (the tests share one database, and the
 * matrix of a year counts every member), taken from the years before any test of the classification adds versions.
 */
final class CapabilityFixtures {

    private CapabilityFixtures() {
    }

    /** Every crime area of the assessment on every dimension at one score, with evidence where a 3 or 4 needs it. */
    static List<AnswerInput> everything(CapabilityAssessment a, int score) {
        return everything(a, score, Map.of());
    }

    /**
     * Every crime area on every dimension at one score, except the answers given as "CRIME_AREA.DIMENSION" to a
     * score; evidence wherever a 3 or 4 needs it.
     */
    static List<AnswerInput> everything(CapabilityAssessment a, int score, Map<String, Integer> except) {
        return everything(a.crimeAreas().stream().map(CapabilityAssessment.Area::code).toList(), score, except,
                Map.of());
    }

    /** The same for the crime areas given, with training needs as "CRIME_AREA.DIMENSION" to a note. */
    static List<AnswerInput> everything(List<String> crimeAreas, int score, Map<String, Integer> except,
                                        Map<String, String> trainingNeeds) {
        List<AnswerInput> out = new ArrayList<>();
        for (String area : crimeAreas) {
            for (CapabilityDimension d : CapabilityDimension.values()) {
                String key = area + "." + d.name();
                int s = except.getOrDefault(key, score);
                out.add(new AnswerInput(area, d.name(), s, s >= 3 ? "In place: see the annual report" : null,
                        trainingNeeds.get(key)));
            }
        }
        return out;
    }

    static AnswerInput answer(String crimeArea, CapabilityDimension dimension, Integer score, String evidence,
                              String trainingNeed) {
        return new AnswerInput(crimeArea, dimension.name(), score, evidence, trainingNeed);
    }
}
