package org.eads.imports.internal;

import org.eads.imports.RowError;
import tools.jackson.databind.node.ObjectNode;

/** One row of a file: its record as the flat JSON object of the API, or why it could not be read. */
record ImportRow(int line, ObjectNode record, RowError error) {

    static ImportRow of(int line, ObjectNode record) {
        return new ImportRow(line, record, null);
    }

    static ImportRow unreadable(int line, String message) {
        return new ImportRow(line, null, new RowError(line, null, message));
    }
}
