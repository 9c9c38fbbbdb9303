package org.eads.screening.internal.mrz;

/** The fields a Doc 9303 check digit protects. */
public enum CheckedField {
    DOCUMENT_NUMBER,
    DATE_OF_BIRTH,
    DATE_OF_EXPIRY,
    /** The TD3 personal number (optional data of line 2). */
    PERSONAL_NUMBER,
    COMPOSITE
}
