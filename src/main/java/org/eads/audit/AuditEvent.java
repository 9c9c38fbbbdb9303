package org.eads.audit;

/**
 * One thing to record. {@code outcome} is {@code OK}, {@code DENIED}, {@code NOT_FOUND} or {@code FAILED};
 * {@code details} is a short free text (a filter, a query, a reason), never a secret.
 */
public record AuditEvent(Actor actor, AuditAction action, String objectType, String objectId, String purpose,
                         String outcome, String details) {

    public static AuditEvent ok(Actor actor, AuditAction action, String objectType, String objectId) {
        return new AuditEvent(actor, action, objectType, objectId, null, "OK", null);
    }

    public AuditEvent withDetails(String text) {
        return new AuditEvent(actor, action, objectType, objectId, purpose, outcome, text);
    }

    public AuditEvent withPurpose(String text) {
        return new AuditEvent(actor, action, objectType, objectId, text, outcome, details);
    }

    public AuditEvent withOutcome(String text) {
        return new AuditEvent(actor, action, objectType, objectId, purpose, text, details);
    }
}
