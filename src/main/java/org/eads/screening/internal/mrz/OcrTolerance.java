package org.eads.screening.internal.mrz;

/** How to read a zone whose check digits do not agree. */
public enum OcrTolerance {
    /** Typed text: report the failure only. */
    EXACT,
    /** Scanned text: also suggest readings that undo the usual OCR confusions (O/0, I/1, S/5, B/8, Z/2, G/6). */
    SUGGEST_CORRECTIONS
}
