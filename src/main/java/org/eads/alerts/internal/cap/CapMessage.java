package org.eads.alerts.internal.cap;

import java.time.Instant;
import java.util.Map;

/**
 * A CAP 1.2 alert message with the one {@code info} block e-ADS writes: the values as they go into the XML, already
 * mapped from the notification (see docs/NOTICES.md for the mapping).
 */
record CapMessage(String identifier, String sender, Instant sent, String status, String msgType, String scope,
                  String restriction, String addresses, String note, String references, String incidents,
                  Info info) {

    /** The {@code info} block. {@code parameters} keep their order. */
    record Info(String category, String event, String urgency, String severity, String certainty, Instant expires,
                String senderName, String headline, String description, String web, Map<String, String> parameters) {
    }
}
