package org.eads.stats;

import java.util.Locale;

import org.eads.records.Problems;
import org.eads.stats.internal.submission.ValueText;

/**
 * A value as a form, a file or the API gives it: {@code value} is a number, {@code NA} for "not available", or blank
 * (or null) for not reported; {@code disaggregation} is blank (or TOTAL) for the total or {@code DIMENSION=PART}.
 */
public record ValueInput(String crimeArea, String indicator, String disaggregation, String value, String note) {

    /**
     * The value checked for a period under a classification, or null when it is wrong (what is wrong is added to
     * {@code at}, under crimeArea, indicator, disaggregation, value or note) or not reported (blank). Forms, files and
     * the API all read values through it.
     */
    public ReportedValue check(Classification c, Period period, Problems at) {
        String area = code(crimeArea);
        String ind = code(indicator);
        String part = disaggregation(disaggregation);
        if (area.isEmpty()) {
            at.add("crimeArea", "is required: a crime area code such as FRAUD");
            return null;
        }
        if (ind.isEmpty()) {
            at.add("indicator", "is required: an indicator code such as CASES");
            return null;
        }
        Classification.CellProblem problem = c.problem(area, ind, part, period.periodicity());
        if (problem != null) {
            at.add(problem.field(), problem.message());
            return null;
        }
        Classification.Cell cell = new Classification.Cell(area, ind, part);
        ValueText.Parsed parsed;
        try {
            parsed = ValueText.parse(value, c.indicators().get(ind));
        } catch (ValueText.Unreadable e) {
            at.add("value", c.label(cell) + ": " + e.getMessage());
            return null;
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > ValueText.MAX_NOTE) {
            at.add("note", c.label(cell) + ": a note has at most " + ValueText.MAX_NOTE + " characters");
            return null;
        }
        if (parsed.blank()) {
            return null;
        }
        return ReportedValue.of(area, ind, part, parsed.number(), text);
    }

    /** The cell this value names, in capitals, whether or not it exists. */
    public Classification.Cell cell() {
        return new Classification.Cell(code(crimeArea), code(indicator), disaggregation(disaggregation));
    }

    /** {@code ""} for the total (blank or TOTAL), {@code DIMENSION=PART} in capitals otherwise. */
    public static String disaggregation(String text) {
        String t = code(text).replace(" ", "");
        return t.equals("TOTAL") ? "" : t;
    }

    private static String code(String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }
}
