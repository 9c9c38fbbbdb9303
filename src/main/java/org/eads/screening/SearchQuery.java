package org.eads.screening;

import java.util.List;
import java.util.Set;

import org.eads.records.PartialDate;
import org.eads.records.RecordType;

/**
 * One screening question: a name in any script, and/or identifiers. Every part is optional but one of name,
 * document number or identifiers is needed. {@code purpose} (a case reference) goes to the audit log.
 */
public record SearchQuery(String name, PartialDate dateOfBirth, String sex, String nationality, String documentNumber,
                          List<Identifier> identifiers, Set<RecordType> types, Integer limit, String purpose) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;

    /** An identifier to look up: its kind (PHONE, EMAIL, BANK_ACCOUNT, ... or DOCUMENT, VIN, PLATE, SERIAL). */
    public record Identifier(String type, String value) {
    }

    public SearchQuery {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        types = types == null ? Set.of() : Set.copyOf(types);
    }

    public int limitOrDefault() {
        return limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(MAX_LIMIT, limit));
    }

    /** What was asked, for the audit log and the owner's notification: no more than the searcher typed. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        if (name != null && !name.isBlank()) sb.append("name=").append(name.strip()).append(' ');
        if (dateOfBirth != null) sb.append("dob=").append(dateOfBirth).append(' ');
        if (sex != null && !sex.isBlank()) sb.append("sex=").append(sex.strip()).append(' ');
        if (nationality != null) sb.append("nationality=").append(nationality).append(' ');
        if (documentNumber != null) sb.append("document=").append(documentNumber).append(' ');
        identifiers.forEach(i -> sb.append(i.type()).append('=').append(i.value()).append(' '));
        if (!types.isEmpty()) sb.append("types=").append(types).append(' ');
        return sb.toString().strip();
    }
}
