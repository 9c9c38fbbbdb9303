package org.eads.dvi;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A proposed identification of a body as a missing person, and the board's decision. */
public record Identification(UUID id, UUID operationId, UUID pmFileId, UUID amFileId, List<String> methods,
                             String note, Status status, String reason, long proposedBy, Instant createdAt,
                             Instant decidedAt, List<Vote> votes) {

    public enum Status { PROPOSED, CONFIRMED, REJECTED, REVOKED }

    /** A board member's vote. */
    public record Vote(long userId, String decision, String note, Instant at) {
    }
}
