package org.eads.screening.internal.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ISO 3166-1 alpha-3 codes and the codes ICAO added are accepted and told apart. */
class CountryCodeTest {

    private final MrzParser parser = new MrzParser(MrzSamples.TODAY);

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            "D<<, D, ICAO_SPECIAL, DEU",
            "GBD, GBD, ICAO_SPECIAL, -",
            "GBN, GBN, ICAO_SPECIAL, -",
            "GBO, GBO, ICAO_SPECIAL, -",
            "GBS, GBS, ICAO_SPECIAL, -",
            "GBP, GBP, ICAO_SPECIAL, -",
            "UNO, UNO, ICAO_SPECIAL, -",
            "UNA, UNA, ICAO_SPECIAL, -",
            "UNK, UNK, ICAO_SPECIAL, -",
            "XXA, XXA, ICAO_SPECIAL, -",
            "XXB, XXB, ICAO_SPECIAL, -",
            "XXC, XXC, ICAO_SPECIAL, -",
            "XXX, XXX, ICAO_SPECIAL, -",
            "EUE, EUE, ICAO_SPECIAL, -",
            "GBR, GBR, ISO_3166, GBR",
            "BRN, BRN, ISO_3166, BRN",
            "KHM, KHM, ISO_3166, KHM",
            "IDN, IDN, ISO_3166, IDN",
            "LAO, LAO, ISO_3166, LAO",
            "MMR, MMR, ISO_3166, MMR",
            "PHL, PHL, ISO_3166, PHL",
            "UTO, UTO, SPECIMEN, -",
            "ZZZ, ZZZ, UNKNOWN, -"})
    void marksTheKindOfNationality(String field, String code, MrzCountry.Kind kind, String iso) {
        MachineReadableZone zone = parser.parse(
                MrzSamples.td3("MYS", "LIM", "WEI", "A1234567", field, "800101", 'M', "300101", ""));

        assertThat(zone.nationality().code()).isEqualTo(code);
        assertThat(zone.nationality().kind()).isEqualTo(kind);
        assertThat(zone.nationality().iso3166Alpha3()).isEqualTo(iso);
        assertThat(zone.problems().isEmpty()).isEqualTo(kind != MrzCountry.Kind.UNKNOWN);
    }
}
