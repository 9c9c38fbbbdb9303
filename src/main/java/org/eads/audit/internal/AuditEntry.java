package org.eads.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One entry of the audit log as it is stored. {@code action} stays a string so that a row changed by hand to an
 * unknown action can still be read, shown and reported as broken.
 */
public record AuditEntry(long seq, Instant at, Long userId, String username, String memberCode, Long agencyId,
                         String action, String objectType, String objectId, String purpose, String clientAddress,
                         String outcome, String details, String prevHash, String hash) {

    /** The columns, in the order {@link #map} reads them. */
    public static final String COLUMNS = """
            seq, at, user_id, username, member_code, agency_id, action, object_type, object_id, purpose,
            client_address, outcome, details, prev_hash, hash""";

    public AuditEntry withHash(String value) {
        return new AuditEntry(seq, at, userId, username, memberCode, agencyId, action, objectType, objectId,
                purpose, clientAddress, outcome, details, prevHash, value);
    }

    public static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getObject("user_id", Long.class), rs.getString("username"), rs.getString("member_code"),
                rs.getObject("agency_id", Long.class), rs.getString("action"), rs.getString("object_type"),
                rs.getString("object_id"), rs.getString("purpose"), rs.getString("client_address"),
                rs.getString("outcome"), rs.getString("details"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}
