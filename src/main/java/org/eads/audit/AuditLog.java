package org.eads.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one audit writer. Each entry takes the next sequence number and the hash of the entry before it, under a lock
 * on the chain's head, so the chain has no gaps and no forks.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Appends an entry. It joins the caller's transaction, so a change and its audit entry are committed together
     * or not at all; called outside a transaction, it commits on its own.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public long record(AuditEvent event) {
        Head head = jdbc.sql("select seq, hash from audit_head where id = 1 for update")
                .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2))).single();
        long seq = head.seq() + 1;
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Actor a = event.actor();
        String hash = hash(seq, at, a, event, head.hash());
        jdbc.sql("""
                insert into audit_entry (seq, at, user_id, username, member_code, agency_id, action, object_type,
                    object_id, purpose, client_address, outcome, details, prev_hash, hash)
                values (:seq, :at, :userId, :username, :member, :agency, :action, :objectType, :objectId, :purpose,
                    :address, :outcome, :details, :prev, :hash)
                """)
                .param("seq", seq).param("at", java.sql.Timestamp.from(at))
                .param("userId", a.userId()).param("username", a.username()).param("member", a.memberCode())
                .param("agency", a.agencyId()).param("action", event.action().name())
                .param("objectType", event.objectType()).param("objectId", event.objectId())
                .param("purpose", event.purpose()).param("address", a.clientAddress())
                .param("outcome", event.outcome()).param("details", event.details())
                .param("prev", head.hash()).param("hash", hash)
                .update();
        jdbc.sql("update audit_head set seq = :seq, hash = :hash where id = 1")
                .param("seq", seq).param("hash", hash).update();
        return seq;
    }

    /** The hash of one entry: every field, in a fixed order, and the previous entry's hash. */
    static String hash(long seq, Instant at, Actor a, AuditEvent e, String prevHash) {
        return hash(seq, at, a.userId(), a.username(), a.memberCode(), a.agencyId(), e.action().name(),
                e.objectType(), e.objectId(), e.purpose(), a.clientAddress(), e.outcome(), e.details(), prevHash);
    }

    static String hash(long seq, Instant at, Object... fields) {
        StringBuilder canonical = new StringBuilder().append(seq).append('|').append(at.toEpochMilli() * 1000
                + at.getNano() / 1000 % 1000);
        for (Object f : fields) {
            String s = Objects.toString(f, "");
            canonical.append('|').append(s.length()).append(':').append(s);
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Head(long seq, String hash) {
    }
}
