package org.eads.stats;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A member's data for one reporting period, in one revision. {@code values} are given when one submission is asked
 * for, and left out of lists. {@code classification} is the version of the classification it was entered under.
 */
public record Submission(UUID id, String member, String period, int revision, SubmissionStatus status,
                         int classification, String revisionReason, String createdBy, Instant createdAt,
                         Instant updatedAt, String submittedBy, Instant submittedAt, String reviewedBy,
                         Instant reviewedAt, String reviewComment, List<ReportedValue> values) {

    public Period parsedPeriod() {
        return Period.parse(period, "period");
    }

    public Submission withValues(List<ReportedValue> list) {
        return new Submission(id, member, period, revision, status, classification, revisionReason, createdBy,
                createdAt, updatedAt, submittedBy, submittedAt, reviewedBy, reviewedAt, reviewComment,
                List.copyOf(list));
    }
}
