package org.eads.screening;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A file screened in the background, as its owner follows it: progress, hits per member, rows that could not run. */
public record ScreeningBatch(UUID id, long userId, String fileName, Status status, int totalRows, int processedRows,
                             int hitRows, int errorRows, List<RowProblem> errors, Map<String, Integer> hitsByMember,
                             String message, Instant createdAt, Instant finishedAt) {

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    /** A row that could not be screened, by its line in the file. */
    public record RowProblem(int line, String message) {
    }

    public int percent() {
        if (status == Status.DONE) {
            return 100;
        }
        return totalRows == 0 ? 0 : (int) Math.min(100, processedRows * 100L / totalRows);
    }

    public boolean finished() {
        return status == Status.DONE || status == Status.FAILED;
    }
}
