package org.eads.alerts;

import java.time.Duration;

/**
 * What a notification is about, with what it is by default: its severity, whether its recipients must acknowledge
 * it, and within how long before it escalates (each deadline can be set with {@code eads.alerts.deadlines.<KIND>}).
 */
public enum AlertKind {
    /** Another member's search matched one of the own member's records. */
    HIT("Hit on a record", Severity.URGENT, Duration.ofHours(12)),
    /** A new message or outcome in the follow-up of a hit. */
    HIT_MESSAGE("Message on a hit", Severity.ROUTINE, null),
    /** A member asks for a record it may only know exists. */
    DISCLOSURE_REQUEST("Disclosure request", Severity.URGENT, Duration.ofHours(24)),
    /** The owner answered a disclosure request. */
    DISCLOSURE_DECISION("Disclosure decision", Severity.ROUTINE, null),
    /** A notice (wanted, missing person, warning, ...) distributed to members. */
    NOTICE("Notice", Severity.URGENT, Duration.ofHours(24)),
    /** A member declared a crisis under the ACCPCM protocol. */
    CRISIS("Crisis", Severity.CRITICAL, Duration.ofMinutes(15)),
    /** A request for assistance, an offer, a deployment or a situation report in a crisis. */
    CRISIS_UPDATE("Crisis update", Severity.URGENT, null),
    /** Disaster victim identification. */
    DVI("Disaster victim identification", Severity.URGENT, null),
    /** Crime scene investigation. */
    CSI("Crime scene", Severity.URGENT, null),
    /** Another member asks to freeze traced money at the member's banks. */
    FREEZE_REQUEST("Freeze request", Severity.CRITICAL, Duration.ofMinutes(30)),
    /** What the receiving member did about a freeze request. */
    FREEZE_UPDATE("Freeze request update", Severity.URGENT, null),
    /** The anti-scam centre: an indicator a member reported was designated or cleared, and the like. */
    SCAM("Anti-scam centre", Severity.ROUTINE, null),
    /** Crime statistics: a submission was returned or accepted, a report is ready. */
    STATISTICS("Crime statistics", Severity.ROUTINE, null);

    private final String label;
    private final Severity severity;
    private final Duration ackDeadline;

    AlertKind(String label, Severity severity, Duration ackDeadline) {
        this.label = label;
        this.severity = severity;
        this.ackDeadline = ackDeadline;
    }

    public String label() {
        return label;
    }

    public Severity defaultSeverity() {
        return severity;
    }

    /** Whether its recipients must acknowledge it unless the sender says otherwise. */
    public boolean requiresAckByDefault() {
        return ackDeadline != null;
    }

    /** How long recipients have to acknowledge before it escalates; null when it does not escalate. */
    public Duration defaultAckDeadline() {
        return ackDeadline;
    }
}
