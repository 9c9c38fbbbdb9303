package org.eads.screening.internal.mrz;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Decides the century of the zone's two-digit years against today: a person is never born in the future, and a
 * document expires within the 50 years either side of today (documents run at most about ten years, and expired
 * ones are still read at borders and in investigations).
 */
final class MrzDates {

    private static final int EXPIRY_WINDOW_YEARS = 50;

    private final Clock clock;

    MrzDates(Clock clock) {
        this.clock = clock;
    }

    MrzDate dateOfBirth(Slice slice, MrzLines lines, List<MrzProblem> problems) {
        LocalDate today = LocalDate.now(clock);
        return read(slice, lines, problems, "date of birth", true,
                yy -> today.getYear() - Math.floorMod(today.getYear() - yy, 100), today);
    }

    MrzDate dateOfExpiry(Slice slice, MrzLines lines, List<MrzProblem> problems) {
        LocalDate today = LocalDate.now(clock);
        int first = today.getYear() - EXPIRY_WINDOW_YEARS;
        return read(slice, lines, problems, "date of expiry", false, yy -> first + Math.floorMod(yy - first, 100),
                null);
    }

    /**
     * @param notAfter a birth date after it moves back a century (a birth this year but after today); null for
     *     expiry dates
     */
    private MrzDate read(Slice slice, MrzLines lines, List<MrzProblem> problems, String what, boolean unknownAllowed,
            IntUnaryOperator century, LocalDate notAfter) {
        String raw = slice.of(lines);
        if (unknownAllowed && raw.equals("<<<<<<")) {
            // Doc 9303 fills a wholly unknown date of birth with fillers; that is a fact, not a reading problem.
            return new MrzDate(raw, null, null);
        }
        if (!digits(raw.substring(0, 2))) {
            problems.add(problem(slice, "The %s '%s' has no readable year".formatted(what, raw)));
            return new MrzDate(raw, null, null);
        }
        int year = century.applyAsInt(Integer.parseInt(raw.substring(0, 2)));
        String month = raw.substring(2, 4);
        String day = raw.substring(4, 6);
        if (unknownAllowed && (unknown(month) || unknown(day)) && (digits(month) || unknown(month))
                && (digits(day) || unknown(day))) {
            return new MrzDate(raw, null, year);
        }
        if (!digits(month) || !digits(day)) {
            problems.add(problem(slice, "The %s '%s' is not a date (YYMMDD)".formatted(what, raw)));
            return new MrzDate(raw, null, year);
        }
        try {
            LocalDate date = LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
            if (notAfter != null && date.isAfter(notAfter)) {
                year -= 100;
                date = LocalDate.of(year, date.getMonth(), date.getDayOfMonth());
            }
            return new MrzDate(raw, date, year);
        } catch (DateTimeException e) {
            problems.add(problem(slice, "The %s '%s' is not a date (YYMMDD)".formatted(what, raw)));
            return new MrzDate(raw, null, year);
        }
    }

    private static MrzProblem problem(Slice slice, String message) {
        return new MrzProblem(slice.line() + 1, slice.position(), message);
    }

    private static boolean unknown(String part) {
        return part.equals("<<") || part.equals("00");
    }

    private static boolean digits(String part) {
        return part.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
