package org.eads.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in protection settings ({@code eads.identity.*}).
 *
 * @param loginAttemptsPerMinute sign-in requests (password or code) one client address may make per minute
 * @param maxFailedLogins        consecutive failures (password or code) that lock an account
 * @param lockDuration           how long a locked account stays locked
 * @param secondFactorTimeout    how long a password-checked session may take to give its code
 */
@ConfigurationProperties("eads.identity")
public record IdentityProperties(
        @DefaultValue("20") int loginAttemptsPerMinute,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("PT15M") Duration lockDuration,
        @DefaultValue("PT10M") Duration secondFactorTimeout) {
}
