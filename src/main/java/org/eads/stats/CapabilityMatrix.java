package org.eads.stats;

import java.util.List;

/**
 * The gap matrix of a year from the submitted self-assessments: members (rows) by crime areas (columns), or, for
 * the drill-down into one crime area ({@code crimeArea} set), members by dimensions. A crime area's cell shows the
 * member's lowest score over the six dimensions, because one missing capability (no law, no laboratory) is enough to
 * stop cases; {@code gaps} and {@code critical} count the dimensions behind it. A cell without a score is a member
 * that has not submitted (or did not assess that crime area). {@code activity} says that a capacity-building
 * activity that is not cancelled addresses the cell for the member.
 */
public record CapabilityMatrix(int year, int classification, String crimeArea, String crimeAreaName,
                               List<Heading> rows, List<Heading> columns, List<Cell> cells,
                               List<Heading> notSubmitted, List<Heading> inProgress) {

    /** A member, crime area or dimension: its code and its name. */
    public record Heading(String code, String name) {
    }

    /**
     * One member's cell. In the drill-down, evidence and trainingNeed are the member's own words for the dimension.
     */
    public record Cell(String member, String column, Integer score, CapabilityGap gap, int gaps, int critical,
                       boolean activity, String evidence, String trainingNeed) {
    }

    /** The cell of a member and a column; null when the matrix has no such row or column. */
    public Cell cell(String member, String column) {
        return cells.stream().filter(c -> c.member().equals(member) && c.column().equals(column)).findFirst()
                .orElse(null);
    }

    /** Whether this is the drill-down into one crime area. */
    public boolean drillDown() {
        return crimeArea != null;
    }
}
