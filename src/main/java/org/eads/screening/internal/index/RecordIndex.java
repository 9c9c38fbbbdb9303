package org.eads.screening.internal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.FSDirectory;

/**
 * One generation of the search index in its own folder under {@code <data>/index/}, with the change-sequence
 * watermark it has reached stored in its Lucene commit, so that the index and its position are always saved
 * together. The folder named in {@code <data>/index/CURRENT} is the one a node opens at start.
 */
final class RecordIndex implements AutoCloseable {

    static final String WATERMARK = "watermark";
    static final String FORMAT = "format";
    /**
     * BM25 with half the usual weight on length: a record's names in two scripts double its keys, which should not
     * count as much as more words.
     */
    private static final Similarity SIMILARITY = new BM25Similarity(1.2f, 0.5f);

    private final Path folder;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean outdated;
    private volatile long watermark;

    private RecordIndex(Path folder, IndexWriter writer, long watermark, boolean outdated) throws IOException {
        this.folder = folder;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(SIMILARITY);
                return searcher;
            }
        });
        this.watermark = watermark;
        this.outdated = outdated;
    }

    /** Opens the current generation under {@code root}, or an empty one when there is none. */
    static RecordIndex openCurrent(Path root) {
        try {
            Files.createDirectories(root);
            Path pointer = root.resolve("CURRENT");
            String name = Files.exists(pointer) ? Files.readString(pointer).strip() : null;
            if (name != null) {
                return open(root.resolve(name));
            }
            RecordIndex first = create(root);
            first.makeCurrent();
            return first;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index under " + root, e);
        }
    }

    /** A new, empty generation; it becomes current only through {@link #makeCurrent}. */
    static RecordIndex create(Path root) throws IOException {
        Path folder = root.resolve("gen-" + System.currentTimeMillis());
        Files.createDirectories(folder);
        return open(folder);
    }

    private static RecordIndex open(Path folder) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig();
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        IndexWriter writer = new IndexWriter(FSDirectory.open(folder), config);
        Map<String, String> committed = new HashMap<>();
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            data.forEach(e -> committed.put(e.getKey(), e.getValue()));
        }
        long watermark = Long.parseLong(committed.getOrDefault(WATERMARK, "0"));
        boolean outdated = committed.containsKey(WATERMARK)
                && !RecordDocuments.FORMAT.equals(committed.get(FORMAT));
        return new RecordIndex(folder, writer, watermark, outdated);
    }

    /** True when the documents were written in a layout older than {@link RecordDocuments#FORMAT}. */
    boolean outdated() {
        return outdated;
    }

    /** Puts the records' current state in the index and removes those that are gone. */
    void apply(Collection<Document> present, Collection<UUID> gone) {
        try {
            for (Document d : present) {
                writer.updateDocument(new Term(RecordDocuments.ID, d.get(RecordDocuments.ID)), d);
            }
            for (UUID id : gone) {
                writer.deleteDocuments(new Term(RecordDocuments.ID, id.toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(Collection<Document> documents) {
        try {
            for (Document doc : documents) {
                writer.addDocument(doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was applied searchable. */
    void refresh() {
        try {
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves what was applied together with the watermark it reaches. */
    void commit(long newWatermark) {
        try {
            watermark = newWatermark;
            writer.setLiveCommitData(Map.of(WATERMARK, Long.toString(newWatermark), FORMAT, RecordDocuments.FORMAT)
                    .entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long watermark() {
        return watermark;
    }

    /** Names this generation in CURRENT (atomically) so that the next start opens it. */
    void makeCurrent() throws IOException {
        Path root = folder.getParent();
        Path tmp = root.resolve("CURRENT.tmp");
        Files.writeString(tmp, folder.getFileName().toString());
        Files.move(tmp, root.resolve("CURRENT"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    int documents() {
        return writer.getDocStats().numDocs;
    }

    Path folder() {
        return folder;
    }

    /** Drops what was applied since the last commit and closes, as a crash would (for tests of recovery). */
    void abandon() throws IOException {
        searchers.close();
        writer.rollback();
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }
}
