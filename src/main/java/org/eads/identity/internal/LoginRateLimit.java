package org.eads.identity.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sign-in attempts per client address and minute, counted in the database so that a guesser spreading requests
 * over several nodes meets the same limit. A fixed one-minute window is coarse, but it is enough to make password
 * and code guessing slow, and it costs one statement per attempt.
 */
@Component
class LoginRateLimit {

    private final JdbcClient jdbc;
    private final IdentityProperties properties;

    LoginRateLimit(JdbcClient jdbc, IdentityProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Counts an attempt; false when the address has made too many this minute. */
    boolean tryAttempt(String clientAddress) {
        int attempts = jdbc.sql("""
                insert into login_attempt (client_address, minute, attempts)
                values (:address, date_trunc('minute', now()), 1)
                on conflict (client_address, minute) do update set attempts = login_attempt.attempts + 1
                returning attempts
                """)
                .param("address", clientAddress).query(Integer.class).single();
        return attempts <= properties.loginAttemptsPerMinute();
    }

    /** Past minutes count for nothing. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void forgetPastMinutes() {
        jdbc.sql("delete from login_attempt where minute < now() - interval '5 minutes'").update();
    }
}
