package org.eads.screening.internal.names;

import com.ibm.icu.lang.UScript;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person's name ready for indexing and comparison.
 *
 * @param raw            the name as received
 * @param scripts        ICU {@link UScript} codes of the scripts the name is written in
 * @param originalTokens words in the original script, Thai, Lao and Khmer segmented into words, Burmese
 *                       and Han into syllables
 * @param latinTokens    the same words in Latin letters, marks kept
 * @param tokens         the words compared and indexed: titles, particles and nicknames removed
 * @param removed        what was removed, in order
 */
public record NormalizedName(String raw, Set<Integer> scripts, List<String> originalTokens, List<String> latinTokens,
        List<NameToken> tokens, List<RemovedPart> removed) {

    public NormalizedName {
        scripts = Set.copyOf(scripts);
        originalTokens = List.copyOf(originalTokens);
        latinTokens = List.copyOf(latinTokens);
        tokens = List.copyOf(tokens);
        removed = List.copyOf(removed);
    }

    /** Script names such as "Thai" or "Latin", sorted, for display and logs. */
    public Set<String> scriptNames() {
        Set<String> names = new TreeSet<>();
        scripts.forEach(code -> names.add(UScript.getName(code)));
        return names;
    }

    /** True when the name carried a patronymic marker (bin, binti, a/l, s/o...). */
    public boolean hasPatronymic() {
        return removed.stream().anyMatch(part -> part.kind() == RemovedPart.Kind.PATRONYMIC_MARKER);
    }

    public List<String> foldedTokens() {
        return tokens.stream().map(NameToken::folded).toList();
    }
}
