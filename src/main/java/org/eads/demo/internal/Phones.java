package org.eads.demo.internal;

/**
 * Mobile numbers as people write them in each AMC: the national form with its trunk zero and usual grouping, or the
 * international form. Prefixes are those of the mobile operators, so that the numbers are valid, not only possible.
 */
public final class Phones {

    private static final String[] PHL_PREFIXES = {"905", "906", "915", "916", "917", "926", "927", "935", "936", "945",
        "955", "956", "965", "966", "975", "977", "995", "997", "908", "918", "919", "920", "921", "928", "929", "939",
        "946", "947", "949", "951", "961", "998", "999", "991", "992"};
    private static final String[] VNM_PREFIXES = {"90", "93", "96", "97", "98", "86", "32", "33", "34", "35", "70", "76",
        "77", "78", "79", "81", "82", "83", "84", "85", "88", "91", "94"};
    private static final String[] THA_PREFIXES = {"81", "82", "83", "84", "85", "86", "87", "88", "89", "61", "62", "63",
        "64", "65", "91", "92", "93", "94", "95", "96", "97", "98", "99"};
    private static final String[] MMR_PREFIXES = {"79", "78", "77", "76", "97", "96", "69", "25", "26", "45", "44"};
    private static final String[] IDN_PREFIXES = {"811", "812", "813", "821", "822", "823", "852", "853", "814", "815",
        "816", "855", "856", "857", "858", "817", "818", "819", "859", "877", "878", "895", "896", "897", "898"};
    private static final String[] MYS_PREFIXES = {"12", "16", "19"};
    private static final String[] KHM_SHORT = {"12", "10", "15", "16", "69", "70", "77", "78", "85", "89", "93", "98"};
    private static final String[] KHM_LONG = {"97", "88", "71", "31", "38"};

    private Phones() {
    }

    /** The country calling code of an AMC. */
    public static String callingCode(String country) {
        return switch (country) {
            case "BRN" -> "673";
            case "KHM" -> "855";
            case "IDN" -> "62";
            case "LAO" -> "856";
            case "MYS" -> "60";
            case "MMR" -> "95";
            case "PHL" -> "63";
            case "SGP" -> "65";
            case "THA" -> "66";
            case "VNM" -> "84";
            default -> throw new IllegalArgumentException("no phone plan for " + country);
        };
    }

    /** A mobile number written the national way ("081-234-5678") or, when {@code international}, "+66 81 234 5678". */
    public static String mobile(String country, Rng rng, boolean international) {
        String nsn = subscriberNumber(country, rng);
        String grouped = group(country, nsn);
        if (international) {
            return "+" + callingCode(country) + " " + grouped.replace('-', ' ');
        }
        return trunkZero(country) ? "0" + grouped : grouped;
    }

    private static boolean trunkZero(String country) {
        return !country.equals("SGP") && !country.equals("BRN");
    }

    /** The national significant number: the digits after the country code. */
    static String subscriberNumber(String country, Rng rng) {
        StringBuilder sb = new StringBuilder(12);
        switch (country) {
            case "BRN" -> rng.digits(sb.append(rng.percent(60) ? '7' : '8').append(rng.between(1, 9)), 5);
            case "KHM" -> {
                if (rng.percent(55)) {
                    rng.digits(sb.append(rng.pick(KHM_SHORT)), 6);
                } else {
                    rng.digits(sb.append(rng.pick(KHM_LONG)), 7);
                }
            }
            case "IDN" -> rng.digits(sb.append(rng.pick(IDN_PREFIXES)), rng.between(7, 8));
            case "LAO" -> rng.digits(sb.append("20").append("2579".charAt(rng.below(4))), 7);
            case "MYS" -> {
                if (rng.percent(25)) {
                    rng.digits(sb.append("11").append(rng.between(1, 5)), 7);
                } else {
                    rng.digits(sb.append(rng.pick(MYS_PREFIXES)), 7);
                }
            }
            case "MMR" -> rng.digits(sb.append('9').append(rng.pick(MMR_PREFIXES)), 7);
            case "PHL" -> rng.digits(sb.append(rng.pick(PHL_PREFIXES)), 7);
            case "SGP" -> rng.digits(sb.append(rng.percent(50) ? '8' : '9').append(rng.between(1, 7)), 6);
            case "THA" -> rng.digits(sb.append(rng.pick(THA_PREFIXES)), 7);
            case "VNM" -> rng.digits(sb.append(rng.pick(VNM_PREFIXES)), 7);
            default -> throw new IllegalArgumentException("no phone plan for " + country);
        }
        return sb.toString();
    }

    private static String group(String country, String n) {
        return switch (country) {
            case "BRN" -> n.substring(0, 3) + " " + n.substring(3);
            case "SGP" -> n.substring(0, 4) + " " + n.substring(4);
            case "THA" -> n.substring(0, 2) + "-" + n.substring(2, 5) + "-" + n.substring(5);
            case "MYS" -> n.substring(0, 2) + "-" + n.substring(2, n.length() - 4) + " " + n.substring(n.length() - 4);
            case "IDN" -> n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            case "PHL" -> n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
            case "LAO" -> n.substring(0, 2) + " " + n.substring(2, 6) + " " + n.substring(6);
            case "MMR" -> n.substring(0, 1) + " " + n.substring(1, 5) + " " + n.substring(5);
            default -> n.substring(0, 2) + " " + n.substring(2, 5) + " " + n.substring(5);
        };
    }
}
