package org.eads.screening.internal.names;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Compares two tokens feature by feature, from the strongest evidence (same word) to the weakest (close spelling). */
final class TokenSimilarity {

    record Result(MatchKind kind, double score) {
    }

    static final Result NONE = new Result(MatchKind.MISSING, 0);

    private static final double FOLDED = 0.98;
    private static final double VARIANT = 0.95;
    private static final double PHONETIC_BONUS = 0.1;
    private static final double PHONETIC_MAX = 0.9;
    private static final double INITIAL = 0.7;
    // Below this spelling closeness two tokens are different names, however many letters they share.
    private static final double MIN_SPELLING = 0.84;
    private static final double MIN_SPELLING_WITH_SOUND = 0.7;

    private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
    private final LevenshteinDistance levenshtein = LevenshteinDistance.getDefaultInstance();

    Result compare(NameToken a, NameToken b) {
        if (a.original().equals(b.original())) {
            return new Result(MatchKind.EXACT, 1);
        }
        if (!Collections.disjoint(a.romanisations(), b.romanisations())) {
            return new Result(MatchKind.FOLDED, FOLDED);
        }
        if (!Collections.disjoint(a.variantKeys(), b.variantKeys())) {
            return new Result(MatchKind.VARIANT, VARIANT);
        }
        // Two Chinese given-name syllables of the table that share no group are different characters, however alike
        // they look or sound (Cantonese Wai 慧 / Fai 辉, Ming / Ling).
        if (isChineseGivenName(a) && isChineseGivenName(b)) {
            return NONE;
        }
        if (a.folded().length() == 1 || b.folded().length() == 1) {
            return a.folded().charAt(0) == b.folded().charAt(0) ? new Result(MatchKind.INITIAL, INITIAL) : NONE;
        }
        double spelling = spelling(a, b);
        if (!Collections.disjoint(a.phoneticKeys(), b.phoneticKeys()) && spelling >= MIN_SPELLING_WITH_SOUND) {
            return new Result(MatchKind.PHONETIC, Math.min(PHONETIC_MAX, spelling + PHONETIC_BONUS));
        }
        return spelling >= MIN_SPELLING ? new Result(MatchKind.FUZZY, spelling) : NONE;
    }

    private static boolean isChineseGivenName(NameToken token) {
        return token.variantKeys().stream().anyMatch(key -> key.startsWith(NameNormalizer.GIVEN_NAME_PREFIX));
    }

    /**
     * Closeness of spelling: the mean of Jaro-Winkler (kind to transpositions and shared beginnings) and the
     * Levenshtein ratio (strict on substitutions), best over the Latin forms and spelling keys of both tokens.
     */
    private double spelling(NameToken a, NameToken b) {
        double best = 0;
        List<String> others = forms(b);
        for (String x : forms(a)) {
            for (String y : others) {
                double jw = jaroWinkler.apply(x, y);
                // the Levenshtein ratio is at most 1: skip it when even that could not lift this pair above the best
                // so far or to a closeness that counts
                if ((jw + 1) / 2 <= Math.max(best, MIN_SPELLING_WITH_SOUND)) {
                    continue;
                }
                int longest = Math.max(x.length(), y.length());
                double ratio = 1 - (double) levenshtein.apply(x, y) / longest;
                best = Math.max(best, (jw + ratio) / 2);
            }
        }
        return best;
    }

    private static List<String> forms(NameToken token) {
        List<String> forms = new ArrayList<>(token.romanisations().size() + 1);
        forms.addAll(token.romanisations());
        for (String key : token.variantKeys()) {
            if (key.startsWith("rk:")) {
                forms.add(key.substring(3));
            }
        }
        return forms;
    }
}
