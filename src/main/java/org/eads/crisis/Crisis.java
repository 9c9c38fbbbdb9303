package org.eads.crisis;

import java.time.Instant;
import java.util.UUID;

/**
 * A crisis declared by a member under the ACCPCM protocol. {@code declarationAlertId} is the CRISIS notification
 * that every crisis contact of the distribution must acknowledge; every later notification of the crisis is an
 * UPDATE of it. The DVI operations opened from a crisis link to it from their side ({@link CrisisWork}).
 */
public record Crisis(UUID id, String memberCode, CrisisType type, String title, String place, Double latitude,
                     Double longitude, Instant occurredAt, Casualties casualties, CrisisStatus status,
                     boolean exercise, Distribution distribution, UUID declarationAlertId, String declaredBy,
                     Instant declaredAt, Instant updatedAt) {

    public boolean closed() {
        return status == CrisisStatus.CLOSED;
    }

    /** The crisis's page. */
    public String page() {
        return "/crises/" + id;
    }
}
