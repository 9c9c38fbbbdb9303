package org.eads.identity;

import java.time.Instant;
import java.util.Set;

/** A user as an administrator sees it: identity, roles and the state of the account. Holds no secret. */
public record UserAccount(long id, String username, String displayName, String email, String memberCode,
                          Long agencyId, Set<Role> roles, boolean enabled, boolean totpEnrolled, int failedLogins,
                          Instant lockedUntil, Instant lastLoginAt, Instant createdAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean machine() {
        return !roles.isEmpty() && roles.stream().allMatch(r -> r == Role.API_CLIENT);
    }
}
