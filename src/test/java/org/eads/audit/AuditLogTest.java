package org.eads.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eads.audit.internal.AuditEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class AuditLogTest {

    @Autowired
    AuditLog log;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void storesEveryFieldAsGiven() {
        Actor actor = new Actor(42L, "writer.fields", "THA", 7L, "192.0.2.10");
        AuditEvent event = new AuditEvent(actor, AuditAction.SEARCH, "PERSON", "P-1", "Case 2026/117", "OK",
                "name=สมชาย ใจดี, \"quoted\"\nsecond line");
        long seq = log.record(event);
        AuditEntry e = jdbc.sql("select " + AuditEntry.COLUMNS + " from audit_entry where seq = :seq")
                .param("seq", seq).query(AuditEntry::map).single();
        assertThat(e.userId()).isEqualTo(42L);
        assertThat(e.username()).isEqualTo("writer.fields");
        assertThat(e.memberCode()).isEqualTo("THA");
        assertThat(e.agencyId()).isEqualTo(7L);
        assertThat(e.clientAddress()).isEqualTo("192.0.2.10");
        assertThat(e.action()).isEqualTo("SEARCH");
        assertThat(e.purpose()).isEqualTo("Case 2026/117");
        assertThat(e.details()).isEqualTo(event.details());
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void concurrentWritersLeaveOneGaplessChain() throws Exception {
        int threads = 4;
        int perThread = 200;
        List<Future<List<Long>>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                Actor actor = new Actor(null, "writer.concurrent." + t, "SGP", null, "local");
                results.add(pool.submit(() -> {
                    List<Long> seqs = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        seqs.add(log.record(AuditEvent.ok(actor, AuditAction.RECORD_VIEW, "PERSON", "P-" + i)));
                    }
                    return seqs;
                }));
            }
        }
        Set<Long> all = new HashSet<>();
        for (Future<List<Long>> r : results) {
            List<Long> seqs = r.get();
            assertThat(seqs).isSorted();
            all.addAll(seqs);
        }
        assertThat(all).hasSize(threads * perThread);
        long min = all.stream().min(Long::compare).orElseThrow();
        long max = all.stream().max(Long::compare).orElseThrow();
        assertThat(jdbc.sql("select count(*) from audit_entry where seq between :min and :max")
                .param("min", min).param("max", max).query(Long.class).single()).isEqualTo(max - min + 1);
        assertThat(jdbc.sql("select count(*) from audit_entry where username like 'writer.concurrent.%'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(threads * perThread);
        ChainVerification chain = verifier.verify();
        assertThat(chain.intact()).as(chain.summary()).isTrue();
        assertThat(chain.headSeq()).isGreaterThanOrEqualTo(max);
    }

    @Test
    void anEntryIsUndoneWithTheChangeItBelongsTo() {
        String username = "writer.rolledback." + System.nanoTime();
        long headBefore = head();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            log.record(AuditEvent.ok(new Actor(null, username, "IDN", null, "local"), AuditAction.RECORD_CREATE,
                    "PERSON", "P-9"));
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from audit_entry where username = :u").param("u", username)
                .query(Long.class).single()).isZero();
        assertThat(head()).isEqualTo(headBefore);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aReadInsideAReadOnlyTransactionIsStillRecorded() {
        String username = "writer.readonly." + System.nanoTime();
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        Long seq = readOnly.execute(status -> log.record(AuditEvent.ok(new Actor(null, username, "VNM", null,
                "local"), AuditAction.RECORD_VIEW, "PERSON", "P-3")));
        assertThat(jdbc.sql("select username from audit_entry where seq = :seq").param("seq", seq)
                .query(String.class).single()).isEqualTo(username);
    }

    private long head() {
        return jdbc.sql("select seq from audit_head").query(Long.class).single();
    }
}
