package org.eads.screening.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eads.screening.LabelledNamePairs;
import org.eads.screening.LabelledNamePairs.Pair;
import org.eads.screening.LabelledNamePairs.Tally;
import org.junit.jupiter.api.Test;

/**
 * Recall and precision of {@link NameSimilarity} over the labelled pairs in {@code screening/name-pairs.tsv} ({@link LabelledNamePairs}), so
 * that a change to a rule file or a score that loses matches or adds false hits fails the build.
 */
class NamePairsEvaluationTest {

    /** Score from which a candidate is reported as a possible match of the query. */
    static final double THRESHOLD = 0.80;

    private final NameNormalizer normalizer = new NameNormalizer();
    private final NameSimilarity similarity = new NameSimilarity();

    @Test
    void recallAndPrecisionOverTheLabelledPairs() {
        List<Pair> pairs = LabelledNamePairs.load();
        Tally all = new Tally();
        Tally thaiScript = new Tally();
        Tally burmeseScript = new Tally();
        Map<String, Tally> byCulture = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        double[] scores = new double[pairs.size()];
        for (int p = 0; p < pairs.size(); p++) {
            Pair pair = pairs.get(p);
            NormalizedName query = normalizer.normalize(pair.query());
            NameComparison comparison = similarity.compare(query, normalizer.normalize(pair.candidate()));
            scores[p] = comparison.score();
            boolean found = comparison.score() >= THRESHOLD;
            all.add(pair.match(), found);
            byCulture.computeIfAbsent(pair.culture(), c -> new Tally()).add(pair.match(), found);
            if (pair.match() != found) {
                errors.add("%s %s: %s | %s -> %.3f %s".formatted(pair.match() ? "MISSED" : "FALSE HIT",
                        pair.culture(), pair.query(), pair.candidate(), comparison.score(), comparison.explanation()));
            }
            if (pair.match() && query.scripts().contains(UScript.THAI)) {
                thaiScript.add(true, found);
            }
            if (pair.match() && query.scripts().contains(UScript.MYANMAR)) {
                burmeseScript.add(true, found);
            }
        }
        double recall = all.recall();
        double precision = all.precision();
        errors.forEach(System.out::println);
        byCulture.forEach((culture, tally) -> System.out.printf("%-11s %s%n", culture, tally));
        for (double threshold = 0.70; threshold < 0.96; threshold += 0.05) {
            Tally at = new Tally();
            for (int p = 0; p < pairs.size(); p++) {
                at.add(pairs.get(p).match(), scores[p] >= threshold - 1e-9);
            }
            System.out.printf("at %.2f: recall=%.3f precision=%.3f%n", threshold, at.recall(), at.precision());
        }
        System.out.printf("pairs=%d threshold=%.2f recall=%.3f precision=%.3f thai_script_recall=%.3f (%s)"
                + " burmese_script_recall=%.3f (%s)%n", pairs.size(), THRESHOLD, recall, precision,
                thaiScript.recall(), thaiScript, burmeseScript.recall(), burmeseScript);

        assertThat(recall).isGreaterThanOrEqualTo(0.95);
        assertThat(precision).isGreaterThanOrEqualTo(0.90);
    }
}
