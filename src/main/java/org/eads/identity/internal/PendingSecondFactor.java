package org.eads.identity.internal;

import java.io.Serial;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A session whose password was right but whose code is still to come. It holds no {@code EadsUser} and no role,
 * so nothing but the second-factor pages accepts it; it is stored in the session like any authentication.
 */
final class PendingSecondFactor extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String username;
    private final Instant passwordCheckedAt;

    PendingSecondFactor(long userId, String username, Instant passwordCheckedAt, Object details) {
        super(List.of(new SimpleGrantedAuthority("FACTOR_PASSWORD")));
        this.userId = userId;
        this.username = username;
        this.passwordCheckedAt = passwordCheckedAt;
        setDetails(details);
        setAuthenticated(true);
    }

    long userId() {
        return userId;
    }

    boolean expiredAt(Instant now, Duration timeout) {
        return passwordCheckedAt.plus(timeout).isBefore(now);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    /** The username, which is also what Spring Session indexes the session by. */
    @Override
    public Object getPrincipal() {
        return username;
    }
}
