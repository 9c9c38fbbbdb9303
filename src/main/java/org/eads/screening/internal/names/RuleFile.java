package org.eads.screening.internal.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the rule files under {@code screening/}: UTF-8, one rule per line, {@code #} starts a comment line. */
final class RuleFile {

    private RuleFile() {
    }

    static List<String> lines(String name) {
        String path = "/screening/" + name;
        try (InputStream in = RuleFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("rule file missing from the classpath: " + path);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String rule = line.strip();
                if (!rule.isEmpty() && !rule.startsWith("#")) {
                    lines.add(rule);
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    static List<String[]> fields(String name) {
        return lines(name).stream().map(line -> line.split("\\s+")).toList();
    }
}
