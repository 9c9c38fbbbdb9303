package org.eads.scam;

import java.time.LocalDate;
import java.util.Set;

/**
 * The answer for one checked indicator: what the registry knows, without any victim or case detail. {@code error}
 * is set, and nothing else, when the value could not be read as an indicator of its kind. {@code reviewPending} says
 * that a GREY status comes from a partner's signal not yet reviewed by its member.
 */
public record CheckResult(IndicatorKind kind, String value, String normalized, boolean known, IndicatorStatus status,
                          RiskBand risk, int reportCount, Set<String> members, LocalDate lastSeen, ActiveHold hold,
                          boolean reviewPending, String error) {

    /** A hold the banks are asked to keep on the indicator: amount, currency, until when. */
    public record ActiveHold(java.math.BigDecimal amount, String currency, java.time.Instant expiresAt) {
    }

    /** How strongly a payment to or a call from this indicator should be questioned. */
    public enum RiskBand {
        /** Designated or verified, or reported three times or more in the last 90 days. */
        HIGH,
        /** Reported, recently or more than once. */
        MEDIUM,
        /** Reported once, long ago, or cleared. */
        LOW,
        /** Not in the registry. */
        NONE
    }
}
