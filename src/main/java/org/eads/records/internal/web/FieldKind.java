package org.eads.records.internal.web;

/** How a field is entered on a form and shown on the record page. */
enum FieldKind {
    TEXT, LONG_TEXT, DATE, PARTIAL_DATE, NUMBER,
    /** One of a few or many choices. */
    SELECT, RADIOS,
    /** Several choices. */
    MULTI_SELECT, CHECKBOXES,
    /** A list of short texts, one per line of a text area. */
    LINES,
    /** A list of small objects (a person's names, documents), one row each. */
    ROWS,
    /** Filled in by the system (normalised numbers): shown, never entered. */
    DERIVED;

    boolean multiple() {
        return this == MULTI_SELECT || this == CHECKBOXES;
    }

    boolean hasChoices() {
        return this == SELECT || this == RADIOS || multiple();
    }
}
