package org.eads.demo.internal;

/** Registration plates in each AMC's current format, as written on the plate. */
public final class Plates {

    private static final String THAI_LETTERS = "กขคฆงจฉชฌญฎฐฒณดตถทธนบผพภมยรลวศษสหฬอฮ";
    private static final String LAO_LETTERS = "ກຂຄງຈສຊຍດຕຖທນບປຜຝພຟມຢຣລວຫອຮ";
    private static final String[] MYS_STATES = {"W", "V", "B", "J", "P", "A", "N", "M", "K", "T", "C", "D", "R", "Q", "S"};
    private static final String[] IDN_REGIONS = {"B", "D", "L", "AB", "H", "N", "BK", "DK", "F", "AD", "KT", "BM"};
    private static final String[] VNM_PROVINCES = {"29", "30", "51", "59", "15", "43", "65", "37", "36", "14", "75", "79"};
    private static final String[] BRN_DISTRICTS = {"B", "B", "B", "K", "T", "I"};
    /** Letter values for the Singapore plate check letter: A=1 ... Z=26. */
    private static final String SGP_CHECK = "AZYXUTSRPMLKJHGEDCB";
    private static final int[] SGP_WEIGHTS = {9, 4, 5, 4, 3, 2};

    private Plates() {
    }

    public static String plate(String country, Rng rng) {
        StringBuilder sb = new StringBuilder(16);
        switch (country) {
            case "MYS" -> number(sb.append(rng.pick(MYS_STATES)).append(rng.letter()).append(rng.letter()).append(' '),
                    rng);
            case "THA" -> rng.digits(sb.append(rng.percent(40) ? String.valueOf(rng.between(1, 9)) : "")
                    .append(THAI_LETTERS.charAt(rng.below(THAI_LETTERS.length())))
                    .append(THAI_LETTERS.charAt(rng.below(THAI_LETTERS.length()))).append(' '), rng.between(1, 4));
            case "LAO" -> rng.digits(sb.append(LAO_LETTERS.charAt(rng.below(LAO_LETTERS.length())))
                    .append(LAO_LETTERS.charAt(rng.below(LAO_LETTERS.length()))).append(' '), 4);
            case "SGP" -> singapore(sb, rng);
            case "IDN" -> {
                number(sb.append(rng.pick(IDN_REGIONS)).append(' '), rng).append(' ');
                for (int i = rng.between(1, 3); i > 0; i--) {
                    sb.append(rng.letter());
                }
            }
            case "PHL" -> {
                if (rng.percent(80)) {
                    rng.digits(sb.append(rng.letter()).append(rng.letter()).append(rng.letter()).append(' '), 4);
                } else {
                    // motorcycles
                    rng.digits(sb, 3).append(' ').append(rng.letter()).append(rng.letter()).append(rng.letter());
                }
            }
            case "VNM" -> {
                sb.append(rng.pick(VNM_PROVINCES)).append(rng.letter()).append('-');
                rng.digits(sb, 3).append('.');
                rng.digits(sb, 2);
            }
            case "KHM" -> rng.digits(sb.append(rng.between(1, 3)).append(rng.letter()).append('-'), 4);
            case "MMR" -> rng.digits(sb.append(rng.between(1, 9)).append(rng.letter()).append('-'), 4);
            case "BRN" -> number(sb.append(rng.pick(BRN_DISTRICTS)).append(rng.letter()).append(rng.letter()).append(' '),
                    rng);
            default -> throw new IllegalArgumentException("no plate format for " + country);
        }
        return sb.toString();
    }

    private static StringBuilder number(StringBuilder sb, Rng rng) {
        sb.append(rng.between(1, 9));
        return rng.digits(sb, rng.between(0, 3));
    }

    /** SXX 1234 C: S, two letters, up to four digits and a check letter computed from the letters and digits. */
    private static void singapore(StringBuilder sb, Rng rng) {
        char a = rng.letter();
        char b = rng.letter();
        int number = rng.between(1, 9999);
        sb.append('S').append(a).append(b).append(' ').append(number).append(' ').append(checkLetter(a, b, number));
    }

    static char checkLetter(char a, char b, int number) {
        int[] values = {a - 'A' + 1, b - 'A' + 1, number / 1000 % 10, number / 100 % 10, number / 10 % 10, number % 10};
        int sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i] * SGP_WEIGHTS[i];
        }
        return SGP_CHECK.charAt(sum % 19);
    }
}
