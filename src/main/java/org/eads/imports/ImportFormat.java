package org.eads.imports;

import java.util.Locale;

/** The file formats an import reads. */
public enum ImportFormat {
    CSV, JSON,
    /** An Excel workbook: the first sheet is read, its first row the header (see {@link XlsxRows}). */
    XLSX;

    /** From the file name: {@code .csv}, {@code .json} / {@code .jsonl} / {@code .ndjson}, or {@code .xlsx}. */
    public static ImportFormat of(String fileName) {
        String n = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) {
            return CSV;
        }
        if (n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return JSON;
        }
        if (n.endsWith(".xlsx")) {
            return XLSX;
        }
        throw new IllegalArgumentException("'" + fileName + "' is neither a .csv nor a .json/.jsonl file, nor an Excel "
                + "workbook (.xlsx)");
    }
}
