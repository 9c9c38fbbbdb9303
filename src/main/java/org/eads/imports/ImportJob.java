package org.eads.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An import of a file of records, as its owner follows it. {@code errors} holds the first reported row errors. */
public record ImportJob(UUID id, long userId, String fileName, ImportFormat format, ImportMode mode, ImportStatus status,
                        Integer totalRows, int processedRows, int importedRows, int errorRows, List<RowError> errors,
                        String message, Instant createdAt, Instant startedAt, Instant finishedAt) {

    /** Percent of the rows read so far, for the progress bar. */
    public int percent() {
        if (status == ImportStatus.DONE) {
            return 100;
        }
        if (totalRows == null || totalRows == 0) {
            return 0;
        }
        return (int) Math.min(100, processedRows * 100L / totalRows);
    }
}
