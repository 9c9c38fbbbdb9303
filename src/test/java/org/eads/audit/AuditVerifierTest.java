package org.eads.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;

import org.eads.audit.ChainBreak.Problem;
import org.eads.audit.internal.AuditEntry;
import org.eads.audit.internal.EntryHash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tampering with the chain, as a database superuser would. Every scenario runs in a transaction that is rolled back,
 * so the chain that the other tests share stays intact.
 */
@SpringBootTest
class AuditVerifierTest {

    @Autowired
    AuditLog log;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void sharedChainIsStillIntact() {
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void anUntouchedChainIsIntactAndEveryEntryIsChecked() {
        append(3);
        ChainVerification result = verifier.verify();
        long head = jdbc.sql("select seq from audit_head").query(Long.class).single();
        assertThat(result.intact()).isTrue();
        assertThat(result.headSeq()).isEqualTo(head);
        assertThat(result.entriesChecked()).isEqualTo(head);
        assertThat(result.summary()).contains("intact").contains(head + " entries")
                .contains(head + ":" + result.headHash());
        assertThat(result.headHash()).isEqualTo(entry(head).hash());
    }

    @Test
    void anAnchorFromEarlierStillMatches() {
        ChainVerification earlier = verifier.verify();
        append(2);
        ChainAnchor anchor = new ChainAnchor(earlier.headSeq(), earlier.headHash());
        assertThat(verifier.verify(anchor).intact()).isTrue();
        assertThat(verifier.verify(ChainAnchor.parse(anchor.toString())).intact()).isTrue();
    }

    @Test
    void aWrongOrMissingAnchorIsReported() {
        long head = append(1).getFirst();
        ChainVerification wrong = verifier.verify(new ChainAnchor(head, "0".repeat(64)));
        assertBreak(wrong, head, Problem.ANCHOR_MISMATCH);
        ChainVerification gone = verifier.verify(new ChainAnchor(head + 1000, "0".repeat(64)));
        assertBreak(gone, head + 1000, Problem.ANCHOR_MISMATCH);
    }

    @Test
    void aChainRewrittenFromSomeEntryOnIsCaughtOnlyByAnAnchor() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            List<Long> seqs = append(3);
            ChainVerification before = walk(null);
            ChainAnchor anchor = new ChainAnchor(before.headSeq(), before.headHash());
            jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
            jdbc.sql("alter table audit_head disable trigger audit_head_only_advances").update();
            String prev = entry(seqs.getFirst()).prevHash();
            for (long seq : seqs) {
                AuditEntry e = entry(seq);
                AuditEntry forged = new AuditEntry(e.seq(), e.at(), e.userId(), "someone.else", e.memberCode(),
                        e.agencyId(), e.action(), e.objectType(), e.objectId(), e.purpose(), e.clientAddress(),
                        e.outcome(), e.details(), prev, null);
                prev = EntryHash.of(forged);
                jdbc.sql("update audit_entry set username = :u, prev_hash = :p, hash = :h where seq = :seq")
                        .param("u", forged.username()).param("p", forged.prevHash()).param("h", prev)
                        .param("seq", seq).update();
            }
            jdbc.sql("update audit_head set hash = :h").param("h", prev).update();
            jdbc.sql("alter table audit_head enable trigger audit_head_only_advances").update();
            jdbc.sql("alter table audit_entry enable trigger audit_entry_append_only").update();

            assertThat(walk(null).intact()).as("a consistent rewrite passes the walk").isTrue();
            assertBreak(walk(anchor), anchor.seq(), Problem.ANCHOR_MISMATCH);
        });
    }

    @Test
    void smallBatchesGiveTheSameResult() {
        append(10);
        ChainVerification whole = verifier.verify();
        assertThat(verifier.verify(null, 7)).isEqualTo(whole);
        assertThat(verifier.verify(null, 1)).isEqualTo(whole);
    }

    @Test
    void aChangedFieldIsReportedAtThatEntry() {
        Tampered t = tamper(5, seqs -> jdbc.sql("update audit_entry set details = 'nothing to see' where seq = :seq")
                .param("seq", seqs.get(2)).update());
        assertBreak(t.result(), t.seqs().get(2), Problem.CHANGED_CONTENT);
    }

    @Test
    void aNullTurnedIntoAnEmptyTextIsAChange() {
        Tampered t = tamper(3, seqs -> jdbc.sql("update audit_entry set purpose = '' where seq = :seq")
                .param("seq", seqs.get(1)).update());
        assertBreak(t.result(), t.seqs().get(1), Problem.CHANGED_CONTENT);
    }

    @Test
    void aChangedEntryWithARecomputedHashBreaksTheNextLink() {
        Tampered t = tamper(4, seqs -> {
            AuditEntry e = entry(seqs.get(1));
            AuditEntry forged = new AuditEntry(e.seq(), e.at(), e.userId(), "someone.else", e.memberCode(),
                    e.agencyId(), e.action(), e.objectType(), e.objectId(), e.purpose(), e.clientAddress(),
                    e.outcome(), e.details(), e.prevHash(), null);
            jdbc.sql("update audit_entry set username = :username, hash = :hash where seq = :seq")
                    .param("username", forged.username()).param("hash", EntryHash.of(forged))
                    .param("seq", e.seq()).update();
        });
        assertBreak(t.result(), t.seqs().get(2), Problem.BROKEN_LINK);
    }

    @Test
    void anEntryDeletedInTheMiddleIsAGap() {
        Tampered t = tamper(5, seqs -> jdbc.sql("delete from audit_entry where seq = :seq")
                .param("seq", seqs.get(2)).update());
        assertBreak(t.result(), t.seqs().get(2), Problem.MISSING_ENTRY);
        assertThat(t.result().firstBreak().description()).contains("entry " + t.seqs().get(2) + " is missing");
    }

    @Test
    void entriesDeletedAtTheEndDoNotMatchTheHead() {
        Tampered t = tamper(5, seqs -> jdbc.sql("delete from audit_entry where seq >= :seq")
                .param("seq", seqs.get(3)).update());
        assertBreak(t.result(), t.seqs().get(3), Problem.HEAD_MISMATCH);
        assertThat(t.result().entriesChecked()).isEqualTo(t.seqs().get(2));
        assertThat(t.result().headSeq()).isEqualTo(t.seqs().get(4));
    }

    @Test
    void anEntryAddedPastTheHeadIsReported() {
        Tampered t = tamper(2, seqs -> {
            AuditEntry last = entry(seqs.get(1));
            AuditEntry extra = new AuditEntry(last.seq() + 1, last.at(), null, "ghost", null, null, "LOGIN_SUCCESS",
                    null, null, null, null, "OK", null, last.hash(), null);
            insert(extra.withHash(EntryHash.of(extra)));
        });
        assertBreak(t.result(), t.seqs().get(1) + 1, Problem.HEAD_MISMATCH);
    }

    @Test
    void anEntryBeforeTheStartIsReported() {
        Tampered t = tamper(1, seqs -> {
            AuditEntry first = entry(1);
            insert(new AuditEntry(0, first.at(), null, "ghost", null, null, "LOGIN_SUCCESS", null, null, null,
                    null, "OK", null, EntryHash.GENESIS, "0".repeat(64)));
        });
        assertBreak(t.result(), 0, Problem.UNEXPECTED_ENTRY);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveEntriesOrRewindTheHead() {
        long seq = append(1).getFirst();
        for (String sql : List.of("update audit_entry set details = 'x' where seq = " + seq,
                "delete from audit_entry where seq = " + seq, "truncate audit_entry",
                "update audit_head set seq = seq - 1", "update audit_head set seq = seq + 1",
                "update audit_head set hash = '" + "0".repeat(64) + "'", "delete from audit_head",
                "truncate audit_head")) {
            TransactionTemplate tx = new TransactionTemplate(transactions);
            assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
                status.setRollbackOnly();
                jdbc.sql(sql).update();
            })).as(sql).hasMessageContaining("audit");
        }
    }

    private Tampered tamper(int entries, Consumer<List<Long>> change) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        return tx.execute(status -> {
            status.setRollbackOnly();
            assertThat(walk(null).intact()).as("intact before tampering").isTrue();
            List<Long> seqs = append(entries);
            jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
            change.accept(seqs);
            jdbc.sql("alter table audit_entry enable trigger audit_entry_append_only").update();
            return new Tampered(seqs, walk(null));
        });
    }

    /**
     * Changes, recorded in the caller's transaction if there is one (so that they are rolled back with it), else in
     * one of their own: either way they are in the chain when this returns.
     */
    private List<Long> append(int count) {
        String username = "verifier.test." + System.nanoTime();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                log.record(AuditEvent.ok(new Actor(null, username, "MYS", null, "10.0.0.1"),
                        AuditAction.RECORD_UPDATE, "PERSON", "P-" + i));
            }
        });
        return jdbc.sql("select seq from audit_entry where username = :u order by seq").param("u", username)
                .query(Long.class).list();
    }

    /** The check inside a transaction that has appended: it holds the head, so it cannot wait for the queue. */
    private ChainVerification walk(ChainAnchor anchor) {
        return verifier.verify(anchor, AuditVerifier.BATCH);
    }

    private AuditEntry entry(long seq) {
        return jdbc.sql("select " + AuditEntry.COLUMNS + " from audit_entry where seq = :seq").param("seq", seq)
                .query(AuditEntry::map).single();
    }

    private void insert(AuditEntry e) {
        jdbc.sql("""
                insert into audit_entry (seq, at, username, action, outcome, prev_hash, hash)
                values (:seq, :at, :username, :action, :outcome, :prev, :hash)
                """)
                .param("seq", e.seq()).param("at", java.sql.Timestamp.from(e.at())).param("username", e.username())
                .param("action", e.action()).param("outcome", e.outcome()).param("prev", e.prevHash())
                .param("hash", e.hash()).update();
    }

    private static void assertBreak(ChainVerification result, long seq, Problem problem) {
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBreak().seq()).isEqualTo(seq);
        assertThat(result.firstBreak().problem()).isEqualTo(problem);
        assertThat(result.summary()).contains("BROKEN at entry " + seq);
    }

    private record Tampered(List<Long> seqs, ChainVerification result) {
    }
}
