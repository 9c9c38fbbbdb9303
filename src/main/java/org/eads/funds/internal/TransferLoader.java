package org.eads.funds.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.eads.imports.ImportMode;
import org.eads.imports.RowError;
import org.eads.records.Problems;
import org.eads.scam.CurrencyRates;
import org.springframework.stereotype.Component;

/**
 * Reads a transactions file, checks each row and writes the good ones in batches, in the caller's transaction. In an
 * all-or-nothing import the first bad row stops the writing (the caller rolls back) but not the checking, so that
 * every bad row is reported at once.
 */
@Component
public class TransferLoader {

    static final int BATCH = 10_000;
    static final int KEPT_ERRORS = 1_000;

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
        TransferWriter.Session session = writer.open(caseId, source);
        List<TransferRow> batch = new ArrayList<>(BATCH);
        List<RowError> errors = new ArrayList<>();
        int[] counts = new int[2]; // rows read, rows with errors
        int[] imported = new int[1];
        TransferFile.read(content, row -> {
            counts[0]++;
            if (row.unreadable() != null) {
                counts[1]++;
                keep(errors, new RowError(row.line(), "", row.unreadable()));
                return;
            }
            Problems p = new Problems();
            rows.check(row, p).ifPresentOrElse(batch::add, () -> {
                counts[1]++;
                p.list().forEach(f -> keep(errors, new RowError(row.line(), f.field(), f.message())));
            });
            if (batch.size() == BATCH) {
                imported[0] += flush(session, batch, mode, counts[1]);
                progress.rows(counts[0], imported[0], counts[1]);
            }
        });
        imported[0] += flush(session, batch, mode, counts[1]);
        progress.rows(counts[0], imported[0], counts[1]);
        if (mode == ImportMode.ALL_OR_NOTHING && counts[1] > 0) {
            return new Loaded(counts[0], 0, 0, counts[1], errors);
        }
        return new Loaded(counts[0], imported[0], counts[0] - counts[1] - imported[0], counts[1], errors);
    }

    private static int flush(TransferWriter.Session session, List<TransferRow> batch, ImportMode mode, int errorRows) {
        int inserted = 0;
        if (!batch.isEmpty() && (mode == ImportMode.VALID_ONLY || errorRows == 0)) {
            inserted = session.write(batch);
        }
        batch.clear();
        return inserted;
    }

    private static void keep(List<RowError> errors, RowError e) {
        if (errors.size() < KEPT_ERRORS) {
            errors.add(e);
        }
    }
}
