package org.eads.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eads.records.InvalidRecordException;

/**
 * A reporting period as members write it: a year ({@code 2025}), a quarter ({@code 2025-Q1}) or a month
 * ({@code 2025-03}). {@code number} is the quarter or month, 0 for a year.
 */
public record Period(int year, Periodicity periodicity, int number) implements Comparable<Period> {

    private static final Pattern FORM = Pattern.compile("^([0-9]{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$");

    public Period {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year " + year);
        }
        int max = switch (periodicity) {
            case YEAR -> 0;
            case QUARTER -> 4;
            case MONTH -> 12;
        };
        if (periodicity == Periodicity.YEAR ? number != 0 : number < 1 || number > max) {
            throw new IllegalArgumentException(periodicity + " " + number);
        }
    }

    public static Period year(int year) {
        return new Period(year, Periodicity.YEAR, 0);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(year, Periodicity.QUARTER, quarter);
    }

    public static Period month(int year, int month) {
        return new Period(year, Periodicity.MONTH, month);
    }

    /** The period written as {@code 2025}, {@code 2025-Q1} or {@code 2025-03}, or empty when it is not one. */
    public static java.util.Optional<Period> tryParse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        Matcher m = FORM.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1000) {
            return java.util.Optional.empty();
        }
        if (m.group(2) != null) {
            return java.util.Optional.of(quarter(year, Integer.parseInt(m.group(2))));
        }
        if (m.group(3) != null) {
            return java.util.Optional.of(month(year, Integer.parseInt(m.group(3))));
        }
        return java.util.Optional.of(year(year));
    }

    /** The period, or a mistake in the named field. */
    public static Period parse(String text, String field) {
        return tryParse(text).orElseThrow(() -> new InvalidRecordException(field, "'" + text
                + "' is not a reporting period: write a year (2025), a quarter (2025-Q1) or a month (2025-03)"));
    }

    /** The same period a year earlier. */
    public Period previousYear() {
        return new Period(year - 1, periodicity, number);
    }

    /** The quarter a month or quarter falls in; null for a year. */
    public Integer quarter() {
        return switch (periodicity) {
            case YEAR -> null;
            case QUARTER -> number;
            case MONTH -> (number - 1) / 3 + 1;
        };
    }

    /** The month of a monthly period; null otherwise. */
    public Integer month() {
        return periodicity == Periodicity.MONTH ? number : null;
    }

    public LocalDate start() {
        return switch (periodicity) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
            case MONTH -> LocalDate.of(year, number, 1);
        };
    }

    /** The last day of the period. */
    public LocalDate end() {
        return switch (periodicity) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case QUARTER -> start().plusMonths(3).minusDays(1);
            case MONTH -> start().plusMonths(1).minusDays(1);
        };
    }

    /** Whether the period is over on the given day, so that it can be reported. */
    public boolean endedBefore(LocalDate day) {
        return end().isBefore(day);
    }

    /** A number that orders periods of the same kind and counts them: months since year 0 for a month, and so on. */
    public int ordinal() {
        return switch (periodicity) {
            case YEAR -> year;
            case QUARTER -> year * 4 + number - 1;
            case MONTH -> year * 12 + number - 1;
        };
    }

    /** The periods of a year: the twelve months, the four quarters and the year itself. */
    public static List<Period> of(int year) {
        List<Period> out = new ArrayList<>(17);
        for (int m = 1; m <= 12; m++) {
            out.add(month(year, m));
        }
        for (int q = 1; q <= 4; q++) {
            out.add(quarter(year, q));
        }
        out.add(year(year));
        return out;
    }

    /** A short name for people: {@code Mar 2025}, {@code Q1 2025}, {@code 2025}. */
    public String label() {
        return switch (periodicity) {
            case YEAR -> Integer.toString(year);
            case QUARTER -> "Q" + number + " " + year;
            case MONTH -> java.time.Month.of(number).getDisplayName(java.time.format.TextStyle.SHORT,
                    java.util.Locale.ENGLISH) + " " + year;
        };
    }

    @Override
    public int compareTo(Period o) {
        int c = start().compareTo(o.start());
        return c != 0 ? c : Integer.compare(o.periodicity.ordinal(), periodicity.ordinal());
    }

    @Override
    public String toString() {
        return switch (periodicity) {
            case YEAR -> Integer.toString(year);
            case QUARTER -> year + "-Q" + number;
            case MONTH -> year + "-" + (number < 10 ? "0" : "") + number;
        };
    }
}
