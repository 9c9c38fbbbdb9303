package org.eads.crisis;

import java.time.Instant;

/**
 * Whether a member of the distribution acknowledged the crisis alert. A member whose contacts have not yet
 * acknowledged it, including one with nobody to receive it, is listed unacknowledged.
 */
public record CrisisAcknowledgement(String memberCode, String memberName, boolean acknowledged,
                                    String acknowledgedBy, Instant acknowledgedAt, boolean escalated) {
}
