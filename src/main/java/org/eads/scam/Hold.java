package org.eads.scam;

import java.math.BigDecimal;
import java.time.Instant;

/** A request to hold an amount on an indicator until it expires, unless released before. */
public record Hold(long id, long indicatorId, BigDecimal amount, String currency, String reason, String memberCode,
                   Instant createdAt, Instant expiresAt) {
}
