package org.eads.audit;

import java.sql.SQLDataException;
import java.util.List;
import java.util.Objects;

import org.eads.audit.internal.AuditChain;
import org.eads.audit.internal.AuditQueue;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one audit writer. Each entry takes the next sequence number and the hash of the entry before it, under a lock
 * on the chain's head, so the chain has no gaps and no forks.
 * <p>
 * A change recorded inside a read-write transaction joins it, and the head lock is then held until that transaction
 * ends, so every other writer waits for it: record as late as possible in a long transaction, and never before
 * taking locks that another auditing transaction may hold (that order can deadlock). Everything else is queued and
 * written by one writer thread in groups.
 */
@Service
public class AuditLog {

    private final AuditChain chain;
    private final AuditQueue queue;
    /** Bound to a transaction that has appended to the chain: it holds the head until it ends. */
    private final Object headHeld = new Object();

    public AuditLog(AuditChain chain, AuditQueue queue) {
        this.chain = chain;
        this.queue = queue;
    }

    /**
     * Appends an entry. A change (any action but a read) recorded inside a read-write transaction joins it, so the
     * change and its entry are committed together or not at all. Everything else (reads and searches wherever they
     * run, anything recorded outside a read-write transaction) is queued and returns at once: the writer commits it
     * within milliseconds, whatever becomes of the caller's transaction. {@link #flush} waits for that.
     */
    public void record(AuditEvent event) {
        Objects.requireNonNull(event.actor(), "An audit event needs an actor");
        Objects.requireNonNull(event.action(), "An audit event needs an action");
        Objects.requireNonNull(event.outcome(), "An audit event needs an outcome");
        refuseNul(event);
        if (!event.action().isRead() && TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            holdingHead();
            chain.append(List.of(event));
        } else {
            queue.add(event);
        }
    }

    /**
     * Waits until every entry queued before the call is committed: before the log is read, so that it shows every
     * read answered so far. A transaction that has recorded a change holds the head the writer needs, so it cannot
     * wait for the writer.
     */
    public void flush() {
        if (TransactionSynchronizationManager.hasResource(headHeld)) {
            throw new IllegalStateException("This transaction has recorded a change and holds the audit chain until"
                    + " it ends: flush before it, or after");
        }
        queue.flush();
    }

    private void holdingHead() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(headHeld)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(headHeld, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(headHeld);
            }
        });
    }

    /**
     * PostgreSQL cannot store a NUL character. Refused here, in the caller, as the database itself would refuse it
     * (same SQL state, so the web layer answers 400 as before): a queued entry that the database refuses would hold
     * up every entry after it.
     */
    private static void refuseNul(AuditEvent e) {
        Actor a = e.actor();
        for (String text : new String[] {a.username(), a.memberCode(), a.clientAddress(), e.objectType(),
                e.objectId(), e.purpose(), e.outcome(), e.details()}) {
            if (text != null && text.indexOf('\u0000') >= 0) {
                String message = "An audit entry cannot hold the NUL character (U+0000)";
                throw new DataIntegrityViolationException(message, new SQLDataException(message, "22021"));
            }
        }
    }
}
