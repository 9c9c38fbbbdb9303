package org.eads.records;

import java.time.Instant;
import java.util.UUID;

/** A link between two records, seen from one of them: {@code outgoing} when that record is the link's source. */
public record RecordLink(long id, UUID otherId, RecordType otherType, String otherLabel, String otherOwner,
                         LinkKind kind, boolean outgoing, Instant createdAt) {
}
