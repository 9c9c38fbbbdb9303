package org.eads.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.eads.audit.Actor;
import org.eads.audit.AuditEvent;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Appends entries to the chain in the current transaction: locks the head once, numbers and hashes the entries in
 * the order given, inserts them and moves the head to the last one. The head stays locked until the transaction
 * ends, so the numbers have no gaps and the chain no forks. Both ways of writing (with a change, and the queue) go
 * through here.
 */
@Component
public class AuditChain {

    private static final String INSERT = """
            insert into audit_entry (seq, at, user_id, username, member_code, agency_id, action, object_type,
                object_id, purpose, client_address, outcome, details, prev_hash, hash)
            values (:seq, :at, :userId, :username, :member, :agency, :action, :objectType, :objectId,
                :purpose, :address, :outcome, :details, :prev, :hash)""";

    private final NamedParameterJdbcTemplate jdbc;

    public AuditChain(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Needs a read-write transaction; the entries are committed with it. */
    public void append(List<AuditEvent> events) {
        Head head = jdbc.queryForObject("select seq, hash from audit_head where id = 1 for update", Map.of(),
                (rs, i) -> new Head(rs.getLong(1), rs.getString(2)));
        SqlParameterSource[] rows = new SqlParameterSource[events.size()];
        long seq = head.seq();
        String prevHash = head.hash();
        for (int i = 0; i < rows.length; i++) {
            // Taken under the lock, so that time never runs backwards along the chain on one clock.
            AuditEntry entry = entry(++seq, Instant.now().truncatedTo(ChronoUnit.MICROS), events.get(i), prevHash);
            rows[i] = parameters(entry);
            prevHash = entry.hash();
        }
        jdbc.batchUpdate(INSERT, rows);
        // A statement of its own, after the entries: the head's trigger checks that the entry it names exists.
        jdbc.update("update audit_head set seq = :seq, hash = :hash where id = 1",
                Map.of("seq", seq, "hash", prevHash));
    }

    private static AuditEntry entry(long seq, Instant at, AuditEvent event, String prevHash) {
        Actor a = event.actor();
        AuditEntry entry = new AuditEntry(seq, at, a.userId(), a.username(), a.memberCode(), a.agencyId(),
                event.action().name(), event.objectType(), event.objectId(), event.purpose(), a.clientAddress(),
                event.outcome(), event.details(), prevHash, null);
        return entry.withHash(EntryHash.of(entry));
    }

    private static SqlParameterSource parameters(AuditEntry e) {
        return new MapSqlParameterSource()
                .addValue("seq", e.seq()).addValue("at", Timestamp.from(e.at()))
                .addValue("userId", e.userId()).addValue("username", e.username())
                .addValue("member", e.memberCode()).addValue("agency", e.agencyId())
                .addValue("action", e.action()).addValue("objectType", e.objectType())
                .addValue("objectId", e.objectId()).addValue("purpose", e.purpose())
                .addValue("address", e.clientAddress()).addValue("outcome", e.outcome())
                .addValue("details", e.details()).addValue("prev", e.prevHash()).addValue("hash", e.hash());
    }

    private record Head(long seq, String hash) {
    }
}
