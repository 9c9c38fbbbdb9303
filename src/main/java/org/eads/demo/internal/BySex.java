package org.eads.demo.internal;

import java.util.ArrayList;
import java.util.List;

/** Rows of a name file split by the sex column: M, F, or X for names used for either. */
record BySex(List<String[]> male, List<String[]> female) {

    static BySex read(String file, int fields) {
        List<String[]> m = new ArrayList<>();
        List<String[]> f = new ArrayList<>();
        for (String[] row : DataFile.read(file, fields)) {
            switch (row[0]) {
                case "M" -> m.add(row);
                case "F" -> f.add(row);
                case "X" -> {
                    m.add(row);
                    f.add(row);
                }
                default -> throw new IllegalStateException(file + ": unknown sex '" + row[0] + "'");
            }
        }
        if (m.isEmpty() || f.isEmpty()) {
            throw new IllegalStateException(file + " needs names of both sexes");
        }
        return new BySex(List.copyOf(m), List.copyOf(f));
    }

    String[] pick(Rng rng, boolean isMale) {
        return rng.pick(isMale ? male : female);
    }
}
