package org.eads.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled evaluation set of the name engine ({@code screening/name-pairs.tsv}): pairs of names written by
 * hand for every AMC naming culture and for Chinese romanisations, each labelled as the same person (a variant) or
 * not (a hard non-match). The name engine's test and the screening benchmark measure recall and precision on it.
 */
public final class LabelledNamePairs {

    private static final String RESOURCE = "/screening/name-pairs.tsv";

    /** One labelled pair: a question, a recorded name, and whether they name the same person. */
    public record Pair(String culture, String query, String candidate, boolean match, String note) {
    }

    /** Answers to labelled pairs counted: found or not, against the label. */
    public static final class Tally {

        private int truePositives;
        private int falsePositives;
        private int falseNegatives;
        private int trueNegatives;

        public void add(boolean match, boolean found) {
            if (match) {
                truePositives += found ? 1 : 0;
                falseNegatives += found ? 0 : 1;
            } else {
                falsePositives += found ? 1 : 0;
                trueNegatives += found ? 0 : 1;
            }
        }

        /** Matches found out of all matches. */
        public double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        /** Matches among all found. */
        public double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        /** "matches found 32/33, non-matches wrongly hit 0/11". */
        @Override
        public String toString() {
            return "matches found %d/%d, non-matches wrongly hit %d/%d".formatted(truePositives,
                    truePositives + falseNegatives, falsePositives, falsePositives + trueNegatives);
        }
    }

    private LabelledNamePairs() {
    }

    public static List<Pair> load() {
        try (InputStream in = LabelledNamePairs.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            List<Pair> pairs = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int n = 0; n < lines.length; n++) {
                String line = lines[n];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 4 || !(f[3].equals("MATCH") || f[3].equals("NONMATCH"))) {
                    throw new IllegalStateException(RESOURCE + " line " + (n + 1)
                            + ": expected culture, query, candidate, MATCH or NONMATCH, note");
                }
                pairs.add(new Pair(f[0], f[1], f[2], f[3].equals("MATCH"), f.length > 4 ? f[4] : ""));
            }
            return pairs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
