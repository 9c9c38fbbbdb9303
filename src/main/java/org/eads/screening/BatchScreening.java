package org.eads.screening;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eads.identity.EadsUser;
import org.eads.records.InvalidRecordException;
import org.eads.screening.internal.batch.BatchRunner;
import org.eads.screening.internal.batch.BatchStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Service;

/**
 * Batch screening: a CSV file (a passenger manifest, a bank's customer list) screened row by row in the background;
 * the owner follows its progress, comes back later, and downloads the results. Only the uploader sees a batch.
 */
@Service
@ConditionalOnWebApplication
public class BatchScreening {

    /** The most rows one file may have. */
    public static final int MAX_ROWS = 100_000;

    private final BatchStore batches;

    public BatchScreening(BatchStore batches) {
        this.batches = batches;
    }

    public ScreeningBatch submit(EadsUser user, String fileName, byte[] content, String purpose) {
        int rows;
        try {
            rows = BatchRunner.check(content);
        } catch (IllegalArgumentException e) {
            throw new InvalidRecordException("file", e.getMessage());
        }
        if (rows > MAX_ROWS) {
            throw new InvalidRecordException("file", "has " + rows + " rows; a batch has at most " + MAX_ROWS
                    + ": split the file");
        }
        UUID id = UUID.randomUUID();
        batches.create(id, user.id(), fileName == null || fileName.isBlank() ? "batch.csv" : fileName, purpose, rows,
                content);
        return batches.find(id).orElseThrow();
    }

    public Optional<ScreeningBatch> find(EadsUser user, UUID id) {
        return batches.find(id).filter(b -> b.userId() == user.id());
    }

    public List<ScreeningBatch> recent(EadsUser user) {
        return batches.recent(user.id());
    }

    /** The results CSV of a finished batch of the user's. */
    public Optional<byte[]> results(EadsUser user, UUID id) {
        return find(user, id).flatMap(b -> batches.results(id));
    }
}
