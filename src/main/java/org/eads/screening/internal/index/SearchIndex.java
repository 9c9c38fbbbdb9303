package org.eads.screening.internal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * This node's search index: derived from PostgreSQL, following the change sequence within a fraction of a second
 * (and, after a stop or a crash, from the watermark saved with its last commit), and rebuilt online when
 * {@code eads reindex} asks (searches go on against the old generation until the new one has caught up).
 */
@Component
@ConditionalOnWebApplication
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final IndexMaintenance maintenance;
    private final JdbcClient jdbc;
    private final Path root;
    private final Object writing = new Object();
    private final Map<Long, Long> appliedAbove = new HashMap<>();
    private volatile RecordIndex current;
    private long handledRequest;

    SearchIndex(IndexMaintenance maintenance, JdbcClient jdbc, @Value("${eads.index-dir:#{null}}") Path indexDir,
                @Value("${eads.data-dir:data}") Path dataDir) {
        this.maintenance = maintenance;
        this.jdbc = jdbc;
        this.root = IndexMaintenance.root(indexDir, dataDir);
        this.current = RecordIndex.openCurrent(root);
        this.handledRequest = lastRequest();
        if (current.outdated()) {
            log.info("Search index {} was written by an older version; rebuilding it", current.folder());
            rebuild();
        }
        log.info("Search index {} opened with {} records; catching up from the change sequence", current.folder(),
                current.documents());
    }

    /** Applies every committed change not yet in the index; returns how many changes were applied. */
    @Scheduled(fixedDelay = 200, initialDelay = 100)
    public int follow() {
        synchronized (writing) {
            return maintenance.follow(current, appliedAbove);
        }
    }

    /** Rebuilds when a reindex was asked for since this node last rebuilt. */
    @Scheduled(fixedDelay = 2000, initialDelay = 2000)
    void rebuildWhenAsked() {
        long request = lastRequest();
        if (request > handledRequest) {
            handledRequest = request;
            rebuild();
        }
    }

    private long lastRequest() {
        return jdbc.sql("select coalesce(max(id), 0) from screening_reindex_request").query(Long.class).single();
    }

    /**
     * Builds a new generation from every live record while searches go on against the current one, brings it up to
     * date with the changes made meanwhile, then switches to it and removes the old one. Returns the records indexed.
     */
    public int rebuild() {
        try {
            long started = System.nanoTime();
            RecordIndex fresh = maintenance.build(root);
            RecordIndex old;
            synchronized (writing) {
                Map<Long, Long> applied = new HashMap<>();
                maintenance.follow(fresh, applied);
                fresh.refresh();
                fresh.makeCurrent();
                old = current;
                current = fresh;
                appliedAbove.clear();
                appliedAbove.putAll(applied);
            }
            old.close();
            IndexMaintenance.removeOtherGenerations(root, fresh.folder());
            log.info("Search index rebuilt with {} records in {} ms", fresh.documents(),
                    (System.nanoTime() - started) / 1_000_000);
            return fresh.documents();
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be rebuilt", e);
        }
    }

    /** Runs a search against the current generation (once more on the new one if it switched meanwhile). */
    public <T> T search(SearchWork<T> work) {
        try {
            return searchOn(current, work);
        } catch (AlreadyClosedException switched) {
            return searchOn(current, work);
        }
    }

    private static <T> T searchOn(RecordIndex index, SearchWork<T> work) {
        try {
            IndexSearcher searcher = index.acquire();
            try {
                return work.on(searcher);
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Work on an index searcher. */
    public interface SearchWork<T> {
        T on(IndexSearcher searcher) throws IOException;
    }

    public int documents() {
        return current.documents();
    }

    @PreDestroy
    void close() throws IOException {
        synchronized (writing) {
            current.close();
        }
    }
}
