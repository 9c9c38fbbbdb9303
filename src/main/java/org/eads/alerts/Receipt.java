package org.eads.alerts;

import java.time.Instant;

/** The state of a notification at one recipient, as its sender sees it. */
public record Receipt(long userId, String username, String displayName, String memberCode, boolean escalation,
                      Instant deliveredAt, Instant readAt, Instant acknowledgedAt, String acknowledgedVia) {
}
