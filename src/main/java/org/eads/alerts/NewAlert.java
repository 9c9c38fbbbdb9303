package org.eads.alerts;

import java.util.UUID;

/**
 * A notification to send. Start from {@link #of} and add what applies; the kind gives the severity and whether it
 * must be acknowledged unless set here.
 *
 * @param link       the page of the object inside e-ADS, such as {@code /hits/{id}}
 * @param objectType with {@code objectId}, what the notification is about, so that a module finds its notifications
 * @param references the earlier notification an UPDATE or a CANCEL refers to
 */
public record NewAlert(AlertKind kind, Severity severity, String subject, String body, String link,
                       String objectType, String objectId, Recipients recipients, boolean requiresAck,
                       boolean exercise, MessageType messageType, UUID references) {

    public static NewAlert of(AlertKind kind, String subject, Recipients to) {
        return new NewAlert(kind, kind.defaultSeverity(), subject, null, null, null, null, to,
                kind.requiresAckByDefault(), false, MessageType.ALERT, null);
    }

    public NewAlert body(String text) {
        return new NewAlert(kind, severity, subject, text, link, objectType, objectId, recipients, requiresAck,
                exercise, messageType, references);
    }

    public NewAlert about(String type, String id, String page) {
        return new NewAlert(kind, severity, subject, body, page, type, id, recipients, requiresAck, exercise,
                messageType, references);
    }

    public NewAlert severity(Severity value) {
        return new NewAlert(kind, value, subject, body, link, objectType, objectId, recipients, requiresAck,
                exercise, messageType, references);
    }

    public NewAlert requiringAck(boolean value) {
        return new NewAlert(kind, severity, subject, body, link, objectType, objectId, recipients, value, exercise,
                messageType, references);
    }

    /** Marks it as part of an exercise (CAP status Exercise): shown and delivered as such. */
    public NewAlert exercise(boolean value) {
        return new NewAlert(kind, severity, subject, body, link, objectType, objectId, recipients, requiresAck, value,
                messageType, references);
    }

    /** Makes it an UPDATE or a CANCEL of an earlier notification. */
    public NewAlert following(MessageType type, UUID earlier) {
        return new NewAlert(kind, severity, subject, body, link, objectType, objectId, recipients, requiresAck,
                exercise, type, earlier);
    }
}
