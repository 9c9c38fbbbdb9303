package org.eads.demo.internal;

/**
 * ISO 3779 vehicle identification numbers: the manufacturer's identifier, five vehicle descriptor characters, the
 * check digit, the model year code, a plant code and a serial. The check digit is computed for every VIN, not only
 * for the North American ones that must carry it.
 */
public final class VinMaker {

    private static final String ALLOWED = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final String TRANSLITERATION = "0123456789.ABCDEFGH..JKLMN.P.R..STUVWXYZ";
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    /** Model year codes from 2001 onwards; the letters I, O, Q, U, Z and the digit 0 are never used. */
    private static final String YEARS = "123456789ABCDEFGHJKLMNPRSTVWXY";

    private VinMaker() {
    }

    public static String vin(String wmi, int modelYear, Rng rng) {
        char[] v = new char[17];
        wmi.getChars(0, 3, v, 0);
        for (int i = 3; i < 8; i++) {
            v[i] = ALLOWED.charAt(rng.below(ALLOWED.length()));
        }
        v[9] = YEARS.charAt(modelYear - 2001);
        v[10] = ALLOWED.charAt(rng.below(ALLOWED.length()));
        for (int i = 11; i < 17; i++) {
            v[i] = rng.digit();
        }
        v[8] = '0';
        v[8] = checkDigit(v);
        return new String(v);
    }

    static char checkDigit(char[] vin) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = vin[i];
            int value = c >= '0' && c <= '9' ? c - '0' : TRANSLITERATION.indexOf(c) % 10;
            sum += value * WEIGHTS[i];
        }
        int r = sum % 11;
        return r == 10 ? 'X' : (char) ('0' + r);
    }
}
