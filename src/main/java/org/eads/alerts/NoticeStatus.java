package org.eads.alerts;

/**
 * Where a notice is in its life: DRAFT, PENDING_APPROVAL (a supervisor of the issuing member must approve it),
 * ISSUED, UPDATED (issued, then changed), CANCELLED, EXPIRED (issued or updated, and its expiry date has passed).
 */
public enum NoticeStatus {
    DRAFT, PENDING_APPROVAL, ISSUED, UPDATED, CANCELLED, EXPIRED;

    /** Issued or updated: in force until it expires or is cancelled. */
    public boolean inForce() {
        return this == ISSUED || this == UPDATED;
    }

    /** Not yet issued. */
    public boolean inPreparation() {
        return this == DRAFT || this == PENDING_APPROVAL;
    }
}
