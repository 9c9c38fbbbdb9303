package org.eads.audit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eads.audit.AuditAction;

/**
 * What an auditor looks for. Every part is optional; dates are whole days in UTC, both ends included, because the
 * members work in several time zones and the log has one clock.
 */
public record AuditFilter(String username, String memberCode, AuditAction action, LocalDate from, LocalDate to,
                          String objectId) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);

    /** The filter as request parameters, in a fixed order, empty parts left out: for links and for the log. */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "username", username);
        put(p, "member", memberCode);
        put(p, "action", action == null ? null : action.name());
        put(p, "from", from == null ? null : from.toString());
        put(p, "to", to == null ? null : to.toString());
        put(p, "objectId", objectId);
        return p;
    }

    /** The filter as the audit entry of a view or export records it. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        parameters().forEach((k, v) -> parts.add(k + "=" + v));
        return parts.isEmpty() ? "no filter" : String.join(" ", parts);
    }

    private static void put(Map<String, String> p, String name, String value) {
        if (value != null) {
            p.put(name, value);
        }
    }
}
