package org.eads.screening.internal.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** Text that is not a zone is refused with a message that says what to fix; untidy text is read. */
class MalformedMrzTest {

    private static final String LINE1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    private static final String LINE2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    private final MrzParser parser = new MrzParser(MrzSamples.TODAY);

    @Test
    void namesTheLineThatLostACharacter() {
        assertThatThrownBy(() -> parser.parse(LINE1 + "\n" + LINE2.substring(1)))
                .isInstanceOfSatisfying(MrzFormatException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessage("Line 2 has 43 characters, a TD3 line has 44");
    }

    @Test
    void namesEveryLineOfTheWrongLength() {
        assertThatThrownBy(() -> parser.parse("""
                I<UTOD231458907<<<<<<<<<<<<<<
                7408122F1204159UTO<<<<<<<<<<<6
                ERIKSSON<<ANNA<MARIA<<<<<<<<<<<"""))
                .hasMessage("Line 1 has 29 characters and line 3 has 31 characters, a TD1 line has 30");
    }

    @Test
    void namesTheTd2WhenItsLinesAreNearer() {
        assertThatThrownBy(() -> parser.parse("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<6"))
                .hasMessage("Line 2 has 35 characters, a TD2 line has 36");
    }

    @Test
    void namesTheLineAndPositionOfACharacterThatIsNotInAnMrz() {
        assertThatThrownBy(() -> parser.parse(LINE1 + "\n" + LINE2.replace("UTO", "UT0#")))
                .isInstanceOfSatisfying(MrzFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.position()).isEqualTo(14);
                })
                .hasMessage("Line 2, position 14: '#' is not an MRZ character (A-Z, 0-9 and < only)");
    }

    @Test
    void refusesEmptyText() {
        assertThatThrownBy(() -> parser.parse("  \n ")).isInstanceOf(MrzFormatException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void refusesASingleLine() {
        assertThatThrownBy(() -> parser.parse(LINE1))
                .hasMessageStartingWith("Only 1 line of 44 characters: a machine readable zone has 2 lines of 44");
    }

    @Test
    void refusesFourLines() {
        assertThatThrownBy(() -> parser.parse("A\nB\nC\nD"))
                .hasMessage("4 lines: a machine readable zone has 2 lines (TD3, TD2, visas) or 3 lines (TD1)");
    }

    @Test
    void refusesADocumentCodeThatIsNotALetter() {
        assertThatThrownBy(() -> parser.parse("1" + LINE1.substring(1) + "\n" + LINE2))
                .hasMessage("Line 1, position 1: a document code starts with a letter (P, I, A, C, V), found '1'");
    }

    @Test
    void readsLowerCaseWithSpacesBlankLinesAndWindowsLineEnds() {
        String untidy = "\r\n   p<uto eriksson<<anna<maria<<<<<<<<<<<<<<<<<<<  \r\n\r\n"
                + "L898902C36 UTO 7408122 F 1204159 ZE184226B<<<<<10\t\r\n ";

        MachineReadableZone zone = parser.parse(untidy);

        assertThat(zone.lines()).containsExactly(LINE1, LINE2);
        assertThat(zone.valid()).isTrue();
    }

    @Test
    void readsAZoneWhoseLineBreaksWereLost() {
        assertThat(parser.parse(LINE1 + LINE2).lines()).containsExactly(LINE1, LINE2);
        assertThat(parser.parse("I<UTOD231458907<<<<<<<<<<<<<<<7408122F1204159UTO<<<<<<<<<<<6ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
                .format()).isEqualTo(MrzFormat.TD1);
    }

    @Test
    void readsImpossibleFieldsAsProblemsNotExceptions() {
        String zone = MrzSamples.td3("QQQ", "ERIKSSON", "ANNA", "L898902C3", "UTO", "741332", 'Q', "120415", "");

        MachineReadableZone read = parser.parse(zone);

        assertThat(read.problems()).extracting(MrzProblem::message).containsExactly(
                "The issuing state 'QQQ' is not an ISO 3166 or ICAO country code",
                "The date of birth '741332' is not a date (YYMMDD)",
                "The sex 'Q' is not M, F, X or <");
        assertThat(read.problems()).extracting(MrzProblem::line, MrzProblem::position)
                .containsExactly(tuple(1, 3), tuple(2, 14),
                        tuple(2, 21));
        assertThat(read.dateOfBirth().year()).isEqualTo(1974);
        assertThat(read.checkDigits()).allMatch(CheckDigitResult::valid);
        assertThat(read.valid()).isFalse();
    }
}
