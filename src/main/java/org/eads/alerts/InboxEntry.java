package org.eads.alerts;

import java.time.Instant;

/**
 * A notification as one recipient has it: when they read and acknowledged it, and whether someone else of their
 * member already acknowledged it for the member.
 */
public record InboxEntry(Alert alert, boolean escalation, Instant readAt, Instant acknowledgedAt,
                         String memberAcknowledgedBy) {

    public boolean unread() {
        return readAt == null;
    }

    /** Waiting for this recipient's acknowledgement: required, and nobody of the member has given it. */
    public boolean awaitingAck() {
        return alert.requiresAck() && acknowledgedAt == null && memberAcknowledgedBy == null;
    }
}
