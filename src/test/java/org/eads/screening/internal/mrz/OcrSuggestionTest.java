package org.eads.screening.internal.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Scanner confusions are suggested, never applied silently. */
class OcrSuggestionTest {

    private static final String SPECIMEN = """
            P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
            L898902C36UTO7408122F1204159ZE184226B<<<<<10""";

    private final MrzParser parser = new MrzParser(MrzSamples.TODAY);

    @Test
    void suggestsTheDocumentNumberWithTheZeroReadAsTheLetterO() {
        String scanned = MrzSamples.replace(SPECIMEN, 2, 6, 'O');

        MachineReadableZone zone = parser.parse(scanned, OcrTolerance.SUGGEST_CORRECTIONS);

        CheckDigitResult number = zone.checkDigit(CheckedField.DOCUMENT_NUMBER);
        assertThat(number.valid()).isFalse();
        assertThat(zone.documentNumber()).isEqualTo("L8989O2C3");
        assertThat(number.suggestions()).contains(
                new OcrSuggestion("L898902C3", '6', List.of(new Substitution(2, 6, 'O', '0'))));
        assertThat(number.suggestions()).allMatch(s -> s.substitutions().size() == 1);
        assertThat(zone.checkDigit(CheckedField.COMPOSITE).valid()).isFalse();
    }

    @Test
    void suggestsTheDateOfBirthWithLettersReadForDigits() {
        String scanned = MrzSamples.replace(MrzSamples.replace(SPECIMEN, 2, 16, 'O'), 2, 19, 'Z');

        MachineReadableZone zone = parser.parse(scanned, OcrTolerance.SUGGEST_CORRECTIONS);

        CheckDigitResult birth = zone.checkDigit(CheckedField.DATE_OF_BIRTH);
        assertThat(birth.valid()).isFalse();
        assertThat(birth.suggestions()).singleElement().satisfies(s -> {
            assertThat(s.value()).isEqualTo("740812");
            assertThat(s.substitutions()).containsExactly(new Substitution(2, 16, 'O', '0'),
                    new Substitution(2, 19, 'Z', '2'));
        });
        assertThat(zone.dateOfBirth().date()).isNull();
        assertThat(zone.problems()).extracting(MrzProblem::message)
                .containsExactly("The date of birth '74O81Z' is not a date (YYMMDD)");
    }

    @Test
    void suggestsTheCompositeWithTheCorrectionsOfTheFieldsItCovers() {
        String scanned = MrzSamples.replace(SPECIMEN, 2, 24, 'O');

        MachineReadableZone zone = parser.parse(scanned, OcrTolerance.SUGGEST_CORRECTIONS);

        assertThat(zone.checkDigit(CheckedField.DATE_OF_EXPIRY).suggestions()).singleElement()
                .extracting(OcrSuggestion::value).isEqualTo("120415");
        assertThat(zone.checkDigit(CheckedField.COMPOSITE).suggestions()).singleElement()
                .extracting(OcrSuggestion::substitutions)
                .isEqualTo(List.of(new Substitution(2, 24, 'O', '0')));
    }

    @Test
    void suggestsACheckDigitReadAsALetter() {
        String scanned = MrzSamples.replace(MrzSamples.replace(SPECIMEN, 2, 44, 'O'), 2, 20, 'Z');

        MachineReadableZone zone = parser.parse(scanned, OcrTolerance.SUGGEST_CORRECTIONS);

        assertThat(zone.checkDigit(CheckedField.DATE_OF_BIRTH).suggestions()).singleElement()
                .extracting(OcrSuggestion::checkDigit).isEqualTo('2');
        assertThat(zone.checkDigit(CheckedField.COMPOSITE).suggestions()).singleElement()
                .extracting(OcrSuggestion::substitutions)
                .isEqualTo(List.of(new Substitution(2, 20, 'Z', '2'), new Substitution(2, 44, 'O', '0')));
    }

    @Test
    void suggestsALetterReadAsADigitInAnAsianPassportNumber() {
        String thai = MrzSamples.td3("THA", "JAIDEE", "SOMCHAI", "AB1234567", "THA", "900101", 'M', "310215", "");
        String scanned = MrzSamples.replace(thai, 2, 2, '8');

        MachineReadableZone zone = parser.parse(scanned, OcrTolerance.SUGGEST_CORRECTIONS);

        assertThat(zone.checkDigit(CheckedField.DOCUMENT_NUMBER).suggestions())
                .extracting(OcrSuggestion::value).contains("AB1234567");
    }

    @Test
    void suggestsNothingWhenTheTextIsTyped() {
        MachineReadableZone zone = parser.parse(MrzSamples.replace(SPECIMEN, 2, 6, 'O'));

        assertThat(zone.checkDigits()).allMatch(c -> c.suggestions().isEmpty());
        assertThat(zone.checkDigit(CheckedField.DOCUMENT_NUMBER).valid()).isFalse();
    }

    @Test
    void suggestsNothingForAWrongDigitThatIsNoConfusion() {
        MachineReadableZone zone = parser.parse(MrzSamples.replace(SPECIMEN, 2, 15, '3'),
                OcrTolerance.SUGGEST_CORRECTIONS);

        assertThat(zone.checkDigit(CheckedField.DATE_OF_BIRTH).suggestions()).isEmpty();
    }
}
