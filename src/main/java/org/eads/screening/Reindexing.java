package org.eads.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.lucene.store.LockObtainFailedException;
import org.eads.screening.internal.index.IndexMaintenance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * {@code eads reindex}: rebuilds the search index from PostgreSQL. When no node runs on the data folder the index is
 * rebuilt here and now; when nodes run, each is asked (through the database) to rebuild its own index online.
 */
@Service
public class Reindexing {

    private final IndexMaintenance maintenance;
    private final JdbcClient jdbc;
    private final Path root;

    public Reindexing(IndexMaintenance maintenance, JdbcClient jdbc, @Value("${eads.index-dir:#{null}}") Path indexDir,
                      @Value("${eads.data-dir:data}") Path dataDir) {
        this.maintenance = maintenance;
        this.jdbc = jdbc;
        this.root = IndexMaintenance.root(indexDir, dataDir);
    }

    /** What a reindex did. */
    public record Outcome(boolean rebuiltHere, int records, long millis) {
    }

    public Outcome reindex(String requestedBy) {
        long started = System.nanoTime();
        try {
            int records = maintenance.rebuildOffline(root);
            return new Outcome(true, records, (System.nanoTime() - started) / 1_000_000);
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof LockObtainFailedException)) {
                throw e;
            }
            // a node holds the index: ask every node to rebuild its own, online
            jdbc.sql("insert into screening_reindex_request (requested_by) values (:by)").param("by", requestedBy)
                    .update();
            return new Outcome(false, 0, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be rebuilt: " + e.getMessage(), e);
        }
    }
}
