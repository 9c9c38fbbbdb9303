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
import org.eads.imports.JsonRows;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

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
        if (JsonRows.looksLikeJson(in)) {
            JsonRows.read(in, JSON, r -> sink.accept(r.unreadable() != null ? SuppliedRow.unreadable(r.line(),
                    r.unreadable()) : row(r.line(), r.object())));
        } else {
            try {
                readCsv(in, sink);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
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

    private static SuppliedRow row(int line, ObjectNode node) {
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
