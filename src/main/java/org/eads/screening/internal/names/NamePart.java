package org.eads.screening.internal.names;

/** What a token is in the name, as far as the culture rules can tell. */
public enum NamePart {
    /** A given name or family name. */
    NAME,
    /** Part of the father's name, after a patronymic marker such as "bin" or "a/l": often left out of a record. */
    PATRONYMIC
}
