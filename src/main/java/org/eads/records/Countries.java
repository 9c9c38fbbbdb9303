package org.eads.records;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Set;

/** ISO 3166-1 alpha-3 country codes, as the JDK knows them. */
public final class Countries {

    private static final Set<String> ALPHA3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
    private static final Map<String, String> ALPHA3_OF = java.util.Arrays.stream(Locale.getISOCountries())
            .collect(Collectors.toUnmodifiableMap(a2 -> a2, a2 -> Locale.of("", a2).getISO3Country()));
    private static final Map<String, String> ALPHA2_OF = java.util.Arrays.stream(Locale.getISOCountries())
            .collect(Collectors.toUnmodifiableMap(a2 -> Locale.of("", a2).getISO3Country(), a2 -> a2, (a, b) -> a));

    private Countries() {
    }

    public static boolean isAlpha3(String code) {
        return code != null && ALPHA3.contains(code);
    }

    /** Checks each code, reporting a bad one under {@code field[i]}. */
    public static void check(Iterable<String> codes, String field, Problems problems) {
        if (codes == null) {
            return;
        }
        int i = 0;
        for (String c : codes) {
            if (!isAlpha3(c)) {
                problems.add(field + "[" + i + "]", "'" + c + "' is not an ISO 3166-1 alpha-3 country code (e.g. MYS, THA)");
            }
            i++;
        }
    }

    public static void checkOne(String code, String field, Problems problems) {
        if (code != null && !isAlpha3(code)) {
            problems.add(field, "'" + code + "' is not an ISO 3166-1 alpha-3 country code (e.g. MYS, THA)");
        }
    }

    /** The alpha-3 code for a code written in alpha-3 or alpha-2, in any case; null when it is neither. */
    public static String alpha3(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        return c.length() == 2 ? ALPHA3_OF.get(c) : isAlpha3(c) ? c : null;
    }

    /** The alpha-2 code for an alpha-3 one, for libraries that want it (phone numbers). */
    public static String alpha2(String alpha3) {
        return alpha3 == null ? null : ALPHA2_OF.get(alpha3);
    }
}
