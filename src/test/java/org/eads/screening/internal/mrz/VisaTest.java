package org.eads.screening.internal.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Machine readable visas (Doc 9303 Part 7): the sizes of TD3 and TD2, no personal number and no composite. */
class VisaTest {

    private final MrzParser parser = new MrzParser(MrzSamples.TODAY);

    @Test
    void readsTheMrvASpecimen() {
        MachineReadableZone zone = parser.parse("""
                V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
                L8988901C4XXX4009078F96121096ZE184226B<<<<<<""");

        assertThat(zone.format()).isEqualTo(MrzFormat.MRV_A);
        assertThat(zone.documentCode()).isEqualTo("V");
        assertThat(zone.documentNumber()).isEqualTo("L8988901C");
        assertThat(zone.nationality().kind()).isEqualTo(MrzCountry.Kind.ICAO_SPECIAL);
        assertThat(zone.nationality().code()).isEqualTo("XXX");
        assertThat(zone.dateOfBirth().date()).isEqualTo(LocalDate.of(1940, 9, 7));
        assertThat(zone.dateOfExpiry().date()).isEqualTo(LocalDate.of(1996, 12, 10));
        assertThat(zone.optionalData()).containsExactly("6ZE184226B");
        assertThat(zone.checkDigits()).extracting(CheckDigitResult::field).containsExactly(
                CheckedField.DOCUMENT_NUMBER, CheckedField.DATE_OF_BIRTH, CheckedField.DATE_OF_EXPIRY);
        assertThat(zone.checkDigits()).extracting(CheckDigitResult::expected).containsExactly(
                MrzSamples.checkDigit("L8988901C"), MrzSamples.checkDigit("400907"), MrzSamples.checkDigit("961210"));
        assertThat(zone.valid()).isTrue();
    }

    @Test
    void readsTheMrvBSpecimen() {
        MachineReadableZone zone = parser.parse("""
                V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<
                L8988901C4XXX4009078F9612109<<<<<<<<""");

        assertThat(zone.format()).isEqualTo(MrzFormat.MRV_B);
        assertThat(zone.name()).isEqualTo(new MrzName("ERIKSSON", "ANNA MARIA", false));
        assertThat(zone.optionalData()).containsExactly("");
        assertThat(zone.checkDigits()).hasSize(3).allMatch(CheckDigitResult::valid);
    }

    @Test
    void tellsAVisaOfTheWrongLengthByItsOwnName() {
        assertThatThrownBy(() -> parser.parse("""
                V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
                L8988901C4XXX4009078F96121096ZE184226B<<<<<"""))
                .hasMessage("Line 2 has 43 characters, an MRV-A line has 44");
    }
}
