package org.eads.screening.internal.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Strips honorifics, titles and ranks ("Tan Sri Dato'", "Pol. Col.", "U", "Daw", "Khun"). Titles are taken from the
 * start of the name only, because the same words are real name parts further on ("Tun" in "Najib Tun Razak"); a few
 * (Haji, Hj, and suffixes such as Jr, III) are taken wherever they stand. A name is never stripped to nothing: "U" alone stays a name.
 * A {@code kept} word is an honorific for some people and a name part for others (Burmese "Ko", "Maung", "Saw",
 * Malaysian "Tun"): as the first word of a name of three words or more it stays, marked {@link NamePart#HONORIFIC},
 * so that it matches when both records have it and costs little when one leaves it out.
 */
final class TitleFilter {

    private static final int LONGEST_TITLE = 4;

    private final Set<List<String>> leading = new HashSet<>();
    private final Set<List<String>> anywhere = new HashSet<>();
    private final Set<String> kept = new HashSet<>();

    TitleFilter(List<String> rules) {
        for (String rule : rules) {
            if (rule.startsWith("kept ")) {
                kept.add(rule.substring("kept ".length()));
            } else if (rule.startsWith("anywhere ")) {
                anywhere.add(List.of(rule.substring("anywhere ".length()).split(" ")));
            } else {
                leading.add(List.of(rule.split(" ")));
            }
        }
    }

    List<NameWord> strip(List<NameWord> words, List<RemovedPart> removed) {
        List<NameWord> out = new ArrayList<>(words.size());
        boolean atStart = true;
        int i = 0;
        while (i < words.size()) {
            int length = titleLength(words, i, atStart);
            boolean wordsRemain = !out.isEmpty() || i + length < words.size();
            if (length > 0 && wordsRemain) {
                removed.add(new RemovedPart(originals(words, i, length), RemovedPart.Kind.TITLE));
                i += length;
                continue;
            }
            if (atStart && out.isEmpty() && kept.contains(words.get(i).key()) && words.size() - i >= 3) {
                out.add(words.get(i).withPart(NamePart.HONORIFIC));
                i++;
                continue;
            }
            atStart = false;
            out.add(words.get(i));
            i++;
        }
        return out;
    }

    private int titleLength(List<NameWord> words, int from, boolean atStart) {
        for (int length = Math.min(LONGEST_TITLE, words.size() - from); length > 0; length--) {
            List<NameWord> span = words.subList(from, from + length);
            List<String> folded = span.stream().map(NameWord::key).toList();
            List<String> original = span.stream().map(NameWord::original).toList();
            if (anywhere.contains(folded) || atStart && (leading.contains(folded) || leading.contains(original))) {
                return length;
            }
        }
        return 0;
    }

    static String originals(List<NameWord> words, int from, int length) {
        return String.join(" ", words.subList(from, from + length).stream().map(NameWord::original).toList());
    }
}
