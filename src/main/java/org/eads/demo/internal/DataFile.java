package org.eads.demo.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A data file under {@code demo/} on the class path: UTF-8, one entry a line, fields separated by commas, lines
 * starting with {@code #} and blank lines ignored. The last field may itself contain commas.
 */
public final class DataFile {

    private DataFile() {
    }

    public static List<String[]> read(String name, int fields) {
        String path = "demo/" + name;
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = DataFile.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("demo data file " + path + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                String[] row = s.split(",", fields);
                if (row.length < fields - 1 || row.length > fields) {
                    throw new IllegalStateException(path + " line " + number + ": expected " + fields + " fields");
                }
                if (row.length < fields) {
                    row = Arrays.copyOf(row, fields);
                    row[fields - 1] = "";
                }
                for (int i = 0; i < row.length; i++) {
                    row[i] = row[i].strip();
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo data file " + path, e);
        }
        return rows;
    }

    /** One column of each row. */
    public static List<String> column(String name, int fields, int index) {
        return read(name, fields).stream().map(r -> r[index]).toList();
    }
}
