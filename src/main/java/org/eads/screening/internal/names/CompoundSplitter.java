package org.eads.screening.internal.names;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a prefix written joined to the next word ("Delacruz", "Abdulrahman") so that the word matches the same name
 * written apart ("Dela Cruz", "Abdul Rahman"). Latin-script words only; the prefixes come from a rule file.
 */
final class CompoundSplitter {

    private static final int MIN_REST = 3;

    private final List<String> prefixes;

    CompoundSplitter(List<String> prefixes) {
        this.prefixes = List.copyOf(prefixes);
    }

    List<NameWord> split(List<NameWord> words) {
        List<NameWord> out = new ArrayList<>(words.size() + 1);
        for (NameWord word : words) {
            String prefix = word.script() == UScript.LATIN ? prefixOf(word.key()) : null;
            if (prefix == null) {
                out.add(word);
            } else {
                String rest = word.key().substring(prefix.length());
                out.add(new NameWord(prefix, word.script(), prefix, List.of(prefix), word.part()));
                out.add(new NameWord(rest, word.script(), rest, List.of(rest), word.part()));
            }
        }
        return out;
    }

    private String prefixOf(String folded) {
        for (String prefix : prefixes) {
            if (folded.startsWith(prefix) && folded.length() >= prefix.length() + MIN_REST) {
                return prefix;
            }
        }
        return null;
    }
}
