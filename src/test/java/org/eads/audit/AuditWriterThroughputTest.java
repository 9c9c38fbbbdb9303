package org.eads.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How many entries per second the writer sustains with one and with several threads, and how fast the verifier
 * reads. A measurement, not a test: it asserts nothing about time and runs only when asked for
 * ({@code ./mvnw test -Dtest=AuditWriterThroughputTest -Deads.bench=true}). The test database runs without fsync.
 * <p>
 * {@code plain} records outside any transaction; {@code in_tx} records a search inside a read-write transaction of
 * its own, as {@code Screening.search} does. The clock stops when every entry is committed.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "eads.bench", matches = "true")
class AuditWriterThroughputTest {

    @Autowired
    AuditLog log;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void measure() throws Exception {
        int entries = Integer.getInteger("eads.bench.entries", 20_000);
        run(1, entries / 4, false);
        for (int threads : new int[] {1, 2, 4, 8}) {
            print("plain", threads, entries, run(threads, entries, false));
        }
        print("in_tx", 2, entries, run(2, entries, true));
        long start = System.nanoTime();
        ChainVerification chain = verifier.verify();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("suite=audit-verify entries=%d intact=%s entries_per_s=%.0f%n", chain.entriesChecked(),
                chain.intact(), chain.entriesChecked() / seconds);
    }

    private static void print(String mode, int threads, int entries, double rate) {
        System.out.printf("suite=audit-writer mode=%s threads=%d entries=%d entries_per_s=%.0f%n", mode, threads,
                entries, rate);
    }

    private double run(int threads, int entries, boolean inTransaction) throws Exception {
        Actor actor = new Actor(null, "bench.writer", "SGP", null, "local");
        TransactionTemplate tx = new TransactionTemplate(transactions);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < entries / threads; i++) {
                        AuditEvent event = AuditEvent.ok(actor, AuditAction.SEARCH, "PERSON", "P-" + i)
                                .withDetails("name=Somchai Jaidee dob=1980");
                        if (inTransaction) {
                            tx.executeWithoutResult(status -> log.record(event));
                        } else {
                            log.record(event);
                        }
                    }
                }));
            }
        }
        for (Future<?> f : done) {
            f.get();
        }
        log.flush();
        return entries / ((System.nanoTime() - start) / 1e9);
    }
}
