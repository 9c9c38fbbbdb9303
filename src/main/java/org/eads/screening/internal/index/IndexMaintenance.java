package org.eads.screening.internal.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.eads.records.ChangeFeed;
import org.eads.records.RecordChange;
import org.eads.records.SharedRecord;
import org.springframework.stereotype.Component;

/** Brings an index generation up to date with the change sequence, or builds one from every live record. */
@Component
public class IndexMaintenance {

    private static final int PAGE = 2000;
    private static final int BUILD_PAGE = 5000;

    private final ChangeFeed feed;
    private final RecordDocuments documents;

    IndexMaintenance(ChangeFeed feed, RecordDocuments documents) {
        this.feed = feed;
        this.documents = documents;
    }

    /**
     * Applies every committed change the index has not seen, commits with the new watermark and makes it searchable.
     * {@code applied} holds changes applied whose transaction is at or above the watermark (they are read again
     * until the watermark passes them). Returns how many changes were applied.
     */
    int follow(RecordIndex index, Map<Long, Long> applied) {
        long watermark = index.watermark();
        long afterSeq = 0;
        int count = 0;
        ChangeFeed.Changes page;
        do {
            page = feed.since(watermark, afterSeq, PAGE);
            List<UUID> ids = new ArrayList<>();
            for (RecordChange c : page.changes()) {
                if (applied.putIfAbsent(c.seq(), c.xid()) == null) {
                    ids.add(c.recordId());
                }
                afterSeq = c.seq();
            }
            if (!ids.isEmpty()) {
                apply(index, ids);
                count += ids.size();
            }
        } while (!page.complete());
        long next = page.nextWatermark();
        applied.values().removeIf(xid -> xid < next);
        if (count > 0 || next != watermark) {
            index.commit(next);
            index.refresh();
        }
        return count;
    }

    private void apply(RecordIndex index, List<UUID> ids) {
        Map<UUID, Optional<SharedRecord>> state = feed.current(ids.stream().distinct().toList());
        List<org.apache.lucene.document.Document> present = new ArrayList<>();
        List<UUID> gone = new ArrayList<>();
        state.forEach((id, r) -> r.ifPresentOrElse(rec -> present.add(documents.of(rec)), () -> gone.add(id)));
        index.apply(present, gone);
    }

    /**
     * A new generation under {@code root} holding every live record, committed at the watermark it started from. One
     * thread reads the records page by page while one per core turns pages into documents (normalising names is most
     * of the work) and adds them; a few pages wait at most.
     */
    RecordIndex build(Path root) throws IOException {
        RecordIndex fresh = RecordIndex.create(root);
        long from = feed.watermarkNow();
        int threads = Runtime.getRuntime().availableProcessors();
        Semaphore waiting = new Semaphore(2 * threads);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        try (ExecutorService workers = Executors.newFixedThreadPool(threads, Thread.ofPlatform()
                .name("index-build-", 1).factory())) {
            feed.forEachLive(BUILD_PAGE, batch -> {
                if (failed.get() != null) {
                    throw new IllegalStateException("A page of the index build failed", failed.get());
                }
                waiting.acquireUninterruptibly();
                workers.execute(() -> {
                    try {
                        fresh.add(batch.stream().map(documents::of).toList());
                    } catch (RuntimeException | Error e) {
                        failed.compareAndSet(null, e);
                    } finally {
                        waiting.release();
                    }
                });
            });
        } catch (RuntimeException e) {
            fresh.close();
            throw e;
        }
        if (failed.get() != null) {
            fresh.close();
            throw new IOException("The index build failed", failed.get());
        }
        fresh.commit(from);
        return fresh;
    }

    /**
     * Rebuilds the index under {@code root} when no node holds it (the command line): a new generation, made
     * current, the older ones removed. Returns the records indexed.
     */
    public int rebuildOffline(Path root) throws IOException {
        // fails with LockObtainFailedException when a running node holds the index
        RecordIndex.openCurrent(root).close();
        try (RecordIndex fresh = build(root)) {
            follow(fresh, new java.util.HashMap<>());
            fresh.makeCurrent();
            removeOtherGenerations(root, fresh.folder());
            return fresh.documents();
        }
    }

    static void removeOtherGenerations(Path root, Path keep) throws IOException {
        try (Stream<Path> gens = Files.list(root)) {
            for (Path gen : gens.filter(p -> Files.isDirectory(p) && !p.equals(keep)).toList()) {
                try (Stream<Path> files = Files.walk(gen)) {
                    for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        }
    }

    /** The index folder of a node: {@code eads.index-dir}, or {@code index} under the data folder. */
    public static Path root(Path indexDir, Path dataDir) {
        return indexDir != null ? indexDir : dataDir.resolve("index");
    }
}
