package org.eads.records;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A date known fully ({@code 1984-03-12}), to the month ({@code 1984-03}) or to the year ({@code 1984}). */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    private static final Pattern FORM = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public PartialDate {
        if (year < 1800 || year > 2200) {
            throw new IllegalArgumentException("year " + year + " is out of range");
        }
        if (month != null) {
            YearMonth.of(year, month);
            if (day != null) {
                LocalDate.of(year, month, day);
            }
        } else if (day != null) {
            throw new IllegalArgumentException("a day needs a month");
        }
    }

    /** Parses {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}; the message says which form is expected. */
    @JsonCreator
    public static PartialDate parse(String text) {
        String s = text == null ? "" : text.strip();
        if (!FORM.matcher(s).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date: use yyyy-mm-dd, yyyy-mm or yyyy");
        }
        try {
            int year = Integer.parseInt(s.substring(0, 4));
            Integer month = s.length() >= 7 ? Integer.valueOf(s.substring(5, 7)) : null;
            Integer day = s.length() == 10 ? Integer.valueOf(s.substring(8, 10)) : null;
            return new PartialDate(year, month, day);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid date", e);
        }
    }

    public boolean isAfter(LocalDate date) {
        LocalDate earliest = LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
        return earliest.isAfter(date);
    }

    @JsonValue
    @Override
    public String toString() {
        if (month == null) {
            return String.format("%04d", year);
        }
        return day == null ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
    }

    @Override
    public int compareTo(PartialDate o) {
        return toString().compareTo(o.toString());
    }
}
