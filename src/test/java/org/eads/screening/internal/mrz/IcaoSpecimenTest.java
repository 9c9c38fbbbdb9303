package org.eads.screening.internal.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The specimen zones printed in ICAO Doc 9303 Parts 4, 5 and 6. */
class IcaoSpecimenTest {

    private final MrzParser parser = new MrzParser(MrzSamples.TODAY);

    @Test
    void readsTheTd3PassportSpecimen() {
        MachineReadableZone zone = parser.parse("""
                P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
                L898902C36UTO7408122F1204159ZE184226B<<<<<10""");

        assertThat(zone.format()).isEqualTo(MrzFormat.TD3);
        assertThat(zone.documentCode()).isEqualTo("P");
        assertThat(zone.issuingState().code()).isEqualTo("UTO");
        assertThat(zone.issuingState().kind()).isEqualTo(MrzCountry.Kind.SPECIMEN);
        assertThat(zone.name()).isEqualTo(new MrzName("ERIKSSON", "ANNA MARIA", false));
        assertThat(zone.documentNumber()).isEqualTo("L898902C3");
        assertThat(zone.nationality().code()).isEqualTo("UTO");
        assertThat(zone.dateOfBirth().date()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(zone.sex()).isEqualTo(Sex.FEMALE);
        assertThat(zone.dateOfExpiry().date()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(zone.optionalData()).containsExactly("ZE184226B");
        assertThat(zone.checkDigits()).extracting(CheckDigitResult::field).containsExactly(
                CheckedField.DOCUMENT_NUMBER, CheckedField.DATE_OF_BIRTH, CheckedField.DATE_OF_EXPIRY,
                CheckedField.PERSONAL_NUMBER, CheckedField.COMPOSITE);
        assertThat(zone.checkDigits()).extracting(CheckDigitResult::expected)
                .containsExactly('6', '2', '9', '1', '0');
        assertThat(zone.valid()).isTrue();
        assertThat(zone.problems()).isEmpty();
    }

    @Test
    void readsTheTd1IdentityCardSpecimen() {
        MachineReadableZone zone = parser.parse("""
                I<UTOD231458907<<<<<<<<<<<<<<<
                7408122F1204159UTO<<<<<<<<<<<6
                ERIKSSON<<ANNA<MARIA<<<<<<<<<<""");

        assertThat(zone.format()).isEqualTo(MrzFormat.TD1);
        assertThat(zone.documentCode()).isEqualTo("I");
        assertThat(zone.documentNumber()).isEqualTo("D23145890");
        assertThat(zone.name()).isEqualTo(new MrzName("ERIKSSON", "ANNA MARIA", false));
        assertThat(zone.dateOfBirth().date()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(zone.dateOfExpiry().date()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(zone.nationality().code()).isEqualTo("UTO");
        assertThat(zone.optionalData()).containsExactly("", "");
        assertThat(zone.checkDigits()).extracting(CheckDigitResult::field).containsExactly(
                CheckedField.DOCUMENT_NUMBER, CheckedField.DATE_OF_BIRTH, CheckedField.DATE_OF_EXPIRY,
                CheckedField.COMPOSITE);
        assertThat(zone.checkDigit(CheckedField.DOCUMENT_NUMBER))
                .isEqualTo(new CheckDigitResult(CheckedField.DOCUMENT_NUMBER, "D23145890", 1, 15, '7', '7', true,
                        List.of()));
        assertThat(zone.checkDigit(CheckedField.COMPOSITE).expected()).isEqualTo('6');
        assertThat(zone.valid()).isTrue();
    }

    @Test
    void readsTheTd2Specimen() {
        MachineReadableZone zone = parser.parse("""
                I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<
                D231458907UTO7408122F1204159<<<<<<<6""");

        assertThat(zone.format()).isEqualTo(MrzFormat.TD2);
        assertThat(zone.documentNumber()).isEqualTo("D23145890");
        assertThat(zone.name().primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(zone.name().secondaryIdentifier()).isEqualTo("ANNA MARIA");
        assertThat(zone.dateOfBirth().date()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(zone.sex()).isEqualTo(Sex.FEMALE);
        assertThat(zone.checkDigit(CheckedField.COMPOSITE))
                .extracting(CheckDigitResult::expected, CheckDigitResult::found, CheckDigitResult::line,
                        CheckDigitResult::position)
                .containsExactly('6', '6', 2, 36);
        assertThat(zone.valid()).isTrue();
    }

    /** Part 5's example of a document number longer than 9 characters. */
    @Test
    void readsATd1DocumentNumberContinuedInTheOptionalData() {
        String line1 = "I<UTOD23145890<7349<<<<<<<<<<<";
        String line2 = "7408122F1204159UTO<<<<<<<<<<<";
        line2 = line2 + MrzSamples.checkDigit(line1.substring(5) + line2.substring(0, 7) + line2.substring(8, 15)
                + line2.substring(18, 29));

        MachineReadableZone zone = parser.parse(line1 + "\n" + line2 + "\nERIKSSON<<ANNA<MARIA<<<<<<<<<<");

        assertThat(zone.documentNumber()).isEqualTo("D23145890734");
        assertThat(zone.checkDigit(CheckedField.DOCUMENT_NUMBER))
                .extracting(CheckDigitResult::checkedText, CheckDigitResult::position, CheckDigitResult::found,
                        CheckDigitResult::valid)
                .containsExactly("D23145890734", 19, '9', true);
        assertThat(zone.optionalData()).containsExactly("", "");
        assertThat(zone.valid()).isTrue();
    }
}
