package org.eads.stats;

/**
 * A rule that does not hold for a submission's values: which rule, how grave, which value it concerns (crime area,
 * indicator and part) and a message with the numbers. A warning is {@code noted} once that value carries a note, and
 * then no longer stops the submission.
 */
public record ValidationIssue(String rule, ValidationRule.Severity severity, String crimeArea, String indicator,
                              String disaggregation, String message, boolean noted) {

    /** Whether it stops the submission. */
    public boolean stops() {
        return severity == ValidationRule.Severity.BLOCKING || !noted;
    }
}
