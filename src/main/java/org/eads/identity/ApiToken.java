package org.eads.identity;

import java.time.Instant;

/** An API bearer token as its owner and administrators see it; the token itself is shown only once, at issue. */
public record ApiToken(long id, String username, String label, Instant createdAt, Instant expiresAt,
                       Instant revokedAt, Instant lastUsedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
