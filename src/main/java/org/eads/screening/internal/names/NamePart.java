package org.eads.screening.internal.names;

/** What a token is in the name, as far as the culture rules can tell. */
public enum NamePart {
    /** A given name or family name. */
    NAME,
    /** Part of the father's name, after a patronymic marker such as "bin" or "a/l": often left out of a record. */
    PATRONYMIC,
    /**
     * A word at the start of a name that is an honorific for some and a name part for others (Burmese "Ko", "Maung",
     * "Saw", Malaysian "Tun"): kept, but often left out of a record.
     */
    HONORIFIC
}
