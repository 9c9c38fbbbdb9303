package org.eads.imports.internal;

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
 * Reads the JSON import formats: an array of record objects (the API's flat form), or JSON Lines (one object per
 * line). A row's line number is where its object starts.
 */
final class JsonRecordRows {

    private final JsonMapper mapper;

    JsonRecordRows(JsonMapper mapper) {
        this.mapper = mapper;
    }

    void read(InputStream raw, Consumer<ImportRow> sink) {
        BufferedInputStream in = new BufferedInputStream(raw);
        try {
            if (firstNonSpace(in) == '[') {
                readArray(in, sink);
            } else {
                readLines(in, sink);
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

    private void readArray(InputStream in, Consumer<ImportRow> sink) {
        int line = 1;
        try (JsonParser p = mapper.createParser(in)) {
            p.nextToken();
            while (true) {
                JsonToken t = p.nextToken();
                line = p.currentLocation().getLineNr();
                if (t == null || t == JsonToken.END_ARRAY) {
                    return;
                }
                JsonNode node = p.readValueAsTree();
                sink.accept(node instanceof ObjectNode o ? ImportRow.of(line, o)
                        : ImportRow.unreadable(line, "each item of the array must be a record object"));
            }
        } catch (JacksonException e) {
            sink.accept(ImportRow.unreadable(e.getLocation() == null ? line : e.getLocation().getLineNr(),
                    "the file is not valid JSON from here on: " + e.getOriginalMessage()));
        }
    }

    private void readLines(InputStream in, Consumer<ImportRow> sink) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String text;
        int line = 0;
        while ((text = reader.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            try {
                JsonNode node = mapper.readTree(text);
                sink.accept(node instanceof ObjectNode o ? ImportRow.of(line, o)
                        : ImportRow.unreadable(line, "must be a record object"));
            } catch (JacksonException e) {
                sink.accept(ImportRow.unreadable(line, "is not valid JSON: " + e.getOriginalMessage()));
            }
        }
    }
}
