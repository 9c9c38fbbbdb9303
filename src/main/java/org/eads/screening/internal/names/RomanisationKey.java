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

    private static final int CACHE_LIMIT = 100_000;

    private final List<Rewrite> rewrites;
    // Some thirty rewrites a word, several of them regular expressions, for every spelling of every word; spellings
    // repeat (Zipf, and a Burmese syllable has several), so keys are remembered. Pure function results only, and
    // emptied rather than grown without bound.
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    RomanisationKey(List<String[]> rules) {
        this.rewrites = rules.stream()
                .map(rule -> Rewrite.of(rule[0], rule[1].equals("-") ? "" : rule[1]))
                .toList();
    }

    String key(String folded) {
        String known = cache.get(folded);
        if (known != null) {
            return known;
        }
        String key = compute(folded);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(folded, key);
        return key;
    }

    private String compute(String folded) {
        String key = folded;
        for (Rewrite rewrite : rewrites) {
            key = rewrite.apply(key);
        }
        return key;
    }
}
