package org.eads.screening.internal.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Made-up documents of member states, built with check digits computed by the test itself. */
class AseanPassportTest {

    private static final String MALAYSIA = MrzSamples.td3("MYS", "AHMAD FAIZAL BIN RAHMAN", "", "A12345678", "MYS",
            "840312", 'M', "290611", "840312145678");
    private static final String THAILAND = MrzSamples.td3("THA", "JAIDEE", "SOMCHAI", "AA1234567", "THA",
            "900101", 'M', "310215", "1101700203451");
    private static final String VIET_NAM = MrzSamples.td3("VNM", "NGUYEN", "THI MINH KHAI", "C1234567", "VNM",
            "050930", 'F', "350930", "");
    private static final String SINGAPORE_CARD = MrzSamples.td1("I", "SGP", "S1234567D", "", "880214", 'F',
            "300101", "SGP", "", "TAN", "MEI LING");
    private static final String PHILIPPINES_LONG_NUMBER = MrzSamples.td1("ID", "PHL", "PSN123456789012", "",
            "790505", 'X', "281231", "PHL", "A1", "DELA CRUZ", "JUAN");

    private final MrzParser parser = new MrzParser(MrzSamples.TODAY);

    @Test
    void readsAMalaysianPassportWhoseNameHasNoSurname() {
        MachineReadableZone zone = parser.parse(MALAYSIA);

        assertThat(zone.valid()).isTrue();
        assertThat(zone.name()).isEqualTo(new MrzName("AHMAD FAIZAL BIN RAHMAN", "", false));
        assertThat(zone.documentNumber()).isEqualTo("A12345678");
        assertThat(zone.nationality()).isEqualTo(new MrzCountry("MYS", MrzCountry.Kind.ISO_3166, "Malaysia", "MYS"));
        assertThat(zone.dateOfBirth().date()).isEqualTo(LocalDate.of(1984, 3, 12));
        assertThat(zone.dateOfExpiry().date()).isEqualTo(LocalDate.of(2029, 6, 11));
        assertThat(zone.sex()).isEqualTo(Sex.MALE);
        assertThat(zone.optionalData()).containsExactly("840312145678");
    }

    @Test
    void readsAThaiPassport() {
        MachineReadableZone zone = parser.parse(THAILAND);

        assertThat(zone.valid()).isTrue();
        assertThat(zone.name()).isEqualTo(new MrzName("JAIDEE", "SOMCHAI", false));
        assertThat(zone.issuingState().name()).isEqualTo("Thailand");
        assertThat(zone.optionalData()).containsExactly("1101700203451");
    }

    @Test
    void readsAVietnamesePassportBornThisCenturyWithoutPersonalNumber() {
        MachineReadableZone zone = parser.parse(VIET_NAM);

        assertThat(zone.valid()).isTrue();
        assertThat(zone.name()).isEqualTo(new MrzName("NGUYEN", "THI MINH KHAI", false));
        assertThat(zone.documentNumber()).isEqualTo("C1234567");
        assertThat(zone.dateOfBirth().date()).isEqualTo(LocalDate.of(2005, 9, 30));
        assertThat(zone.dateOfExpiry().date()).isEqualTo(LocalDate.of(2035, 9, 30));
        assertThat(zone.optionalData()).containsExactly("");
        assertThat(zone.checkDigit(CheckedField.PERSONAL_NUMBER))
                .extracting(CheckDigitResult::found, CheckDigitResult::valid).containsExactly('<', true);
    }

    @Test
    void readsASingaporeIdentityCard() {
        MachineReadableZone zone = parser.parse(SINGAPORE_CARD);

        assertThat(zone.format()).isEqualTo(MrzFormat.TD1);
        assertThat(zone.valid()).isTrue();
        assertThat(zone.documentNumber()).isEqualTo("S1234567D");
        assertThat(zone.name()).isEqualTo(new MrzName("TAN", "MEI LING", false));
        assertThat(zone.dateOfBirth().date()).isEqualTo(LocalDate.of(1988, 2, 14));
    }

    @Test
    void readsALongDocumentNumberAndKeepsTheOtherOptionalData() {
        MachineReadableZone zone = parser.parse(PHILIPPINES_LONG_NUMBER);

        assertThat(zone.valid()).isTrue();
        assertThat(zone.documentCode()).isEqualTo("ID");
        assertThat(zone.documentNumber()).isEqualTo("PSN123456789012");
        assertThat(zone.sex()).isEqualTo(Sex.UNSPECIFIED);
        assertThat(zone.sexCode()).isEqualTo('X');
        assertThat(zone.optionalData()).containsExactly("", "A1");
        assertThat(zone.name()).isEqualTo(new MrzName("DELA CRUZ", "JUAN", false));
    }

