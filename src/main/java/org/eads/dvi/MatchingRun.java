package org.eads.dvi;

import java.time.Instant;
import java.util.UUID;

/** A full matching run of an operation: every body against every missing person, with its progress. */
public record MatchingRun(UUID id, UUID operationId, Status status, int bodies, int done, Instant startedAt,
                          Instant finishedAt, String message) {

    public enum Status { RUNNING, DONE, FAILED }

    public int percent() {
        return bodies == 0 ? 100 : (int) Math.min(100, 100L * done / bodies);
    }

    public boolean finished() {
        return status != Status.RUNNING;
    }
}
