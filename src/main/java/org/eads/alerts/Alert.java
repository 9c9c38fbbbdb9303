package org.eads.alerts;

import java.time.Instant;
import java.util.UUID;

/** A notification as it was sent. */
public record Alert(UUID id, AlertKind kind, Severity severity, String subject, String body, String link,
                    String objectType, String objectId, Long senderUser, String senderName, String senderMember,
                    boolean requiresAck, Instant ackDeadline, boolean exercise, MessageType messageType,
                    UUID references, Instant createdAt) {
}
