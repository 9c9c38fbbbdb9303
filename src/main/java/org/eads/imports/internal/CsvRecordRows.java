package org.eads.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eads.records.RecordType;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the CSV import format: a header row of field names (the API's names), one record per row. List fields hold
 * their items separated by {@code ;}; a person's {@code names} are {@code full|latin} items, the first the primary
 * name; {@code identityDocuments} are {@code TYPE:NUMBER:COUNTRY} items. Empty cells are left out.
 */
final class CsvRecordRows {

    private static final Set<String> ENVELOPE_LISTS = Set.of("sharedWith", "handlingCodes");
    private static final Set<String> NUMBERS = Set.of("agencyId", "version", "year");

    private enum Shape { TEXT, NUMBER, LIST, NAMES, DOCUMENTS }

    private final JsonMapper mapper;
    private final Map<RecordType, Map<String, Shape>> shapes = new EnumMap<>(RecordType.class);

    CsvRecordRows(JsonMapper mapper) {
        this.mapper = mapper;
        for (RecordType t : RecordType.values()) {
            Map<String, Shape> fields = new HashMap<>();
            for (RecordComponent c : t.dataClass().getRecordComponents()) {
                fields.put(c.getName(), shapeOf(c));
            }
            shapes.put(t, fields);
        }
    }

    private static Shape shapeOf(RecordComponent c) {
        if (c.getName().equals("names") && c.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0].getTypeName().endsWith("PersonName")) {
            return Shape.NAMES;
        }
        if (c.getName().equals("identityDocuments")) {
            return Shape.DOCUMENTS;
        }
        Type type = c.getType();
        if (type == List.class) {
            return Shape.LIST;
        }
        return NUMBERS.contains(c.getName()) ? Shape.NUMBER : Shape.TEXT;
    }

    /** Calls {@code sink} with each row in file order; stops at the first I/O error. */
    void read(InputStream in, Consumer<ImportRow> sink) {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            if (!header.contains("type")) {
                sink.accept(ImportRow.unreadable(1, "the header row has no 'type' column (columns: "
                        + String.join(", ", header) + ")"));
                return;
            }
            long previousEndLine = 1;
            Iterator<CSVRecord> it = parser.iterator();
            while (it.hasNext()) {
                CSVRecord row;
                try {
                    row = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    sink.accept(ImportRow.unreadable((int) previousEndLine + 1, "the CSV cannot be read from here on: "
                            + e.getMessage()));
                    return;
                }
                int line = (int) previousEndLine + 1;
                previousEndLine = parser.getCurrentLineNumber();
                sink.accept(toRecord(line, row, header));
            }
        } catch (IOException | UncheckedIOException e) {
            sink.accept(ImportRow.unreadable(1, "the file cannot be read as CSV: " + e.getMessage()));
        }
    }

    private ImportRow toRecord(int line, CSVRecord row, List<String> header) {
        if (!row.isConsistent()) {
            return ImportRow.unreadable(line, "has " + row.size() + " cells but the header has " + header.size());
        }
        String typeName = row.get("type");
        RecordType type;
        try {
            type = RecordType.valueOf(typeName.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            return new ImportRow(line, null, new org.eads.imports.RowError(line, "type",
                    "'" + typeName + "' is not one of PERSON, TRAVEL_DOCUMENT, VEHICLE, FIREARM, ORGANISATION, INDICATOR"));
        }
        Map<String, Shape> fields = shapes.get(type);
        ObjectNode node = mapper.createObjectNode();
        for (String column : header) {
            String cell = row.get(column);
            if (cell == null || cell.isEmpty()) {
                continue;
            }
            Shape shape = ENVELOPE_LISTS.contains(column) ? Shape.LIST
                    : fields.getOrDefault(column, NUMBERS.contains(column) ? Shape.NUMBER : Shape.TEXT);
            switch (shape) {
                case TEXT -> node.put(column, cell);
                case NUMBER -> putNumber(node, column, cell);
                case LIST -> node.set(column, items(cell));
                case NAMES -> node.set(column, names(cell));
                case DOCUMENTS -> node.set(column, documents(cell));
            }
        }
        return ImportRow.of(line, node);
    }

    private static void putNumber(ObjectNode node, String column, String cell) {
        try {
            node.put(column, Long.parseLong(cell));
        } catch (NumberFormatException e) {
            node.put(column, cell);
        }
    }

    private ArrayNode items(String cell) {
        ArrayNode a = mapper.createArrayNode();
        for (String item : cell.split(";")) {
            if (!item.isBlank()) {
                a.add(item.strip());
            }
        }
        return a;
    }

    private ArrayNode names(String cell) {
        ArrayNode a = mapper.createArrayNode();
        for (String item : cell.split(";")) {
            if (item.isBlank()) {
                continue;
            }
            String[] parts = item.split("\\|", 2);
            ObjectNode name = a.addObject().put("full", parts[0].strip());
            if (parts.length > 1 && !parts[1].isBlank()) {
                name.put("latin", parts[1].strip());
            }
        }
        return a;
    }

    private ArrayNode documents(String cell) {
        ArrayNode a = mapper.createArrayNode();
        for (String item : cell.split(";")) {
            if (item.isBlank()) {
                continue;
            }
            String[] parts = item.split(":", 3);
            ObjectNode doc = a.addObject();
            if (parts.length == 3) {
                doc.put("type", parts[0].strip()).put("number", parts[1].strip()).put("country", parts[2].strip());
            } else {
                doc.put("number", item.strip());
            }
        }
        return a;
    }
}
