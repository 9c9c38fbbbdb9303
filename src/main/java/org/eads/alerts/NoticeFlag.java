package org.eads.alerts;

import java.time.Instant;

/** A member will not act on a notice on its territory, and says why. */
public record NoticeFlag(String memberCode, String reason, String flaggedByName, Instant flaggedAt) {
}
