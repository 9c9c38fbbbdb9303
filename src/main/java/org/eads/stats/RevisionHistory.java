package org.eads.stats;

import java.util.List;

/**
 * Every revision of a member's data for a period, oldest first, each with what it changed from the revision before
 * (values as text: a number, NA, or null for not reported).
 */
public record RevisionHistory(String member, String period, List<Revision> revisions) {

    public record Revision(Submission submission, List<Change> changes) {
    }

    public record Change(String crimeArea, String indicator, String disaggregation, String before, String after) {
    }
}
