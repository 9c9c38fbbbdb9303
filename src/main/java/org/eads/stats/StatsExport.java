package org.eads.stats;

import java.util.Locale;

import org.eads.records.InvalidRecordException;

/** A file made of statistics for download: its name, content type and bytes. */
public record StatsExport(String fileName, String contentType, byte[] content) {

    /** The formats a pivot table is exported in. */
    public enum Format {
        CSV("csv", "text/csv"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }

        public static Format parse(String text) {
            for (Format f : values()) {
                if (f.extension.equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw new InvalidRecordException("format", "'" + text + "' is not an export format: use csv or xlsx");
        }
    }
}
