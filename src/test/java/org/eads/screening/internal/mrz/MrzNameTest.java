package org.eads.screening.internal.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Doc 9303 Part 3 name field: '<<' between identifiers, '<' between parts, fillers after, truncation when full. */
class MrzNameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ERIKSSON<<ANNA<MARIA<<<<<<<<<<|ERIKSSON|ANNA MARIA|false",
            "AHMAD<FAIZAL<BIN<RAHMAN<<<<<<<|AHMAD FAIZAL BIN RAHMAN||false",
            "SUKARNO<<<<<<<<<<<<<<<<<<<<<<<|SUKARNO||false",
            "DE<LA<CRUZ<<MARIA<<<<<<<<<<<<<|DE LA CRUZ|MARIA|false",
            "SRISUKPHONGSAWAT<<PHANIDACHAKR|SRISUKPHONGSAWAT|PHANIDACHAKR|true",
            "NGUYEN<<THI<<MINH<<<<<<<<<<<<<|NGUYEN|THI MINH|false"})
    void splitsTheIdentifiers(String field, String primary, String secondary, boolean truncated) {
        assertThat(MrzName.parse(field))
                .isEqualTo(new MrzName(primary, secondary == null ? "" : secondary, truncated));
    }
}
