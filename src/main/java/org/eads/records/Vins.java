package org.eads.records;

/** ISO 3779 vehicle identification numbers. */
public final class Vins {

    private static final String TRANSLITERATION = "0123456789.ABCDEFGH..JKLMN.P.R..STUVWXYZ";
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

    private Vins() {
    }

    /** What is wrong with the VIN, or null. The check digit (9th character) is checked where it is mandatory. */
    public static String problem(String vin) {
        if (vin.length() != 17) {
            return "must have 17 characters (has " + vin.length() + ")";
        }
        if (!vin.matches("[A-HJ-NPR-Z0-9]{17}")) {
            return "may contain only digits and the letters A-Z except I, O and Q";
        }
        if (checkDigitRequired(vin) && vin.charAt(8) != checkDigit(vin)) {
            return "check digit (9th character) should be " + checkDigit(vin);
        }
        return null;
    }

    /** North American VINs (world manufacturer codes starting 1-5) always carry a check digit. */
    static boolean checkDigitRequired(String vin) {
        return vin.charAt(0) >= '1' && vin.charAt(0) <= '5';
    }

    static char checkDigit(String vin) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = vin.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : TRANSLITERATION.indexOf(c) % 10;
            sum += value * WEIGHTS[i];
        }
        int r = sum % 11;
        return r == 10 ? 'X' : (char) ('0' + r);
    }
}
