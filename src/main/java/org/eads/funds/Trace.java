package org.eads.funds;

import java.time.Instant;

/** A trace as it was asked and answered, by whom and how long it took. */
public record Trace(long id, long caseId, String member, TraceQuestion question, TraceAnswer answer, long tookMs,
                    long createdBy, Instant createdAt) {
}
