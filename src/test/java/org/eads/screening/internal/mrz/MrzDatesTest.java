package org.eads.screening.internal.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Centuries are decided against a fixed today, 2026-11-23. */
class MrzDatesTest {

    private final MrzParser parser = new MrzParser(MrzSamples.TODAY);

    private MachineReadableZone passport(String birth, String expiry) {
        return parser.parse(MrzSamples.td3("MYS", "LIM", "WEI", "A1234567", "MYS", birth, 'M', expiry, ""));
    }

    @ParameterizedTest(name = "born {0} is {1}")
    @CsvSource({"261123, 2026-11-23", "261124, 1926-11-24", "250101, 2025-01-01", "000229, 2000-02-29",
            "991231, 1999-12-31", "270101, 1927-01-01"})
    void placesABirthDateNeverInTheFuture(String raw, LocalDate expected) {
        assertThat(passport(raw, "300101").dateOfBirth().date()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "expiring {0} is {1}")
    @CsvSource({"120415, 2012-04-15", "750101, 2075-01-01", "760101, 1976-01-01", "361123, 2036-11-23",
            "991231, 1999-12-31"})
    void placesAnExpiryWithinFiftyYearsOfToday(String raw, LocalDate expected) {
        assertThat(passport("800101", raw).dateOfExpiry().date()).isEqualTo(expected);
    }

    @Test
    void keepsTheYearOfABirthDateWithAnUnknownDayOrMonth() {
        MachineReadableZone unknownDay = passport("7408<<", "300101");
        MachineReadableZone unknownMonthAndDay = passport("740000", "300101");

        assertThat(unknownDay.dateOfBirth()).isEqualTo(new MrzDate("7408<<", null, 1974));
        assertThat(unknownMonthAndDay.dateOfBirth()).isEqualTo(new MrzDate("740000", null, 1974));
        assertThat(unknownDay.problems()).isEmpty();
        assertThat(unknownDay.valid()).isTrue();
    }

    @Test
    void acceptsAWhollyUnknownDateOfBirth() {
        MachineReadableZone zone = passport("<<<<<<", "300101");

        assertThat(zone.dateOfBirth()).isEqualTo(new MrzDate("<<<<<<", null, null));
        assertThat(zone.valid()).isTrue();
    }

    @Test
    void reportsAnExpiryThatIsNoDate() {
        MachineReadableZone zone = passport("800101", "300230");

        assertThat(zone.dateOfExpiry()).isEqualTo(new MrzDate("300230", null, 2030));
        assertThat(zone.problems()).extracting(MrzProblem::message)
                .containsExactly("The date of expiry '300230' is not a date (YYMMDD)");
    }
}
