package org.eads.records.internal.web;

import java.util.Locale;

import org.eads.records.InvalidRecordException;

/** The forms an export comes in. */
enum ExportFormat {
    CSV("text/csv;charset=UTF-8", "csv"),
    JSON("application/json", "json");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    String contentType() {
        return contentType;
    }

    String extension() {
        return extension;
    }

    /** Lower case as in the links ({@code format=csv}); upper case works too. */
    static ExportFormat parse(String value) {
        if (value != null) {
            for (ExportFormat f : values()) {
                if (f.name().equalsIgnoreCase(value.strip())) {
                    return f;
                }
            }
        }
        throw new InvalidRecordException("format", "must be csv or json");
    }
}
