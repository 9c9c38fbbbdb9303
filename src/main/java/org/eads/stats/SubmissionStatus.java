package org.eads.stats;

/**
 * Where a member's submission for a period is. DRAFT and RETURNED are edited by the member; SUBMITTED waits for the
 * Secretariat; ACCEPTED is locked and in force; SUPERSEDED was accepted and replaced by a later revision.
 */
public enum SubmissionStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED, SUPERSEDED;

    /** Whether the member may still change its values. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Whether it is the member's open work on a period (at most one per member and period). */
    public boolean open() {
        return this == DRAFT || this == SUBMITTED || this == RETURNED;
    }
}
