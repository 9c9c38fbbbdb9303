package org.eads.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import of a file, as its owner follows it: of records ({@link #RECORDS}) or of another module's kind (see
 * {@link ImportHandler}). {@code errors} holds the first reported row errors.
 */
public record ImportJob(UUID id, String kind, long userId, String fileName, ImportFormat format, ImportMode mode, ImportStatus status,
                        Integer totalRows, int processedRows, int importedRows, int errorRows, List<RowError> errors,
                        String message, Instant createdAt, Instant startedAt, Instant finishedAt) {

    public static final String RECORDS = "RECORDS";

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
