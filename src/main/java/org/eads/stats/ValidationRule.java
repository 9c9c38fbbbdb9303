package org.eads.stats;

import java.time.Instant;

/**
 * A validation rule kept as data: {@code leftSide operator rightSide} must hold for the values of a member, period
 * and crime area (all crime areas when {@code crimeArea} is null). The sides are expressions of the rule language
 * (docs/STATS.md). A BLOCKING rule that fails stops a submission; a WARNING stops it until the value carries a note.
 */
public record ValidationRule(String code, String description, String crimeArea, String leftSide, String operator,
                             String rightSide, Severity severity, boolean active, String changedBy,
                             Instant changedAt) {

    public enum Severity {
        BLOCKING, WARNING
    }

    /** A rule as the Secretariat writes it. */
    public record Input(String code, String description, String crimeArea, String leftSide, String operator,
                        String rightSide, String severity, Boolean active) {
    }
}
