package org.eads.stats;

/**
 * A value as a form, a file or the API gives it: {@code value} is a number, {@code NA} for "not available", or blank
 * (or null) for not reported; {@code disaggregation} is blank for the total or {@code DIMENSION=CODE}.
 */
public record ValueInput(String crimeArea, String indicator, String disaggregation, String value, String note) {
}
