package org.eads.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

/**
 * A notice as stored. {@code status} is as of the moment it was read: an issued notice whose expiry date has passed
 * reads EXPIRED. {@code members} is its distribution as member codes (not counting the issuing member).
 */
public record Notice(UUID id, NoticeType type, NoticeStatus status, String title, String summary, String details,
                     Distribution distribution, Set<String> members, LocalDate expiresOn, boolean requiresAck,
                     boolean exercise, String issuingMember, long draftedBy, String draftedByName,
                     Instant submittedAt, String rejection, String approvedByName, Instant issuedAt,
                     Instant updatedAt, int revision, Instant cancelledAt, String cancelReason, UUID firstAlert,
                     Instant createdAt) {

    /** The moment it stops being in force: the end of its expiry date, UTC. */
    public Instant expiresAt() {
        return expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public boolean issued() {
        return issuedAt != null;
    }

    public NoticeInput toInput(java.util.List<UUID> records) {
        return new NoticeInput(type, title, summary, details, records, distribution, members, expiresOn, requiresAck,
                exercise);
    }
}
