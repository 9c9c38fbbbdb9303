package org.eads.alerts;

import java.time.Instant;

/**
 * Whether a member has acknowledged a notification: it has once any of its recipients has. {@code acknowledgedAt}
 * is null while nobody has; {@code escalated} once the deadline passed without it.
 */
public record MemberAcknowledgement(String memberCode, int recipients, int read, Instant acknowledgedAt,
                                    String acknowledgedBy, boolean escalated) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
