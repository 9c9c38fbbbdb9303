package org.eads.demo.internal;

import java.time.LocalDate;

/**
 * Passport and identity card numbers in each AMC's format. Identity card numbers that encode the date of birth and
 * sex (Malaysia's MyKad, Indonesia's NIK, Viet Nam's CCCD) encode the holder's, and those with a check digit or
 * letter (Thailand, Singapore) carry the right one.
 */
public final class Documents {

    private static final String[] MYS_PASSPORT = {"A", "A", "A", "A", "A", "A", "H", "K"};
    private static final String[] IDN_PASSPORT = {"A", "B", "C", "E", "X"};
    private static final String[] MMR_PASSPORT = {"MA", "MB", "MC", "MD", "ME"};
    private static final String[] SGP_PASSPORT = {"E", "K"};
    private static final String[] VNM_PASSPORT = {"B", "C"};
    private static final String NRIC_LETTERS = "JZIHGFEDCBA";
    private static final int[] NRIC_WEIGHTS = {2, 7, 6, 5, 4, 3, 2};
    private static final String[] IDN_PROVINCES = {"31", "32", "33", "35", "12", "51", "73", "36", "21", "61"};
    private static final String[] VNM_PROVINCES = {"001", "079", "031", "048", "092", "040", "038", "046", "056", "022"};
    private static final String[] MMR_TOWNSHIPS = {"12/MAYAKA(N)", "12/BAHANA(N)", "12/KAMAYA(N)", "12/LAMANA(N)",
        "9/MAHAMA(N)", "9/CHAAYATA(N)", "10/MALAMA(N)", "13/TAKANA(N)"};

    private Documents() {
    }

    public static String passport(String country, Rng rng) {
        return switch (country) {
            case "BRN" -> "P" + rng.digits(8);
            case "KHM" -> "N" + rng.digits(8);
            case "IDN" -> rng.pick(IDN_PASSPORT) + rng.digits(7);
            case "LAO" -> "P" + rng.digits(7);
            case "MYS" -> rng.pick(MYS_PASSPORT) + rng.digits(8);
            case "MMR" -> rng.pick(MMR_PASSPORT) + rng.digits(6);
            case "PHL" -> "P" + rng.digits(7) + rng.letter();
            case "SGP" -> rng.pick(SGP_PASSPORT) + rng.digits(7) + rng.letter();
            case "THA" -> "" + rng.letter() + rng.letter() + rng.digits(7);
            case "VNM" -> rng.pick(VNM_PASSPORT) + rng.digits(7);
            default -> throw new IllegalArgumentException("no passport format for " + country);
        };
    }

    /** The national identity card number of a person born on {@code born}. */
    public static String identityCard(String country, Rng rng, LocalDate born, boolean male) {
        return switch (country) {
            case "MYS" -> myKad(rng, born, male);
            case "THA" -> thai(rng);
            case "SGP" -> nric(rng, born);
            case "IDN" -> nik(rng, born, male);
            case "VNM" -> cccd(rng, born, male);
            case "PHL" -> rng.layout("####-####-####-####");
            case "KHM" -> rng.digits(9);
            case "LAO" -> rng.digits(10);
            case "MMR" -> rng.pick(MMR_TOWNSHIPS) + rng.digits(6);
            case "BRN" -> "00-" + rng.digits(6);
            default -> throw new IllegalArgumentException("no identity card format for " + country);
        };
    }

    /** YYMMDD-PB-###G: date of birth, place of birth code, serial, last digit odd for men. */
    private static String myKad(Rng rng, LocalDate born, boolean male) {
        StringBuilder sb = new StringBuilder(14);
        two(sb, born.getYear() % 100);
        two(sb, born.getMonthValue());
        two(sb, born.getDayOfMonth());
        sb.append('-');
        two(sb, rng.between(1, 16));
        sb.append('-');
        rng.digits(sb, 3);
        int last = rng.below(5) * 2 + (male ? 1 : 0);
        return sb.append(last).toString();
    }

    /** 13 digits, the last a check digit: 11 minus the weighted sum (weights 13 to 2) modulo 11, modulo 10. */
    private static String thai(Rng rng) {
        int[] d = new int[13];
        d[0] = rng.percent(80) ? 1 : 3;
        int sum = d[0] * 13;
        for (int i = 1; i < 12; i++) {
            d[i] = rng.below(10);
            sum += d[i] * (13 - i);
        }
        d[12] = (11 - sum % 11) % 10;
        StringBuilder sb = new StringBuilder(17);
        for (int i = 0; i < 13; i++) {
            if (i == 1 || i == 5 || i == 10 || i == 12) {
                sb.append('-');
            }
            sb.append(d[i]);
        }
        return sb.toString();
    }

    /** S (born before 2000) or T, seven digits starting with the year of birth, and the check letter. */
    private static String nric(Rng rng, LocalDate born) {
        boolean t = born.getYear() >= 2000;
        StringBuilder digits = new StringBuilder(7);
        two(digits, born.getYear() % 100);
        rng.digits(digits, 5);
        int sum = t ? 4 : 0;
        for (int i = 0; i < 7; i++) {
            sum += (digits.charAt(i) - '0') * NRIC_WEIGHTS[i];
        }
        return (t ? "T" : "S") + digits + NRIC_LETTERS.charAt(sum % 11);
    }

    /** Province, regency, district, then DDMMYY with 40 added to the day for women, then a serial. */
    private static String nik(Rng rng, LocalDate born, boolean male) {
        StringBuilder sb = new StringBuilder(16).append(rng.pick(IDN_PROVINCES));
        two(sb, rng.between(1, 20));
        two(sb, rng.between(1, 30));
        two(sb, born.getDayOfMonth() + (male ? 0 : 40));
        two(sb, born.getMonthValue());
        two(sb, born.getYear() % 100);
        return rng.digits(sb, 4).toString();
    }

    /** Province of birth, a digit for sex and century, the year of birth, then six digits. */
    private static String cccd(Rng rng, LocalDate born, boolean male) {
        int centuryAndSex = (born.getYear() >= 2000 ? 2 : 0) + (male ? 0 : 1);
        StringBuilder sb = new StringBuilder(12).append(rng.pick(VNM_PROVINCES)).append(centuryAndSex);
        two(sb, born.getYear() % 100);
        return rng.digits(sb, 6).toString();
    }

    private static void two(StringBuilder sb, int value) {
        sb.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
