package org.eads.screening.internal.names;

import java.util.List;
import java.util.Set;

/**
 * One word of a normalised name with the keys it is found by.
 *
 * @param original      the word in its own script, lower-cased (the exact key)
 * @param latin         its primary Latin form, marks kept ("nguyễn", "somchai")
 * @param romanisations folded lower-case ASCII forms, primary first; a Thai word has the RTGS-style form and ICU's
 *                      transliteration, a Burmese syllable every usual passport spelling ("htun", "tun", "htoon")
 * @param variantKeys   keys shared by spellings of the same name: equivalence classes ("eq:muhammad"), Chinese
 *                      surname groups ("cn:chen"), Chinese given-name syllables in a Chinese name ("gn:wei/伟"),
 *                      romanisation keys ("rk:somcai")
 * @param phoneticKeys  sound keys: consonant skeleton ("sk:smc"), Double Metaphone for Latin-script words ("dm:SMX")
 * @param part          given/family name, father's name, or a leading honorific that may be a name part
 * @param common        a name part so common in its culture (Muhammad, Nguyen, Van) that it says little
 */
public record NameToken(String original, String latin, List<String> romanisations, Set<String> variantKeys,
        Set<String> phoneticKeys, NamePart part, boolean common) {

    public NameToken {
        romanisations = List.copyOf(romanisations);
        variantKeys = Set.copyOf(variantKeys);
        phoneticKeys = Set.copyOf(phoneticKeys);
    }

    /** The primary folded ASCII form. */
    public String folded() {
        return romanisations.getFirst();
    }
}
