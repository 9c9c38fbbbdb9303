package org.eads.screening.internal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.IndicatorData;
import org.eads.records.RecordInput;
import org.eads.records.Records;
import org.eads.records.SharedRecord;
import org.eads.screening.Reindexing;
import org.eads.sharing.SharingLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class SearchIndexTest {

    @Autowired SearchIndex index;
    @Autowired IndexMaintenance maintenance;
    @Autowired RecordDocuments documents;
    @Autowired Reindexing reindexing;
    @Autowired Records records;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Value("${eads.index-dir}") Path nodeIndex;
    @TempDir Path dir;

    private static int phoneSeq = 1000;

    private RecordInput phone(String number) {
        return new RecordInput(new IndicatorData(IndicatorData.IndicatorType.PHONE, number, null, "MYS", null, null),
                SharingLevel.MEMBERS, null, null, null, null, null, null);
    }

    private synchronized String nextNumber() {
        return "+6012" + (System.nanoTime() % 1000) + String.format("%04d", phoneSeq++ % 10000);
    }

    private int hits(String key) {
        return index.search(s -> s.count(new TermQuery(new Term(RecordDocuments.KEY, key))));
    }

    private static int hits(RecordIndex idx, String key) throws Exception {
        var searcher = idx.acquire();
        try {
            return searcher.count(new TermQuery(new Term(RecordDocuments.KEY, key)));
        } finally {
            idx.release(searcher);
        }
    }

    @Test
    void followsCommittedChangesWithinASecond() {
        EadsUser officer = TestUsers.create(users, "MYS", Role.SUPERVISOR);
        String number = nextNumber();
        SharedRecord r = records.create(officer, phone(number));
        await().atMost(Duration.ofSeconds(1)).until(() -> hits("PHONE:" + number) == 1);
        records.delete(officer, r.id(), 1, "test");
        await().atMost(Duration.ofSeconds(1)).until(() -> hits("PHONE:" + number) == 0);
    }

    @Test
    void anIndexThatCrashedMidWayCatchesUpWithNothingMissing() throws Exception {
        Path root = dir.resolve("index");
        maintenance.rebuildOffline(root);
        EadsUser officer = TestUsers.create(users, "MYS", Role.OFFICER);
        List<SharedRecord> created = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String number = nextNumber();
            numbers.add(number);
            created.add(records.create(officer, phone(number)));
        }
        // indexing dies half-way: ten records applied, nothing committed
        RecordIndex crashed = RecordIndex.openCurrent(root);
        crashed.apply(created.subList(0, 10).stream().map(documents::of).toList(), List.of());
        crashed.abandon();

        try (RecordIndex reopened = RecordIndex.openCurrent(root)) {
            maintenance.follow(reopened, new HashMap<>());
            for (String number : numbers) {
                assertThat(hits(reopened, "PHONE:" + number)).as(number).isEqualTo(1);
            }
        }
    }

    @Test
    void aChangeCommittedWhileAnOlderTransactionRunsIsNotLost() throws Exception {
        // seq numbers are taken in insert order: a transaction that inserted first may commit last
        EadsUser officer = TestUsers.create(users, "MYS", Role.OFFICER);
        String late = nextNumber();
        String early = nextNumber();
        Thread slow = new Thread(() -> new org.springframework.transaction.support.TransactionTemplate(
                transactionManager).executeWithoutResult(tx -> {
                    records.create(officer, phone(late));
                    try {
                        Thread.sleep(1500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        slow.start();
        Thread.sleep(200);
        records.create(officer, phone(early));
        await().atMost(Duration.ofSeconds(1)).until(() -> hits("PHONE:" + early) == 1);
        slow.join();
        await().atMost(Duration.ofSeconds(1)).until(() -> hits("PHONE:" + late) == 1);
    }

    @Autowired org.springframework.transaction.PlatformTransactionManager transactionManager;

    @Test
    void reindexRebuildsOnlineWhenTheNodeRunsAndSearchesKeepWorking() throws Exception {
        EadsUser officer = TestUsers.create(users, "MYS", Role.OFFICER);
        String number = nextNumber();
        records.create(officer, phone(number));
        await().atMost(Duration.ofSeconds(1)).until(() -> hits("PHONE:" + number) == 1);
        String before = Files.readString(nodeIndex.resolve("CURRENT"));

        Reindexing.Outcome outcome = reindexing.reindex("test");

        assertThat(outcome.rebuiltHere()).as("the running node holds its index").isFalse();
        await().atMost(Duration.ofSeconds(30)).until(() -> !Files.readString(nodeIndex.resolve("CURRENT")).equals(before));
        assertThat(hits("PHONE:" + number)).isEqualTo(1);
        long live = jdbc.sql("select count(*) from record where deleted_at is null").query(Long.class).single();
        assertThat((long) index.documents()).isGreaterThanOrEqualTo(live - 50);
    }

    @Test
    void reindexWithNoNodeRunningRebuildsNow() {
        Reindexing offline = new Reindexing(maintenance, jdbc, dir.resolve("offline-index"), dir);
        Reindexing.Outcome outcome = offline.reindex("test");
        assertThat(outcome.rebuiltHere()).isTrue();
        assertThat(outcome.records()).isPositive();
    }

    @Test
    void anIndexWrittenInAnOlderLayoutIsRebuiltAtStart() throws Exception {
        Path root = dir.resolve("old-index");
        maintenance.rebuildOffline(root);
        Path generation = root.resolve(Files.readString(root.resolve("CURRENT")).strip());
        // what an earlier version committed: the watermark alone, no layout version
        try (var writer = new org.apache.lucene.index.IndexWriter(org.apache.lucene.store.FSDirectory.open(generation),
                new org.apache.lucene.index.IndexWriterConfig())) {
            writer.setLiveCommitData(java.util.Map.of(RecordIndex.WATERMARK, "1").entrySet());
            writer.commit();
        }
        try (RecordIndex old = RecordIndex.openCurrent(root)) {
            assertThat(old.outdated()).isTrue();
        }

        SearchIndex node = new SearchIndex(maintenance, jdbc, root, dir);
        try {
            assertThat(Files.readString(root.resolve("CURRENT")).strip()).isNotEqualTo(generation.getFileName().toString());
            assertThat(node.documents()).isPositive();
        } finally {
            node.close();
        }
        try (RecordIndex rebuilt = RecordIndex.openCurrent(root)) {
            assertThat(rebuilt.outdated()).isFalse();
        }
    }
}
