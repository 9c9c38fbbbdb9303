package org.eads.records.internal.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eads.records.RecordType;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a record form holds, by input name: the values a browser sent, or a stored record's values to edit. Input
 * names are the paths of the record's JSON form ({@code names[0].full}, {@code nationalities}), so the form turns
 * into the JSON that {@code RecordCodec} reads and the codec's problems name the inputs they belong to.
 */
final class RecordForm {

    private static final Pattern ROW_INPUT = Pattern.compile("(\\w+)\\[(\\d{1,4})]\\.(\\w+)");

    private final RecordType type;
    private final Map<String, List<String>> values;
    private final Map<String, Integer> rows;

    private RecordForm(RecordType type, Map<String, List<String>> values, Map<String, Integer> rows) {
        this.type = type;
        this.values = values;
        this.rows = rows;
    }

    static RecordForm empty(RecordType type) {
        return new RecordForm(type, new HashMap<>(), new HashMap<>());
    }

    RecordType type() {
        return type;
    }

    /** The form as posted. Rows left empty are dropped and the rest renumbered, as the JSON will number them. */
    static RecordForm fromRequest(RecordType type, List<FieldSpec> fields, MultiValueMap<String, String> params) {
        Map<String, List<String>> values = new HashMap<>();
        Map<String, Integer> rows = new HashMap<>();
        for (FieldSpec f : fields) {
            switch (f.kind()) {
                case DERIVED -> { }
                case ROWS -> rows.put(f.name(), postedRows(f, params, values));
                case MULTI_SELECT, CHECKBOXES -> values.put(f.name(), params.getOrDefault(f.name(), List.of()).stream()
                        .filter(v -> v != null && !v.isBlank()).map(String::strip).toList());
                default -> values.put(f.name(), List.of(first(params, f.name())));
            }
        }
        return new RecordForm(type, values, rows);
    }

    private static int postedRows(FieldSpec f, MultiValueMap<String, String> params, Map<String, List<String>> values) {
        Map<Integer, Map<String, String>> byIndex = new TreeMap<>();
        for (String name : params.keySet()) {
            Matcher m = ROW_INPUT.matcher(name);
            if (m.matches() && m.group(1).equals(f.name())
                    && f.columns().stream().anyMatch(c -> c.name().equals(m.group(3)))) {
                byIndex.computeIfAbsent(Integer.parseInt(m.group(2)), i -> new HashMap<>()).put(m.group(3), first(params, name));
            }
        }
        int row = 0;
        for (Map<String, String> posted : byIndex.values()) {
            if (posted.values().stream().allMatch(String::isBlank)) {
                continue;
            }
            for (FieldSpec c : f.columns()) {
                values.put(rowInput(f.name(), row, c.name()), List.of(posted.getOrDefault(c.name(), "")));
            }
            row++;
        }
        return row;
    }

    /** A stored record's values, from its JSON form, for editing and for the record page. */
    static RecordForm fromJson(RecordType type, List<FieldSpec> fields, JsonNode json) {
        Map<String, List<String>> values = new HashMap<>();
        Map<String, Integer> rows = new HashMap<>();
        for (FieldSpec f : fields) {
            JsonNode v = json.get(f.name());
            switch (f.kind()) {
                case ROWS -> {
                    int n = v != null && v.isArray() ? v.size() : 0;
                    for (int i = 0; i < n; i++) {
                        for (FieldSpec c : f.columns()) {
                            values.put(rowInput(f.name(), i, c.name()), List.of(text(v.get(i).get(c.name()))));
                        }
                    }
                    rows.put(f.name(), n);
                }
                case MULTI_SELECT, CHECKBOXES -> values.put(f.name(), texts(v));
                case LINES -> values.put(f.name(), List.of(String.join("\n", texts(v))));
                default -> values.put(f.name(), List.of(text(v)));
            }
        }
        return new RecordForm(type, values, rows);
    }

    /** The same form with one more (empty) row of a ROWS field, for the "add another" buttons. */
    RecordForm withRowAdded(String field) {
        Map<String, Integer> more = new HashMap<>(rows);
        more.put(field, shownRows(field) + 1);
        return new RecordForm(type, values, more);
    }

    /** The form as the record's flat JSON: blank inputs are left out, as if the client had not sent them. */
    ObjectNode toJson(List<FieldSpec> fields, JsonMapper mapper) {
        ObjectNode out = mapper.createObjectNode();
        out.put("type", type.name());
        for (FieldSpec f : fields) {
            switch (f.kind()) {
                case DERIVED -> { }
                case ROWS -> {
                    ArrayNode list = out.arrayNode();
                    for (int i = 0; i < rows.getOrDefault(f.name(), 0); i++) {
                        ObjectNode row = out.objectNode();
                        for (FieldSpec c : f.columns()) {
                            put(row, c, value(rowInput(f.name(), i, c.name())));
                        }
                        if (!row.isEmpty()) {
                            list.add(row);
                        }
                    }
                    if (!list.isEmpty()) {
                        out.set(f.name(), list);
                    }
                }
                case MULTI_SELECT, CHECKBOXES -> {
                    if (!values(f.name()).isEmpty()) {
                        ArrayNode list = out.putArray(f.name());
                        values(f.name()).forEach(list::add);
                    }
                }
                case LINES -> {
                    List<String> lines = value(f.name()).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                    if (!lines.isEmpty()) {
                        ArrayNode list = out.putArray(f.name());
                        lines.forEach(list::add);
                    }
                }
                default -> put(out, f, value(f.name()));
            }
        }
        return out;
    }

    private static void put(ObjectNode node, FieldSpec f, String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return;
        }
        if (f.numeric() && v.matches("-?\\d{1,18}")) {
            node.put(f.name(), Long.parseLong(v));
        } else {
            // Not a number: sent as text so that the codec names the field and says what it should be.
            node.put(f.name(), v);
        }
    }

    String value(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }

    List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** Rows a ROWS field shows: those filled in, or one empty row to start with. */
    int shownRows(String field) {
        return Math.max(1, rows.getOrDefault(field, 0));
    }

    /** Rows that hold values (the record page shows no empty row). */
    int filledRows(String field) {
        return rows.getOrDefault(field, 0);
    }

    /** A copy with one input set, for defaults of a new record. */
    RecordForm with(String name, String value) {
        Map<String, List<String>> more = new LinkedHashMap<>(values);
        more.put(name, List.of(value));
        return new RecordForm(type, more, rows);
    }

    static String rowInput(String field, int row, String column) {
        return field + "[" + row + "]." + column;
    }

    private static String first(MultiValueMap<String, String> params, String name) {
        String v = params.getFirst(name);
        return v == null ? "" : v;
    }

    private static String text(JsonNode v) {
        return v == null || v.isNull() || !v.isValueNode() ? "" : v.asString();
    }

    private static List<String> texts(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.forEach(e -> out.add(text(e)));
        }
        return out;
    }
}
