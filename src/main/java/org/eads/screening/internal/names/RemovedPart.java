package org.eads.screening.internal.names;

/** A word taken out of a name before matching, and why: kept so that a screener sees what was ignored. */
public record RemovedPart(String text, Kind kind) {

    public enum Kind {
        /** Honorific, rank or title: "Dato'", "Pol. Col.", "U", "Daw", "Haji". */
        TITLE,
        /** Marker that the father's name follows: "bin", "binti", "a/l", "s/o". */
        PATRONYMIC_MARKER,
        /** Part of a family name written apart or joined: "de", "dela", "de los". */
        PARTICLE,
        /** Thai nickname given in quotes or parentheses: not a legal name. */
        NICKNAME
    }
}
