package org.eads.funds.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a transactions file row by row without holding it in memory: CSV with a header row, a JSON array of
 * objects, or JSON Lines. The format is told by the first character. A row's line number is where it starts.
 */
final class TransferFile {

    static final List<String> COLUMNS = List.of("txn_id", "timestamp", "from_account", "from_bank", "from_country",
            "to_account", "to_bank", "to_country", "amount", "currency", "channel", "reference");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TransferFile() {
    }

    /** Reads the rows; a header that lacks columns or a file that is not readable is reported as an unreadable row. */
    static void read(InputStream raw, Consumer<SuppliedRow> sink) {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        try {
            int first = firstNonSpace(in);
            if (first == '[') {
                readArray(in, sink);
            } else if (first == '{') {
                readLines(in, sink);
            } else if (first != -1) {
                readCsv(in, sink);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int firstNonSpace(BufferedInputStream in) throws IOException {
        in.mark(4096);
        int c;
        do {
            c = in.read();
        } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF);
        in.reset();
        return c;
    }

    private static void readCsv(InputStream in, Consumer<SuppliedRow> sink) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get().parse(reader)) {
            Map<String, Integer> header = new HashMap<>();
            parser.getHeaderMap().forEach((name, i) -> header.put(name.replace("\uFEFF", "").strip().toLowerCase(), i));
            List<String> missing = COLUMNS.stream().filter(c -> !c.equals("reference") && !c.equals("channel")
                    && !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                sink.accept(SuppliedRow.unreadable(1, "the header row lacks " + String.join(", ", missing)
                        + "; the columns are " + String.join(", ", COLUMNS)));
                return;
            }
            long lineBefore = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                int line = (int) lineBefore + 1;
                lineBefore = parser.getCurrentLineNumber();
                Map<String, String> cells = new HashMap<>(16);
                for (String column : COLUMNS) {
                    Integer i = header.get(column);
                    if (i != null && i < record.size()) {
                        cells.put(column, record.get(i));
                    }
                }
                sink.accept(SuppliedRow.of(line, cells));
            }
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            sink.accept(SuppliedRow.unreadable(0, "the file is not readable CSV: " + e.getMessage()));
        }
    }

    private static void readArray(InputStream in, Consumer<SuppliedRow> sink) {
        int line = 1;
        try (JsonParser p = JSON.createParser(in)) {
            p.nextToken();
            while (true) {
                JsonToken t = p.nextToken();
                line = p.currentLocation().getLineNr();
                if (t == null || t == JsonToken.END_ARRAY) {
                    return;
                }
                sink.accept(row(line, p.readValueAsTree()));
            }
        } catch (JacksonException e) {
            sink.accept(SuppliedRow.unreadable(e.getLocation() == null ? line : e.getLocation().getLineNr(),
                    "the file is not valid JSON from here on: " + e.getOriginalMessage()));
        }
    }

    private static void readLines(InputStream in, Consumer<SuppliedRow> sink) throws IOException {
        var reader = new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String text;
        int line = 0;
        while ((text = reader.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            try {
                sink.accept(row(line, JSON.readTree(text)));
            } catch (JacksonException e) {
                sink.accept(SuppliedRow.unreadable(line, "is not valid JSON: " + e.getOriginalMessage()));
            }
        }
    }

    private static SuppliedRow row(int line, JsonNode node) {
        if (!node.isObject()) {
            return SuppliedRow.unreadable(line, "each transaction must be an object with the fields "
                    + String.join(", ", COLUMNS));
        }
        Map<String, String> cells = new HashMap<>(16);
        for (String column : COLUMNS) {
            JsonNode v = node.get(column);
            if (v != null && !v.isNull()) {
                cells.put(column, v.isValueNode() ? v.asString() : v.toString());
            }
        }
        return SuppliedRow.of(line, cells);
    }
}
