package org.eads.stats;

import java.util.List;
import java.util.UUID;

/**
 * Which members have reported what for the periods of a year: per member and period, the state of its submission
 * and how many of the totals expected (one per crime area and indicator collected in such a period) it reports.
 * Periods in which nothing is collected are left out.
 */
public record Completeness(int year, int classification, List<String> periods, List<Row> rows) {

    public record Row(String member, String memberName, List<Cell> cells) {
    }

    /**
     * @param status       the open submission's state, or the accepted one's; null when nothing was started
     * @param due          whether the period is over, so that its data is expected
     * @param revisionOpen whether an accepted period has a new revision under way
     */
    public record Cell(String period, SubmissionStatus status, UUID submission, int expected, int reported,
                       boolean due, boolean revisionOpen) {

        /** The share of expected totals reported, in percent. */
        public int percent() {
            return expected == 0 ? 0 : (int) Math.min(100, Math.round(reported * 100.0 / expected));
        }
    }
}
