package org.eads.imports;

import java.util.Locale;

/** The file formats an import reads. */
public enum ImportFormat {
    CSV, JSON;

    /** From the file name: {@code .csv}, or {@code .json} / {@code .jsonl} / {@code .ndjson}. */
    public static ImportFormat of(String fileName) {
        String n = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) {
            return CSV;
        }
        if (n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return JSON;
        }
        throw new IllegalArgumentException("'" + fileName + "' is neither a .csv nor a .json/.jsonl file");
    }
}
