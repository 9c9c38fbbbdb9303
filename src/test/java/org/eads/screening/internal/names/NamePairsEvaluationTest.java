package org.eads.screening.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eads.screening.LabelledNamePairs;
import org.eads.screening.LabelledNamePairs.Pair;
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
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        int thaiScript = 0;
        int thaiScriptFound = 0;
        int burmeseScript = 0;
        int burmeseScriptFound = 0;
        Map<String, int[]> byCulture = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        double[] scores = new double[pairs.size()];
        for (int p = 0; p < pairs.size(); p++) {
            Pair pair = pairs.get(p);
            NormalizedName query = normalizer.normalize(pair.query());
            NameComparison comparison = similarity.compare(query, normalizer.normalize(pair.candidate()));
            scores[p] = comparison.score();
            boolean found = comparison.score() >= THRESHOLD;
            int[] counts = byCulture.computeIfAbsent(pair.culture(), c -> new int[4]);
            if (pair.match() && found) {
                truePositives++;
                counts[0]++;
            } else if (pair.match()) {
                falseNegatives++;
                counts[1]++;
            } else if (found) {
                falsePositives++;
                counts[2]++;
            } else {
                counts[3]++;
            }
            if (pair.match() != found) {
                errors.add("%s %s: %s | %s -> %.3f %s".formatted(pair.match() ? "MISSED" : "FALSE HIT",
                        pair.culture(), pair.query(), pair.candidate(), comparison.score(), comparison.explanation()));
            }
            if (pair.match() && query.scripts().contains(UScript.THAI)) {
                thaiScript++;
                thaiScriptFound += found ? 1 : 0;
            }
            if (pair.match() && query.scripts().contains(UScript.MYANMAR)) {
                burmeseScript++;
                burmeseScriptFound += found ? 1 : 0;
            }
        }
        double recall = (double) truePositives / (truePositives + falseNegatives);
        double precision = (double) truePositives / (truePositives + falsePositives);
        double thaiRecall = (double) thaiScriptFound / thaiScript;
        errors.forEach(System.out::println);
        byCulture.forEach((culture, c) -> System.out.printf(
                "%-11s matches found %d/%d, non-matches wrongly hit %d/%d%n", culture, c[0], c[0] + c[1], c[2],
                c[2] + c[3]));
        for (double threshold = 0.70; threshold < 0.96; threshold += 0.05) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int p = 0; p < pairs.size(); p++) {
                boolean found = scores[p] >= threshold - 1e-9;
                tp += found && pairs.get(p).match() ? 1 : 0;
                fp += found && !pairs.get(p).match() ? 1 : 0;
                fn += !found && pairs.get(p).match() ? 1 : 0;
            }
            System.out.printf("at %.2f: recall=%.3f precision=%.3f%n", threshold, (double) tp / (tp + fn),
                    (double) tp / (tp + fp));
        }
        System.out.printf("pairs=%d threshold=%.2f recall=%.3f precision=%.3f thai_script_recall=%.3f (%d/%d)"
                + " burmese_script_recall=%.3f (%d/%d)%n", pairs.size(), THRESHOLD, recall, precision, thaiRecall,
                thaiScriptFound, thaiScript, (double) burmeseScriptFound / burmeseScript, burmeseScriptFound,
                burmeseScript);

        assertThat(recall).isGreaterThanOrEqualTo(0.95);
        assertThat(precision).isGreaterThanOrEqualTo(0.90);
    }
}
