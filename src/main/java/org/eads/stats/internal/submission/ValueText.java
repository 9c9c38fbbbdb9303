package org.eads.stats.internal.submission;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.eads.stats.Indicator;

/**
 * Reads a value as people and files write it: a number (thousands may be separated by commas or spaces), NA for
 * "not available", or nothing for "not reported". Forms, the API and uploads all read values through it.
 */
public final class ValueText {

    private static final Set<String> NOT_AVAILABLE = Set.of("NA", "N/A", "N.A.", "NOT AVAILABLE");
    private static final Pattern GROUPED = Pattern.compile("^-?\\d{1,3}([, ]\\d{3})+(\\.\\d+)?$");
    private static final Pattern PLAIN = Pattern.compile("^-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?$");
    private static final BigDecimal TOO_LARGE = new BigDecimal("1e15");
    public static final int MAX_DECIMALS = 3;
    public static final int MAX_NOTE = 1000;

    private ValueText() {
    }

    /** What a cell holds: not reported (blank), not available, or a number (possibly negative: rules decide). */
    public record Parsed(BigDecimal number, boolean notAvailable) {

        public static final Parsed BLANK = new Parsed(null, false);

        public boolean blank() {
            return number == null && !notAvailable;
        }
    }

    /** A value that cannot be read, with what to write instead. */
    public static final class Unreadable extends RuntimeException {
        public Unreadable(String message) {
            super(message);
        }
    }

    /**
     * Adds a problem under the field the caller names for each negative value: they cannot be stored whatever the
     * rules say. The rule NO_NEGATIVE_VALUE says it first, unless the Secretariat switched it off, so a field that
     * has a problem already gets no second one.
     */
    public static void refuseNegative(java.util.List<org.eads.stats.ReportedValue> values,
                                      org.eads.stats.Classification c,
                                      java.util.function.Function<org.eads.stats.ReportedValue, String> field,
                                      org.eads.records.Problems problems) {
        for (org.eads.stats.ReportedValue v : values) {
            if (v.value() != null && v.value().signum() < 0 && problems.list().stream()
                    .noneMatch(p -> p.field().equals(field.apply(v)))) {
                problems.add(field.apply(v), c.label(v.cell()) + ": " + v.text() + " is negative, and counts and "
                        + "amounts cannot be");
            }
        }
    }

    public static Parsed parse(String text, Indicator indicator) {
        String t = text == null ? "" : text.strip().replace('\u00a0', ' ');
        if (t.isEmpty()) {
            return Parsed.BLANK;
        }
        if (NOT_AVAILABLE.contains(t.toUpperCase(Locale.ROOT))) {
            return new Parsed(null, true);
        }
        String digits = GROUPED.matcher(t).matches() ? t.replace(",", "").replace(" ", "") : t;
        if (!PLAIN.matcher(digits).matches()) {
            throw new Unreadable("'" + t + "' is not a number: write digits (such as 1250 or 12.5), NA when the "
                    + "figure is not available, or leave it empty when it is not reported");
        }
        BigDecimal value = new BigDecimal(digits).stripTrailingZeros();
        if (value.abs().compareTo(TOO_LARGE) >= 0) {
            throw new Unreadable("'" + t + "' is too large: values are below 1,000,000,000,000,000");
        }
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        if (indicator != null && indicator.wholeNumbers() && value.scale() > 0) {
            throw new Unreadable("'" + t + "' is not a whole number: " + indicator.name() + " counts "
                    + indicator.unit());
        }
        if (value.scale() > MAX_DECIMALS) {
            throw new Unreadable("'" + t + "' has more than " + MAX_DECIMALS + " decimals");
        }
        return new Parsed(value, false);
    }
}
