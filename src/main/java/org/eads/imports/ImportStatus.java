package org.eads.imports;

/** Where an import job is. */
public enum ImportStatus {
    /** Waiting for a worker. */
    QUEUED,
    /** Being read, checked and written. */
    RUNNING,
    /** Some rows are wrong and the job imports all or nothing: the user decides to import the valid rows or cancel. */
    NEEDS_DECISION,
    DONE,
    FAILED,
    CANCELLED;

    public boolean finished() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }
}
