package org.eads.imports;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the JSON import formats row by row without holding the file: an array of objects, or JSON Lines (one object
 * per line). A row's line number is where its object starts. Every import reads JSON through it.
 */
public final class JsonRows {

    /** An object of the file and the line it starts on, or why the row could not be read. */
    public record Row(int line, ObjectNode object, String unreadable) {
    }

    private JsonRows() {
    }

    /** Whether a file starts (after spaces and a byte order mark) as JSON does, with [ or {; the stream is reset. */
    public static boolean looksLikeJson(BufferedInputStream in) {
        int c = firstNonSpace(in);
        return c == '[' || c == '{';
    }

    public static void read(InputStream raw, JsonMapper mapper, Consumer<Row> sink) {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        if (firstNonSpace(in) == '[') {
            readArray(in, mapper, sink);
        } else {
            readLines(in, mapper, sink);
        }
    }

    private static int firstNonSpace(BufferedInputStream in) {
        try {
            in.mark(4096);
            int c;
            do {
                c = in.read();
            } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF);
            in.reset();
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readArray(InputStream in, JsonMapper mapper, Consumer<Row> sink) {
        int line = 1;
        try (JsonParser p = mapper.createParser(in)) {
            p.nextToken();
            while (true) {
                JsonToken t = p.nextToken();
                line = p.currentLocation().getLineNr();
                if (t == null || t == JsonToken.END_ARRAY) {
                    return;
                }
                sink.accept(row(line, p.readValueAsTree(), "each item of the array must be an object"));
            }
        } catch (JacksonException e) {
            sink.accept(new Row(e.getLocation() == null ? line : e.getLocation().getLineNr(), null,
                    "the file is not valid JSON from here on: " + e.getOriginalMessage()));
        }
    }

    private static void readLines(InputStream in, JsonMapper mapper, Consumer<Row> sink) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try {
            String text;
            int line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                try {
                    sink.accept(row(line, mapper.readTree(text), "must be an object"));
                } catch (JacksonException e) {
                    sink.accept(new Row(line, null, "is not valid JSON: " + e.getOriginalMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row row(int line, JsonNode node, String notAnObject) {
        return node instanceof ObjectNode o ? new Row(line, o, null) : new Row(line, null, notAnObject);
    }
}
