package org.eads.funds.internal;

import java.util.Map;

/** One row of a transactions file as supplied: its cells by column name and the line it starts on. */
record SuppliedRow(int line, Map<String, String> cells, String unreadable) {

    static SuppliedRow of(int line, Map<String, String> cells) {
        return new SuppliedRow(line, cells, null);
    }

    static SuppliedRow unreadable(int line, String why) {
        return new SuppliedRow(line, Map.of(), why);
    }

    /** The cell, stripped; null when absent or blank. */
    String get(String column) {
        String v = cells.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
