package org.eads.screening.internal.names;

/** How a query token was found in a candidate name, strongest first. */
public enum MatchKind {
    /** Same word in the same script. */
    EXACT,
    /** Same letters once converted to Latin and folded to ASCII ("Nguyễn" / "Nguyen", สมชาย / "Somchai"). */
    FOLDED,
    /** Spellings of one name: equivalence class, Chinese surname group or romanisation key. */
    VARIANT,
    /** Same sound key and close spelling. */
    PHONETIC,
    /** Close spelling only (typing errors). */
    FUZZY,
    /** An initial standing for the word ("M." for "Muhammad"). */
    INITIAL,
    /** Not found in the other name. */
    MISSING
}