    @Test
    void readsATd2DocumentNumberContinuedInTheOptionalData() {
        String number = "KH1234567890";
        String line1 = "I<KHMSOK<<DARA" + "<".repeat(22);
        String doc = number.substring(0, 9) + "<";
        String optional = number.substring(9) + MrzSamples.checkDigit(number) + "<<<";
        String rest = "KHM" + "851120" + MrzSamples.checkDigit("851120") + "M" + "320101"
                + MrzSamples.checkDigit("320101") + optional;
        String composite = doc + rest.substring(3, 10) + rest.substring(11);
        String line2 = doc + rest + MrzSamples.checkDigit(composite);

        MachineReadableZone zone = parser.parse(line1 + "\n" + line2);

        assertThat(zone.format()).isEqualTo(MrzFormat.TD2);
        assertThat(zone.documentNumber()).isEqualTo(number);
        assertThat(zone.optionalData()).containsExactly("");
        assertThat(zone.name()).isEqualTo(new MrzName("SOK", "DARA", false));
        assertThat(zone.valid()).isTrue();
    }

    @Test
    void reportsAFillerCheckDigitWithNothingContinued() {
        String card = MrzSamples.replace(SINGAPORE_CARD, 1, 15, '<');

        MachineReadableZone zone = parser.parse(card);

        assertThat(zone.documentNumber()).isEqualTo("S1234567D");
        assertThat(zone.checkDigit(CheckedField.DOCUMENT_NUMBER))
                .extracting(CheckDigitResult::found, CheckDigitResult::valid).containsExactly('<', false);
    }

    static Stream<Arguments> everyCheckDigit() {
        return Stream.of(
                Arguments.of("Malaysia", MALAYSIA, 2, 10, CheckedField.DOCUMENT_NUMBER),
                Arguments.of("Malaysia", MALAYSIA, 2, 20, CheckedField.DATE_OF_BIRTH),
                Arguments.of("Malaysia", MALAYSIA, 2, 28, CheckedField.DATE_OF_EXPIRY),
                Arguments.of("Malaysia", MALAYSIA, 2, 43, CheckedField.PERSONAL_NUMBER),
                Arguments.of("Malaysia", MALAYSIA, 2, 44, CheckedField.COMPOSITE),
                Arguments.of("Thailand", THAILAND, 2, 10, CheckedField.DOCUMENT_NUMBER),
                Arguments.of("Thailand", THAILAND, 2, 20, CheckedField.DATE_OF_BIRTH),
                Arguments.of("Thailand", THAILAND, 2, 28, CheckedField.DATE_OF_EXPIRY),
                Arguments.of("Thailand", THAILAND, 2, 43, CheckedField.PERSONAL_NUMBER),
                Arguments.of("Thailand", THAILAND, 2, 44, CheckedField.COMPOSITE),
                Arguments.of("Viet Nam", VIET_NAM, 2, 10, CheckedField.DOCUMENT_NUMBER),
                Arguments.of("Viet Nam", VIET_NAM, 2, 43, CheckedField.PERSONAL_NUMBER),
                Arguments.of("Viet Nam", VIET_NAM, 2, 44, CheckedField.COMPOSITE),
                Arguments.of("Singapore card", SINGAPORE_CARD, 1, 15, CheckedField.DOCUMENT_NUMBER),
                Arguments.of("Singapore card", SINGAPORE_CARD, 2, 7, CheckedField.DATE_OF_BIRTH),
                Arguments.of("Singapore card", SINGAPORE_CARD, 2, 15, CheckedField.DATE_OF_EXPIRY),
                Arguments.of("Singapore card", SINGAPORE_CARD, 2, 30, CheckedField.COMPOSITE),
                Arguments.of("Philippine card", PHILIPPINES_LONG_NUMBER, 1, 22, CheckedField.DOCUMENT_NUMBER));
    }

    @ParameterizedTest(name = "{0}: {4} at line {2} position {3}")
    @MethodSource("everyCheckDigit")
    void reportsEachBrokenCheckDigitWithoutThrowing(String document, String zone, int line, int position,
            CheckedField field) {
        char original = MrzSamples.charAt(zone, line, position);
        char broken = Character.forDigit((Character.digit(original == '<' ? '0' : original, 10) + 1) % 10, 10);

        MachineReadableZone read = parser.parse(MrzSamples.replace(zone, line, position, broken));

        CheckDigitResult result = read.checkDigit(field);
        assertThat(result.valid()).isFalse();
        assertThat(result.found()).isEqualTo(broken);
        assertThat(result.expected()).isEqualTo(original == '<' ? '0' : original);
        assertThat(result.line()).isEqualTo(line);
        assertThat(result.position()).isEqualTo(position);
        assertThat(result.suggestions()).isEmpty();
        // The composite covers every other check digit, so breaking one breaks it too; nothing else changes.
        assertThat(read.checkDigits()).filteredOn(c -> c.field() != field && c.field() != CheckedField.COMPOSITE)
                .allMatch(CheckDigitResult::valid);
        assertThat(read.checkDigit(CheckedField.COMPOSITE).valid()).isFalse();
        assertThat(read.valid()).isFalse();
        assertThat(read.documentNumber()).isEqualTo(parser.parse(zone).documentNumber());
    }
}
