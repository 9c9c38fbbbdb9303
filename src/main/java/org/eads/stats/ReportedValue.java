package org.eads.stats;

import java.math.BigDecimal;

/**
 * One value of a submission in long format. {@code disaggregation} is {@code ""} for the total or
 * {@code DIMENSION=CODE} for a part. A value that is "not available" has {@code notAvailable} and no value, which is
 * not zero; a value that was not reported has no row at all.
 */
public record ReportedValue(String crimeArea, String indicator, String disaggregation, BigDecimal value,
                            boolean notAvailable, String note) {

    public ReportedValue {
        if (notAvailable && value != null) {
            throw new IllegalArgumentException("A value that is not available has no number");
        }
        if (!notAvailable && value == null) {
            throw new IllegalArgumentException("A reported value has a number or is not available");
        }
        disaggregation = disaggregation == null ? "" : disaggregation;
    }

    public static ReportedValue of(String crimeArea, String indicator, String disaggregation, BigDecimal value,
                                   String note) {
        return new ReportedValue(crimeArea, indicator, disaggregation, value, value == null, note);
    }

    /** Values by their cell. */
    public static java.util.Map<Classification.Cell, ReportedValue> byCell(java.util.Collection<ReportedValue> values) {
        java.util.Map<Classification.Cell, ReportedValue> out = new java.util.HashMap<>(values.size() * 2);
        values.forEach(v -> out.put(v.cell(), v));
        return out;
    }

    public Classification.Cell cell() {
        return new Classification.Cell(crimeArea, indicator, disaggregation);
    }

    /** The value as a form shows it: the number, or NA. */
    public String text() {
        return notAvailable ? "NA" : value.stripTrailingZeros().toPlainString();
    }
}
