package org.eads.alerts.internal;

import java.time.Duration;
import java.util.Map;

import org.eads.alerts.AlertKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of notifications ({@code eads.alerts.*}).
 *
 * @param deadlines     acknowledgement deadline per kind, in place of the kind's default
 * @param baseUrl       the address of e-ADS as its users reach it, for the links in e-mails and webhooks
 * @param mailFrom      the sender of notification e-mails
 * @param maxAttempts   deliveries (e-mail, webhook) tried this many times before they go to the dead-letter list
 * @param firstRetry    the wait after the first failure; it doubles after each further one
 * @param webhookTimeout how long a member's system has to answer
 */
@ConfigurationProperties("eads.alerts")
public record AlertSettings(@DefaultValue Map<AlertKind, Duration> deadlines,
                            @DefaultValue("http://localhost:8080") String baseUrl,
                            @DefaultValue("e-ADS <alerts@eads.invalid>") String mailFrom,
                            @DefaultValue("8") int maxAttempts,
                            @DefaultValue("PT30S") Duration firstRetry,
                            @DefaultValue("PT10S") Duration webhookTimeout) {

    public Duration deadline(AlertKind kind) {
        return deadlines.getOrDefault(kind, kind.defaultAckDeadline());
    }

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failures: 30 s, 1 min, 2 min, ... */
    public Duration backoff(int attempts) {
        return firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
    }
}
