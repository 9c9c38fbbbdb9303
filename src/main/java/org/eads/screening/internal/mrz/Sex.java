package org.eads.screening.internal.mrz;

/** Sex as Doc 9303 writes it: M, F, and X or a filler when it is not specified. */
public enum Sex {
    MALE,
    FEMALE,
    UNSPECIFIED
}
