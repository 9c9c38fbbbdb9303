package org.eads.audit.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eads.audit.AuditAction;

/**
 * The filter form as typed. Kept as text so that a mistyped date or action is answered with a message on the page,
 * not with a binding error.
 */
public record AuditSearchForm(String username, String member, String action, String from, String to,
                              String objectId) {

    /** The filter, or what is wrong with the input. */
    public Parsed parse() {
        List<String> errors = new ArrayList<>();
        AuditAction parsedAction = null;
        if (present(action)) {
            try {
                parsedAction = AuditAction.valueOf(action.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add("Unknown action \"" + action.trim() + "\".");
            }
        }
        LocalDate fromDate = date(from, "From", errors);
        LocalDate toDate = date(to, "To", errors);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            errors.add("The \"From\" date is after the \"To\" date.");
        }
        String memberCode = present(member) ? member.trim().toUpperCase(Locale.ROOT) : null;
        AuditFilter filter = new AuditFilter(trimmed(username), memberCode, parsedAction, fromDate, toDate,
                trimmed(objectId));
        return new Parsed(filter, List.copyOf(errors));
    }

    public record Parsed(AuditFilter filter, List<String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private static LocalDate date(String text, String label, List<String> errors) {
        if (!present(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add("\"" + label + "\" is not a date: write it as YYYY-MM-DD, for example 2026-11-23.");
            return null;
        }
    }

    private static String trimmed(String text) {
        return present(text) ? text.trim() : null;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
