package org.eads.imports;

/** What is wrong with one row of an import file: its line number in the file, the field and the message. */
public record RowError(int line, String field, String message) {
    @Override
    public String toString() {
        return "line " + line + (field == null || field.isEmpty() ? "" : ", " + field) + ": " + message;
    }
}
