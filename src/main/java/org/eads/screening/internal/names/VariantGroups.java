package org.eads.screening.internal.names;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups of spellings that are one name: Malay and Arabic-origin forms (Mohd, Muhd, Md, Muhammad), Vietnamese
 * (Nguyen, Ng), Chinese surnames and given-name syllables across Mandarin, Hokkien, Teochew, Cantonese and Hakka
 * (Chen, Tan, Chan, Tang and 陈/陳; Wei, Wee, Wai and 伟). Each group has a key, its first Latin spelling; a spelling
 * may sit in several groups ("ng" is Huang, Wu and Nguyen), so a word gets every key it belongs to.
 */
final class VariantGroups {

    private final Map<String, Set<String>> keysBySpelling = new HashMap<>();
    private final Map<String, Set<String>> latinSpellingsByKey = new HashMap<>();

    /** @param prefix marks the family of keys in the index ("eq:", "cn:") */
    VariantGroups(List<String[]> groups, String prefix) {
        this(groups, prefix, false);
    }

    /**
     * Groups whose key also names their first Han character ("gn:hui/慧", "gn:hui/辉"), so that lines sharing a
     * Mandarin reading stay apart: Cantonese "Wai" (慧) and "Fai" (辉) are both Mandarin "Hui" but not one name.
     */
    static VariantGroups perCharacter(List<String[]> groups, String prefix) {
        return new VariantGroups(groups, prefix, true);
    }

    private VariantGroups(List<String[]> groups, String prefix, boolean perCharacter) {
        for (String[] group : groups) {
            String key = null;
            for (String spelling : group) {
                if (key == null && spelling.chars().allMatch(c -> c < 128)) {
                    key = prefix + spelling;
                }
            }
            if (key == null) {
                throw new IllegalStateException("variant group without a Latin spelling: " + String.join(" ", group));
            }
            if (perCharacter && group[0].chars().anyMatch(c -> c >= 128)) {
                key = key + "/" + group[0];
            }
            for (String spelling : group) {
                keysBySpelling.computeIfAbsent(spelling, s -> new HashSet<>()).add(key);
                if (spelling.chars().allMatch(c -> c < 128)) {
                    latinSpellingsByKey.computeIfAbsent(key, k -> new HashSet<>()).add(spelling);
                }
            }
        }
    }

    Set<String> keys(String spelling) {
        return keysBySpelling.getOrDefault(spelling, Set.of());
    }

    /** The Latin spellings of the groups with this key. */
    Set<String> spellings(String key) {
        return latinSpellingsByKey.getOrDefault(key, Set.of());
    }
}
