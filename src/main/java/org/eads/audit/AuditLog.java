package org.eads.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.eads.audit.internal.AuditEntry;
import org.eads.audit.internal.EntryHash;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one audit writer. Each entry takes the next sequence number and the hash of the entry before it, under a lock
 * on the chain's head, so the chain has no gaps and no forks.
 * <p>
 * The head lock is held until the transaction that wrote the entry ends, so every other writer waits for it: record
 * as late as possible in a long transaction, and never before taking locks that another auditing transaction may
 * hold (that order can deadlock).
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    public AuditLog(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Appends an entry and returns its sequence number. It joins the caller's transaction, so a change and its audit
     * entry are committed together or not at all. Called outside a transaction, or inside a read-only one (a view,
     * a search), it commits on its own: the read happened, whatever becomes of the caller's transaction.
     */
    public long record(AuditEvent event) {
        Objects.requireNonNull(event.actor(), "An audit event needs an actor");
        Objects.requireNonNull(event.action(), "An audit event needs an action");
        Objects.requireNonNull(event.outcome(), "An audit event needs an outcome");
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return append(event);
        }
        Long seq = ownTransaction.execute(status -> append(event));
        return Objects.requireNonNull(seq);
    }

    private long append(AuditEvent event) {
        Head head = jdbc.sql("select seq, hash from audit_head where id = 1 for update")
                .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2))).single();
        // Taken under the lock, so that time never runs backwards along the chain on one clock.
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Actor a = event.actor();
        AuditEntry entry = new AuditEntry(head.seq() + 1, at, a.userId(), a.username(), a.memberCode(),
                a.agencyId(), event.action().name(), event.objectType(), event.objectId(), event.purpose(),
                a.clientAddress(), event.outcome(), event.details(), head.hash(), null);
        entry = entry.withHash(EntryHash.of(entry));
        // One statement for the entry and the head: one round trip less while every other writer waits.
        jdbc.sql("""
                with appended as (
                    insert into audit_entry (seq, at, user_id, username, member_code, agency_id, action, object_type,
                        object_id, purpose, client_address, outcome, details, prev_hash, hash)
                    values (:seq, :at, :userId, :username, :member, :agency, :action, :objectType, :objectId,
                        :purpose, :address, :outcome, :details, :prev, :hash)
                    returning seq, hash)
                update audit_head set seq = appended.seq, hash = appended.hash from appended where id = 1
                """)
                .param("seq", entry.seq()).param("at", Timestamp.from(entry.at()))
                .param("userId", entry.userId()).param("username", entry.username())
                .param("member", entry.memberCode()).param("agency", entry.agencyId())
                .param("action", entry.action()).param("objectType", entry.objectType())
                .param("objectId", entry.objectId()).param("purpose", entry.purpose())
                .param("address", entry.clientAddress()).param("outcome", entry.outcome())
                .param("details", entry.details()).param("prev", entry.prevHash()).param("hash", entry.hash())
                .update();
        return entry.seq();
    }

    private record Head(long seq, String hash) {
    }
}
