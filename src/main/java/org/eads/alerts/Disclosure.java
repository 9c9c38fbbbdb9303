package org.eads.alerts;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eads.sharing.HandlingCode;

/**
 * A request to disclose a HIT_NO_HIT record, and the owner's answer. The requester sees {@code disclosed}, the
 * fields the owner chose as they were when disclosed, and nothing else of the record.
 */
public record Disclosure(UUID id, UUID recordId, String ownerMember, String requester, String requesterMember,
                         String reason, Instant requestedAt, Status status, String decidedBy, Instant decidedAt,
                         String decisionReason, Set<HandlingCode> handlingCodes, String handlingNote,
                         String recordType, Map<String, String> disclosed, boolean ownerSide) {

    public enum Status {
        OPEN, APPROVED, PARTIALLY_APPROVED, REFUSED
    }

    /** The owner's answer. */
    public enum Decision {
        APPROVE, PARTIALLY_APPROVE, REFUSE
    }
}
