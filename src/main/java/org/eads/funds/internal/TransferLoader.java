package org.eads.funds.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eads.imports.ImportMode;
import org.eads.imports.RowError;
import org.eads.records.Problems;
import org.eads.scam.CurrencyRates;
import org.springframework.stereotype.Component;

/**
 * Reads a transactions file, checks each row and writes the good ones in batches, in the caller's transaction. The
 * caller's thread reads and checks while a writer thread writes the previous batch on the transaction's connection
 * (never both at once on it), so parsing and the database work at the same time. In an all-or-nothing import the
 * first bad row stops the writing (the caller rolls back) but not the checking, so that every bad row is reported at
 * once.
 */
@Component
public class TransferLoader {

    static final int BATCH = 10_000;
    static final int KEPT_ERRORS = 1_000;
    private static final List<TransferRow> END = List.of();

    private final TransferWriter writer;

    TransferLoader(TransferWriter writer) {
        this.writer = writer;
    }

    /** What a load read and wrote. */
    public record Loaded(int processed, int imported, int duplicates, int errorRows, List<RowError> errors) {
    }

    /** Hears how far a load is. */
    public interface Progress {
        void rows(int processed, int imported, int errors);
    }

    public Loaded load(long caseId, String source, InputStream content, ImportMode mode, List<CurrencyRates.Rate> rates,
                       Progress progress) {
        TransferRows rows = new TransferRows(new RateTable(rates));
        Writing writing = new Writing(writer.open(caseId, source));
        List<RowError> errors = new ArrayList<>();
        int[] counts = new int[2]; // rows read, rows with errors
        List<List<TransferRow>> batch = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
        try {
            TransferFile.read(content, row -> {
                counts[0]++;
                if (row.unreadable() != null) {
                    counts[1]++;
                    keep(errors, new RowError(row.line(), "", row.unreadable()));
                    return;
                }
                Problems p = new Problems();
                rows.check(row, p).ifPresentOrElse(batch.getFirst()::add, () -> {
                    counts[1]++;
                    p.list().forEach(f -> keep(errors, new RowError(row.line(), f.field(), f.message())));
                });
                if (batch.getFirst().size() == BATCH) {
                    if (mode == ImportMode.VALID_ONLY || counts[1] == 0) {
                        writing.put(batch.getFirst());
                    }
                    batch.set(0, new ArrayList<>(BATCH));
                    progress.rows(counts[0], writing.written(), counts[1]);
                }
            });
            if (mode == ImportMode.VALID_ONLY || counts[1] == 0) {
                writing.put(batch.getFirst());
            }
        } finally {
            writing.finish();
        }
        progress.rows(counts[0], writing.written(), counts[1]);
        if (mode == ImportMode.ALL_OR_NOTHING && counts[1] > 0) {
            return new Loaded(counts[0], 0, 0, counts[1], errors);
        }
        return new Loaded(counts[0], writing.written(), counts[0] - counts[1] - writing.written(), counts[1], errors);
    }

    private static void keep(List<RowError> errors, RowError e) {
        if (errors.size() < KEPT_ERRORS) {
            errors.add(e);
        }
    }

    /** The writer thread: takes batches in order and writes them; a failure stops the load. */
    private static final class Writing {
        private final BlockingQueue<List<TransferRow>> queue = new ArrayBlockingQueue<>(3);
        private final AtomicInteger written = new AtomicInteger();
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
        private final Thread thread;

        Writing(TransferWriter.Session session) {
            thread = Thread.ofPlatform().name("transfer-writer").start(() -> {
                try {
                    for (List<TransferRow> b = queue.take(); b != END; b = queue.take()) {
                        if (failure.get() == null) {
                            written.addAndGet(session.write(b));
                        }
                    }
                } catch (RuntimeException e) {
                    failure.set(e);
                    queue.clear();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }

        int written() {
            return written.get();
        }

        void put(List<TransferRow> batch) {
            if (!batch.isEmpty()) {
                hand(batch);
            }
        }

        /** Waits for the last batch to be written; rethrows what stopped the writer. */
        void finish() {
            hand(END);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                thread.interrupt();
                throw new IllegalStateException("The import was interrupted", e);
            }
            rethrow();
        }

        private void hand(List<TransferRow> batch) {
            try {
                while (thread.isAlive() && !queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                    rethrow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                thread.interrupt();
                throw new IllegalStateException("The import was interrupted", e);
            }
            rethrow();
        }

        private void rethrow() {
            RuntimeException e = failure.get();
            if (e != null) {
                throw e;
            }
        }
    }
}
