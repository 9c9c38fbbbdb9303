package org.eads.audit;

import java.util.List;

import org.eads.audit.ChainBreak.Problem;
import org.eads.audit.internal.AuditEntry;
import org.eads.audit.internal.EntryHash;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks the audit chain end to end: every entry in sequence order, with the same hash function as the writer, and
 * the head at the end. Reads in batches, so a chain of millions of entries needs the memory of one batch.
 */
@Service
public class AuditVerifier {

    static final int BATCH = 5_000;

    private final JdbcClient jdbc;
    private final AuditLog log;
    private final TransactionTemplate snapshot;

    public AuditVerifier(JdbcClient jdbc, AuditLog log, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.log = log;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /**
     * Walks the whole chain and stops at the first break. Entries queued before the call are written first. One
     * snapshot (repeatable read) for the walk and the head, so that writers appending meanwhile are neither seen
     * half-way nor taken for a break.
     */
    public ChainVerification verify() {
        return verify(null);
    }

    /**
     * As {@link #verify()}, and also checks that the anchored entry still has the anchored hash: that catches a
     * chain rewritten from some entry on, hashes and head included, which the walk alone cannot tell from the
     * original.
     */
    public ChainVerification verify(ChainAnchor anchor) {
        log.flush();
        return verify(anchor, BATCH);
    }

    /** The walk alone, without waiting for the queue: also inside a transaction that has recorded a change. */
    ChainVerification verify(ChainAnchor anchor, int batchSize) {
        return snapshot.execute(status -> walk(anchor, batchSize));
    }

    private ChainVerification walk(ChainAnchor anchor, int batchSize) {
        Head head = jdbc.sql("select seq, hash from audit_head where id = 1")
                .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2))).single();
        long expected = 1;
        String prevHash = EntryHash.GENESIS;
        long checked = 0;
        // The first batch starts below 1 so that an entry numbered before the start is seen too.
        long from = Long.MIN_VALUE;
        List<AuditEntry> batch;
        do {
            batch = jdbc.sql("select " + AuditEntry.COLUMNS + " from audit_entry where seq >= :from order by seq"
                            + " limit :limit")
                    .param("from", from).param("limit", batchSize).query(AuditEntry::map).list();
            for (AuditEntry e : batch) {
                checked++;
                ChainBreak problem = check(e, expected, prevHash);
                if (problem == null) {
                    problem = checkAnchor(e, anchor);
                }
                if (problem != null) {
                    return new ChainVerification(checked, head.seq(), head.hash(), problem);
                }
                expected++;
                prevHash = e.hash();
            }
            from = expected;
        } while (batch.size() == batchSize);
        long last = expected - 1;
        ChainBreak headProblem = checkHead(head, last, prevHash);
        if (headProblem == null && anchor != null && anchor.seq() > last) {
            headProblem = new ChainBreak(anchor.seq(), Problem.ANCHOR_MISMATCH, "the anchored entry is gone: the"
                    + " chain ends at " + last + ".");
        }
        return new ChainVerification(checked, head.seq(), head.hash(), headProblem);
    }

    private static ChainBreak check(AuditEntry e, long expected, String prevHash) {
        if (e.seq() < expected) {
            return new ChainBreak(e.seq(), Problem.UNEXPECTED_ENTRY,
                    "the chain starts at 1, so this entry was added without the writer.");
        }
        if (e.seq() != expected) {
            String which = e.seq() == expected + 1 ? "entry " + expected + " is missing"
                    : "entries " + expected + " to " + (e.seq() - 1) + " are missing";
            return new ChainBreak(expected, Problem.MISSING_ENTRY, which + " (the next entry present is "
                    + e.seq() + ").");
        }
        if (!prevHash.equals(e.prevHash())) {
            return new ChainBreak(e.seq(), Problem.BROKEN_LINK, "its previous-entry hash does not match entry "
                    + (e.seq() - 1) + " (that entry or this link was changed).");
        }
        if (!EntryHash.of(e).equals(e.hash())) {
            return new ChainBreak(e.seq(), Problem.CHANGED_CONTENT,
                    "its content does not match its hash (the entry was changed after it was written).");
        }
        return null;
    }

    private static ChainBreak checkAnchor(AuditEntry e, ChainAnchor anchor) {
        if (anchor == null || anchor.seq() != e.seq() || anchor.hash().equals(e.hash())) {
            return null;
        }
        return new ChainBreak(e.seq(), Problem.ANCHOR_MISMATCH, "its hash is no longer the anchored "
                + anchor.hash() + ": the chain was rewritten at or before this entry.");
    }

    private static ChainBreak checkHead(Head head, long last, String lastHash) {
        if (head.seq() > last) {
            return new ChainBreak(last + 1, Problem.HEAD_MISMATCH, "the head names entry " + head.seq()
                    + " but the chain ends at " + last + ": entries " + (last + 1) + " to " + head.seq()
                    + " were removed from the end.");
        }
        if (head.seq() < last) {
            return new ChainBreak(head.seq() + 1, Problem.HEAD_MISMATCH, "the chain goes on to entry " + last
                    + " past the head at " + head.seq() + ": entries were added without the writer.");
        }
        if (!head.hash().equals(lastHash)) {
            return new ChainBreak(last, Problem.HEAD_MISMATCH,
                    "the head's hash does not match the last entry (it was replaced).");
        }
        return null;
    }

    private record Head(long seq, String hash) {
    }
}
