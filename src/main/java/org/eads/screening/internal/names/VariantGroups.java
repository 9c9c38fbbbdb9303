package org.eads.screening.internal.names;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups of spellings that are one name: Malay and Arabic-origin forms (Mohd, Muhd, Md, Muhammad), Vietnamese
 * (Nguyen, Ng), Chinese surnames across Mandarin, Hokkien, Teochew, Cantonese and Hakka (Chen, Tan, Chan, Tang and
 * 陈/陳). Each group has a key, its first Latin spelling; a spelling may sit in several groups ("ng" is Huang, Wu
 * and Nguyen), so a word gets every key it belongs to.
 */
final class VariantGroups {

    private final Map<String, Set<String>> keysBySpelling = new HashMap<>();

    /** @param prefix marks the family of keys in the index ("eq:", "cn:") */
    VariantGroups(List<String[]> groups, String prefix) {
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
            for (String spelling : group) {
                keysBySpelling.computeIfAbsent(spelling, s -> new HashSet<>()).add(key);
            }
        }
    }

    Set<String> keys(String spelling) {
        return keysBySpelling.getOrDefault(spelling, Set.of());
    }
}
