package org.eads.screening.internal.mrz;

/**
 * An issuing state or nationality code of the zone.
 *
 * @param code as written, fillers removed ("D" for Germany)
 * @param name in English, or null when the code is unknown
 * @param iso3166Alpha3 the ISO 3166-1 code of the same state ("DEU" for "D"), or null where the code names no state
 *     (stateless persons, refugees, organisations, the ICAO specimen state)
 */
public record MrzCountry(String code, Kind kind, String name, String iso3166Alpha3) {

    public enum Kind {
        /** An ISO 3166-1 alpha-3 country code. */
        ISO_3166,
        /** A code ICAO added for Doc 9303 (Germany's D, British nationality classes, UN, stateless, refugees ...). */
        ICAO_SPECIAL,
        /** Utopia, the fictional state of the ICAO specimens: never a real document. */
        SPECIMEN,
        UNKNOWN
    }
}
