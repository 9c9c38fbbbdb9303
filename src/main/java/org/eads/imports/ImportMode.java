package org.eads.imports;

/** What to do with a file that has bad rows. */
public enum ImportMode {
    /** Nothing from a file with errors is written. */
    ALL_OR_NOTHING,
    /** The valid rows are written; the bad ones are reported. */
    VALID_ONLY
}
