package org.eads.stats.internal.analysis.web;

import java.util.ArrayList;
import java.util.List;

import org.eads.records.InvalidRecordException;

/** Reading query parameters given as text, with a message naming the parameter that is wrong. */
final class Params {

    private Params() {
    }

    static Integer year(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRecordException(field, "'" + text + "' is not a year: write it as 2024");
        }
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Codes given repeated or comma-separated, blanks dropped. */
    static List<String> list(List<String> given) {
        List<String> out = new ArrayList<>();
        if (given != null) {
            for (String g : given) {
                for (String s : g.split(",")) {
                    if (!s.isBlank()) {
                        out.add(s.strip());
                    }
                }
            }
        }
        return out;
    }
}
