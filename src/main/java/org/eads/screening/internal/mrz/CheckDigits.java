package org.eads.screening.internal.mrz;

/** The ICAO Doc 9303 Part 3 check digit: weights 7, 3, 1 repeating, modulo 10. */
final class CheckDigits {

    private static final int[] WEIGHTS = {7, 3, 1};

    private CheckDigits() {
    }

    static char of(CharSequence text) {
        int sum = 0;
        for (int i = 0; i < text.length(); i++) {
            sum += value(text.charAt(i)) * WEIGHTS[i % 3];
        }
        return (char) ('0' + sum % 10);
    }

    /** Filler counts as zero; anything else outside A-Z and 0-9 cannot reach here because the text was checked. */
    static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 0;
    }
}
