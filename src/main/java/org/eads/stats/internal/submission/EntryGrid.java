package org.eads.stats.internal.submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eads.stats.Classification;
import org.eads.stats.CrimeArea;
import org.eads.stats.DimensionValue;
import org.eads.stats.Indicator;
import org.eads.stats.Period;
import org.eads.stats.ReportedValue;
import org.eads.stats.ValidationIssue;
import org.eads.stats.ValidationRule;

/**
 * The entry form of a period as a grid: per crime area in force, the indicators the period collects, each with its
 * total and the parts of each dimension, with the values, notes and issues of the submission. Its field names carry
 * the cell ({@code v|FRAUD|VICTIMS|SEX=F} for the value, {@code n|...} for the note), so a save reads them back.
 */
public record EntryGrid(List<Section> sections, int cells) {

    public static final String VALUE = "v|";
    public static final String NOTE = "n|";

    /** A crime area's rows. */
    public record Section(CrimeArea area, List<Line> lines) {
    }

    /**
     * One value of the form: its key ({@code FRAUD|VICTIMS|SEX=F}), the indicator and part as people read them, the
     * value and note entered, and how the validation sees it ({@code blocking}, {@code warning}, {@code noted} or
     * empty).
     */
    public record Line(String key, String indicator, String part, boolean total, String unit, String value,
                       String note, String issue, int index) {

        public String label() {
            return indicator + (total ? "" : ", " + part);
        }
    }

    public static String key(Classification.Cell cell) {
        return cell.crimeArea() + "|" + cell.indicator() + "|" + cell.disaggregation();
    }

    /** The cell a key names, or null when it is not one. */
    public static Classification.Cell cell(String key) {
        String[] p = key.split("\\|", -1);
        return p.length == 3 ? new Classification.Cell(p[0], p[1], p[2]) : null;
    }

    public static EntryGrid of(Classification c, Period period, List<ReportedValue> values,
                               List<ValidationIssue> issues) {
        Map<Classification.Cell, ReportedValue> byCell = new HashMap<>();
        values.forEach(v -> byCell.put(v.cell(), v));
        Map<Classification.Cell, String> flagged = new HashMap<>();
        for (ValidationIssue i : issues) {
            if (i.indicator() == null) {
                continue;
            }
            Classification.Cell cell = new Classification.Cell(i.crimeArea(), i.indicator(),
                    i.disaggregation() == null ? "" : i.disaggregation());
            String kind = i.severity() == ValidationRule.Severity.BLOCKING ? "blocking" : i.noted() ? "noted" : "warning";
            flagged.merge(cell, kind, (a, b) -> a.equals("blocking") || b.equals("blocking") ? "blocking"
                    : a.equals("warning") || b.equals("warning") ? "warning" : "noted");
        }
        List<Section> sections = new ArrayList<>();
        int index = 0;
        for (CrimeArea area : c.crimeAreas()) {
            List<Line> lines = new ArrayList<>();
            for (Indicator i : c.indicatorsOf(area, period.periodicity())) {
                lines.add(line(new Classification.Cell(area.code(), i.code(), ""), i, "Total", true, byCell, flagged,
                        index++));
                for (String d : i.dimensions()) {
                    for (DimensionValue part : c.parts(d)) {
                        lines.add(line(new Classification.Cell(area.code(), i.code(), part.disaggregation()), i,
                                part.name(), false, byCell, flagged, index++));
                    }
                }
            }
            if (!lines.isEmpty()) {
                sections.add(new Section(area, lines));
            }
        }
        return new EntryGrid(sections, index);
    }

    private static Line line(Classification.Cell cell, Indicator i, String part, boolean total,
                             Map<Classification.Cell, ReportedValue> values, Map<Classification.Cell, String> flagged,
                             int index) {
        ReportedValue v = values.get(cell);
        return new Line(key(cell), i.name(), part, total, i.unit(), v == null ? "" : v.text(),
                v == null || v.note() == null ? "" : v.note(), flagged.getOrDefault(cell, ""), index);
    }
}
