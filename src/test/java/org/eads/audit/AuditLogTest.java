package org.eads.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLDataException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.eads.EadsApplication;
import org.eads.audit.internal.AuditEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
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
        String username = "writer.fields." + System.nanoTime();
        Actor actor = new Actor(42L, username, "THA", 7L, "192.0.2.10");
        AuditEvent event = new AuditEvent(actor, AuditAction.SEARCH, "PERSON", "P-1", "Case 2026/117", "OK",
                "name=สมชาย ใจดี, \"quoted\"\nsecond line");
        log.record(event);
        log.flush();
        AuditEntry e = entries(username).getFirst();
        assertThat(e.userId()).isEqualTo(42L);
        assertThat(e.username()).isEqualTo(username);
        assertThat(e.memberCode()).isEqualTo("THA");
        assertThat(e.agencyId()).isEqualTo(7L);
        assertThat(e.clientAddress()).isEqualTo("192.0.2.10");
        assertThat(e.action()).isEqualTo("SEARCH");
        assertThat(e.purpose()).isEqualTo("Case 2026/117");
        assertThat(e.details()).isEqualTo(event.details());
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void concurrentReadersAndChangesLeaveOneGaplessChainInEachThreadsOrder() throws Exception {
        String run = "writer.concurrent." + System.nanoTime() + ".";
        int readers = 6;
        int perThread = 500;
        TransactionTemplate tx = new TransactionTemplate(transactions);
        long headBefore = head();
        List<Future<?>> done = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(readers + 1)) {
            for (int t = 0; t < readers; t++) {
                Actor actor = new Actor(null, run + t, "SGP", null, "local");
                done.add(pool.submit(() -> IntStream.range(0, perThread).forEach(i ->
                        log.record(AuditEvent.ok(actor, AuditAction.RECORD_VIEW, "PERSON", "P-" + i)))));
            }
            // changes commit with their own transactions, competing with the queue's writer for the head
            Actor changer = new Actor(null, run + "changes", "SGP", null, "local");
            done.add(pool.submit(() -> IntStream.range(0, 50).forEach(i -> tx.executeWithoutResult(status ->
                    log.record(AuditEvent.ok(changer, AuditAction.RECORD_UPDATE, "PERSON", "P-" + i))))));
        }
        for (Future<?> f : done) {
            f.get();
        }
        log.flush();
        for (int t = 0; t < readers; t++) {
            assertThat(entries(run + t)).extracting(AuditEntry::objectId)
                    .containsExactlyElementsOf(IntStream.range(0, perThread).mapToObj(i -> "P-" + i).toList());
        }
        assertThat(entries(run + "changes")).extracting(AuditEntry::objectId)
                .containsExactlyElementsOf(IntStream.range(0, 50).mapToObj(i -> "P-" + i).toList());
        long headAfter = head();
        assertThat(jdbc.sql("select count(*), min(seq), max(seq) from audit_entry where seq > :before")
                .param("before", headBefore)
                .query((rs, i) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single())
                .containsExactly(headAfter - headBefore, headBefore + 1, headAfter);
        ChainVerification chain = verifier.verify();
        assertThat(chain.intact()).as(chain.summary()).isTrue();
        assertThat(chain.headSeq()).isEqualTo(headAfter);
    }

    @Test
    void aChangeIsUndoneWithItsTransactionWhileReadsStillLand() {
        String username = "writer.rolledback." + System.nanoTime();
        Actor actor = new Actor(null, username, "IDN", null, "local");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            log.record(AuditEvent.ok(actor, AuditAction.SEARCH, "SEARCH", null).withDetails("before the change"));
            log.record(AuditEvent.ok(actor, AuditAction.RECORD_CREATE, "PERSON", "P-9"));
            log.record(AuditEvent.ok(actor, AuditAction.RECORD_VIEW, "PERSON", "P-9"));
            status.setRollbackOnly();
        });
        log.record(AuditEvent.ok(actor, AuditAction.RECORD_VIEW, "PERSON", "P-10"));
        log.flush();
        assertThat(entries(username)).extracting(AuditEntry::action)
                .containsExactly("SEARCH", "RECORD_VIEW", "RECORD_VIEW");
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aChangeIsCommittedWithItsTransaction() {
        String username = "writer.committed." + System.nanoTime();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            log.record(AuditEvent.ok(new Actor(null, username, "IDN", null, "local"), AuditAction.RECORD_CREATE,
                    "PERSON", "P-11"));
            assertThat(count(username)).as("inside its transaction").isEqualTo(1);
        });
        assertThat(count(username)).isEqualTo(1);
    }

    @Test
    void aReadInsideAReadOnlyTransactionIsStillRecorded() {
        String username = "writer.readonly." + System.nanoTime();
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(status -> log.record(AuditEvent.ok(new Actor(null, username, "VNM", null,
                "local"), AuditAction.RECORD_VIEW, "PERSON", "P-3")));
        log.flush();
        assertThat(count(username)).isEqualTo(1);
    }

    @Test
    void recordReturnsAtOnceAndFlushWaitsUntilTheEntryIsCommitted() throws Exception {
        String username = "writer.flush." + System.nanoTime();
        CompletableFuture<Void> flushed;
        try (HeadLock held = new HeadLock()) {
            log.record(AuditEvent.ok(new Actor(null, username, "LAO", null, "local"), AuditAction.SEARCH, "SEARCH",
                    null));
            flushed = CompletableFuture.runAsync(log::flush);
            Thread.sleep(300);
            assertThat(flushed).as("flush while the writer cannot take the head").isNotDone();
            assertThat(count(username)).isZero();
        }
        flushed.get(30, TimeUnit.SECONDS);
        assertThat(count(username)).isEqualTo(1);
    }

    @Test
    void aTransactionThatRecordedAChangeCannotWaitForTheWriter() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            log.flush();
            log.record(AuditEvent.ok(Actor.system("writer.holds-head"), AuditAction.ADMIN_CHANGE, null, null));
            assertThatThrownBy(log::flush).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("holds the audit chain");
        });
        log.flush();
    }

    @Test
    void aNulCharacterIsRefusedToTheCaller() {
        assertThatThrownBy(() -> log.record(AuditEvent.ok(Actor.system("writer.nul"), AuditAction.SEARCH, "SEARCH",
                null).withDetails("name=a\u0000b"))).isInstanceOf(DataIntegrityViolationException.class)
                .hasRootCauseInstanceOf(SQLDataException.class);
    }

    @Test
    void aGroupTheDatabaseRefusesIsTriedAgainUntilItIsWrittenInOrder(CapturedOutput output) throws Exception {
        String refused = "writer.refused." + System.nanoTime();
        String after = refused + ".after";
        jdbc.sql("alter table audit_entry add constraint audit_test_refuses check (username <> '" + refused
                + "') not valid").update();
        try {
            log.record(AuditEvent.ok(new Actor(null, refused, "KHM", null, "local"), AuditAction.SEARCH, "SEARCH",
                    null).withDetails("secret query"));
            log.record(AuditEvent.ok(new Actor(null, after, "KHM", null, "local"), AuditAction.SEARCH, "SEARCH",
                    null));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!output.getOut().contains("Could not write") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(count(refused) + count(after)).isZero();
        } finally {
            jdbc.sql("alter table audit_entry drop constraint audit_test_refuses").update();
        }
        log.flush();
        assertThat(output.getOut()).contains("Could not write").contains("SQL state 23514")
                .doesNotContain("secret query").doesNotContain(refused);
        long first = jdbc.sql("select seq from audit_entry where username = :u").param("u", refused)
                .query(Long.class).single();
        long second = jdbc.sql("select seq from audit_entry where username = :u").param("u", after)
                .query(Long.class).single();
        assertThat(second).isGreaterThan(first);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void closingTheApplicationWritesWhatIsStillQueued() throws Exception {
        String username = "writer.shutdown." + System.nanoTime();
        ConfigurableApplicationContext node = new SpringApplicationBuilder(EadsApplication.class)
                .web(WebApplicationType.NONE).run();
        Thread closing;
        try (HeadLock held = new HeadLock()) {
            AuditLog nodeLog = node.getBean(AuditLog.class);
            for (int i = 0; i < 20; i++) {
                nodeLog.record(AuditEvent.ok(new Actor(null, username, "MMR", null, "local"),
                        AuditAction.RECORD_VIEW, "PERSON", "P-" + i));
            }
            closing = Thread.ofPlatform().start(node::close);
            closing.join(Duration.ofMillis(300));
            assertThat(closing.isAlive()).as("closing waits for the queue").isTrue();
        }
        closing.join(Duration.ofSeconds(30));
        assertThat(closing.isAlive()).isFalse();
        assertThat(entries(username)).hasSize(20);
        assertThat(verifier.verify().intact()).isTrue();
    }

    private List<AuditEntry> entries(String username) {
        return jdbc.sql("select " + AuditEntry.COLUMNS + " from audit_entry where username = :u order by seq")
                .param("u", username).query(AuditEntry::map).list();
    }

    private long count(String username) {
        return jdbc.sql("select count(*) from audit_entry where username = :u").param("u", username)
                .query(Long.class).single();
    }

    private long head() {
        return jdbc.sql("select seq from audit_head").query(Long.class).single();
    }

    /** Holds the chain's head from another transaction, as a long change would, until closed. */
    private final class HeadLock implements AutoCloseable {
        private final CountDownLatch locked = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);
        private final CompletableFuture<Void> holder;

        HeadLock() throws InterruptedException {
            holder = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                jdbc.sql("select seq from audit_head where id = 1 for update").query(Long.class).single();
                locked.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
        }

        @Override
        public void close() throws Exception {
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
        }
    }
}
