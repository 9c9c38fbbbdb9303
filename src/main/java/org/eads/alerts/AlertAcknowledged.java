package org.eads.alerts;

import java.time.Instant;
import java.util.UUID;

/** A recipient acknowledged a notification; the module that sent it may want to show it. */
public record AlertAcknowledged(UUID alertId, AlertKind kind, String objectType, String objectId, long userId,
                                String memberCode, Instant at) {
}
