package org.eads.screening.internal.mrz;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The codes Doc 9303 allows for states and nationalities: ISO 3166-1 alpha-3 (taken from the JDK so that the list
 * follows ISO updates with the runtime) plus the codes ICAO added in Doc 9303 Part 3.
 */
final class IcaoCountryCodes {

    private static final Map<String, String> ICAO_SPECIAL = Map.ofEntries(
            Map.entry("D", "Germany"),
            Map.entry("EUE", "European Union"),
            Map.entry("GBD", "British Overseas Territories Citizen"),
            Map.entry("GBN", "British National (Overseas)"),
            Map.entry("GBO", "British Overseas Citizen"),
            Map.entry("GBP", "British Protected Person"),
            Map.entry("GBS", "British Subject"),
            Map.entry("UNO", "United Nations Organization or one of its officials"),
            Map.entry("UNA", "Specialized agency of the United Nations or one of its officials"),
            Map.entry("UNK", "Resident of Kosovo, document issued by the United Nations Interim Administration Mission"),
            Map.entry("XBA", "African Development Bank"),
            Map.entry("XIM", "African Export-Import Bank"),
            Map.entry("XCC", "Caribbean Community"),
            Map.entry("XCE", "Council of Europe"),
            Map.entry("XCO", "Common Market for Eastern and Southern Africa"),
            Map.entry("XEC", "Economic Community of West African States"),
            Map.entry("XPO", "International Criminal Police Organization (INTERPOL)"),
            Map.entry("XES", "Organisation of Eastern Caribbean States"),
            Map.entry("XMP", "Parliamentary Assembly of the Mediterranean"),
            Map.entry("XOM", "Sovereign Military Order of Malta"),
            Map.entry("XDC", "Southern African Development Community"),
            Map.entry("XXA", "Stateless person (1954 Convention)"),
            Map.entry("XXB", "Refugee (1951 Convention)"),
            Map.entry("XXC", "Refugee (other than under the 1951 Convention)"),
            Map.entry("XXX", "Person of unspecified nationality"));

    private final Map<String, String> isoNames;

    IcaoCountryCodes() {
        Map<String, String> names = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = Locale.of("", alpha2);
            names.put(country.getISO3Country(), country.getDisplayCountry(Locale.ENGLISH));
        }
        isoNames = Map.copyOf(names);
    }

    /** @param field the three characters of the zone; Germany's "D" arrives padded as "D<<" */
    MrzCountry resolve(String field) {
        String code = field.replace("<", "");
        if (code.equals("D")) {
            return new MrzCountry(code, MrzCountry.Kind.ICAO_SPECIAL, ICAO_SPECIAL.get(code), "DEU");
        }
        if (code.equals("UTO")) {
            return new MrzCountry(code, MrzCountry.Kind.SPECIMEN, "Utopia (ICAO specimen)", null);
        }
        String special = ICAO_SPECIAL.get(code);
        if (special != null) {
            return new MrzCountry(code, MrzCountry.Kind.ICAO_SPECIAL, special, null);
        }
        String iso = isoNames.get(code);
        if (iso != null) {
            return new MrzCountry(code, MrzCountry.Kind.ISO_3166, iso, code);
        }
        return new MrzCountry(code, MrzCountry.Kind.UNKNOWN, null, null);
    }
}
