package org.eads.screening.internal.mrz;

/**
 * The holder's name as the zone spells it: Latin letters only, after each issuing state's own transliteration.
 *
 * @param primaryIdentifier the surname, or the whole name where the state records no surname
 * @param secondaryIdentifier the given names separated by single spaces; empty when there are none
 * @param possiblyTruncated the name fills its field to the last character, so Doc 9303 may have cut it short and a
 *     search should treat the last name part as a prefix
 */
public record MrzName(String primaryIdentifier, String secondaryIdentifier, boolean possiblyTruncated) {

    /** '<<' separates the identifiers and '<' the parts inside each; trailing fillers only pad the field. */
    static MrzName parse(String field) {
        boolean full = field.charAt(field.length() - 1) != '<';
        int separator = field.indexOf("<<");
        String primary = separator < 0 ? field : field.substring(0, separator);
        String secondary = separator < 0 ? "" : field.substring(separator + 2);
        return new MrzName(words(primary), words(secondary), full);
    }

    private static String words(String part) {
        return part.replace('<', ' ').trim().replaceAll(" +", " ");
    }

    /** Given names first, as the name is said; for display, not for matching. */
    public String fullName() {
        return secondaryIdentifier.isEmpty() ? primaryIdentifier : secondaryIdentifier + " " + primaryIdentifier;
    }
}
