package org.eads.screening.internal.names;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The spelling key of a folded word: rewrites from {@code romanisation-key.txt} that bring the RTGS and passport
 * spellings of a Thai name ("Somchai Chaidi", "Somchay Jaidee"), the French-influenced and English spellings of Lao
 * and Khmer names ("Somphone", "Somphon") and old and new Indonesian spelling ("Soekarno", "Sukarno") to one key.
 */
final class RomanisationKey {

    /** A rule written without regular expression syntax is applied as a plain replacement, which is much faster. */
    private record Rewrite(String literal, Pattern pattern, String replacement) {

        static Rewrite of(String rule, String replacement) {
            String literal = rule.chars().allMatch(Character::isLetterOrDigit) ? rule : null;
            return new Rewrite(literal, literal == null ? Pattern.compile(rule) : null, replacement);
        }

        String apply(String text) {
            if (literal != null) {
                return text.contains(literal) ? text.replace(literal, replacement) : text;
            }
            return pattern.matcher(text).replaceAll(replacement);
        }
    }

    /**
     * Keys already made: names are drawn from a limited stock of words, and the same words (and joined pairs of
     * them) are keyed again at every search. Emptied when full rather than evicted one by one: cheap, and a miss
     * costs only the rewrites.
     */
    private static final int REMEMBERED = 200_000;

    private final List<Rewrite> rewrites;
    private final Map<String, String> remembered = new ConcurrentHashMap<>();

    RomanisationKey(List<String[]> rules) {
        this.rewrites = rules.stream()
                .map(rule -> Rewrite.of(rule[0], rule[1].equals("-") ? "" : rule[1]))
                .toList();
    }

    String key(String folded) {
        String key = remembered.get(folded);
        if (key == null) {
            if (remembered.size() >= REMEMBERED) {
                remembered.clear();
            }
            key = rewrite(folded);
            remembered.put(folded, key);
        }
        return key;
    }

    private String rewrite(String folded) {
        String key = folded;
        for (Rewrite rewrite : rewrites) {
            key = rewrite.apply(key);
        }
        return key;
    }
}
