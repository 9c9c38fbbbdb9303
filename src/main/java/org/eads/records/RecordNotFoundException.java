package org.eads.records;

import java.util.UUID;

/** The record does not exist, was deleted, or the caller may not see it: all three look the same. */
public class RecordNotFoundException extends RuntimeException {
    public RecordNotFoundException(UUID id) {
        super("No record " + id);
    }
}
