package org.eads.records;

import java.util.UUID;

/** The record does not exist, was deleted, or the caller may not see it: all three look the same. */
public class RecordNotFoundException extends RuntimeException {

    private final UUID id;

    public RecordNotFoundException(UUID id) {
        super("No record " + id);
        this.id = id;
    }

    /** The id asked for, so a caller that asked for two records can tell which one is missing. */
    public UUID id() {
        return id;
    }
}
