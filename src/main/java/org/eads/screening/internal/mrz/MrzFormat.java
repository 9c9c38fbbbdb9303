package org.eads.screening.internal.mrz;

/**
 * The ICAO Doc 9303 sizes of machine readable zone. Visas share the line sizes of TD3 and TD2; the document code
 * 'V' tells them apart, because their second line carries no personal number or composite check digit.
 */
public enum MrzFormat {
    TD1(3, 30),
    TD2(2, 36),
    TD3(2, 44),
    MRV_A(2, 44),
    MRV_B(2, 36);

    private final int lineCount;
    private final int lineLength;

    MrzFormat(int lineCount, int lineLength) {
        this.lineCount = lineCount;
        this.lineLength = lineLength;
    }

    public int lineCount() {
        return lineCount;
    }

    public int lineLength() {
        return lineLength;
    }

    /** The name used in messages: the visa formats are written as ICAO writes them. */
    public String label() {
        return name().replace('_', '-');
    }
}
