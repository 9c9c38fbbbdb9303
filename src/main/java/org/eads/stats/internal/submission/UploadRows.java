package org.eads.stats.internal.submission;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eads.imports.XlsxRows;

/**
 * Reads an uploaded file of values, CSV or Excel, as rows of cells with the line each starts on: the line in the CSV
 * file (a quoted cell may span lines), or the row number in Excel. Which it is comes from the content: a workbook is
 * a zip file.
 */
public final class UploadRows {

    private UploadRows() {
    }

    /** Hears each row: its line and its cells. */
    public interface Sink {
        void accept(int line, List<String> cells);
    }

    /** The file cannot be read at all. */
    public static final class Unreadable extends RuntimeException {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static void read(InputStream content, Sink sink) {
        try {
            BufferedInputStream in = new BufferedInputStream(content, 1 << 16);
            if (isWorkbook(in)) {
                XlsxRows.read(in, row -> sink.accept(row.line(), row.cells()));
            } else {
                readCsv(in, sink);
            }
        } catch (XlsxRows.Unreadable | UncheckedIOException | IllegalStateException e) {
            throw new Unreadable(e.getMessage(), e);
        }
    }

    /** An Excel workbook is a zip file: it starts with PK. */
    private static boolean isWorkbook(BufferedInputStream in) {
        try {
            in.mark(4);
            boolean zip = in.read() == 'P' && in.read() == 'K';
            in.reset();
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readCsv(InputStream in, Sink sink) {
        String text;
        try {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        LineIndex lines = new LineIndex(text);
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get()
                .parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                // a record's position is where the parser started reading it, before the empty lines it skipped
                int start = (int) record.getCharacterPosition();
                while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
                    start++;
                }
                sink.accept(lines.lineOf(start), record.toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the file is not readable CSV: " + e.getMessage(), e);
        }
    }

    /** Line numbers of character positions, from the positions of the line breaks. */
    private static final class LineIndex {
        private final int[] breaks;
        private final int count;

        LineIndex(String text) {
            int[] b = new int[1024];
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    if (n == b.length) {
                        b = Arrays.copyOf(b, n * 2);
                    }
                    b[n++] = i;
                }
            }
            this.breaks = b;
            this.count = n;
        }

        int lineOf(long position) {
            int i = Arrays.binarySearch(breaks, 0, count, (int) position);
            return (i >= 0 ? i : -i - 1) + 1;
        }
    }
}
