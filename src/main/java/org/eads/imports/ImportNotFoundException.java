package org.eads.imports;

import java.util.UUID;

/** No import job with that id belongs to the caller. */
public class ImportNotFoundException extends RuntimeException {
    public ImportNotFoundException(UUID id) {
        super("No import " + id);
    }
}
