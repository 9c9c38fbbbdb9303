package org.eads.screening.internal.mrz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines of a machine readable zone as pasted or scanned, cleaned and sized. Scanners and people add whitespace,
 * blank lines, spaces inside a line and lower case; none of those are MRZ characters, so they are removed before
 * the shape is judged. Anything else that is not A-Z, 0-9 or '<' means the text is not an MRZ.
 */
record MrzLines(MrzFormat format, List<String> lines) {

    MrzLines {
        lines = List.copyOf(lines);
    }

    String line(int index) {
        return lines.get(index);
    }

    static MrzLines read(String text) {
        if (text == null || text.isBlank()) {
            throw new MrzFormatException(0, 0, "The text is empty: paste the 2 or 3 lines of the machine readable zone");
        }
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.replaceAll("[\\h\\s\\u200B\\uFEFF]", "").toUpperCase(Locale.ROOT);
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        lines = splitRunTogether(lines);
        for (int l = 0; l < lines.size(); l++) {
            String line = lines.get(l);
            for (int p = 0; p < line.length(); p++) {
                char c = line.charAt(p);
                if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '<')) {
                    throw new MrzFormatException(l + 1, p + 1, "Line %d, position %d: '%s' is not an MRZ character (A-Z, 0-9 and < only)"
                            .formatted(l + 1, p + 1, c));
                }
            }
        }
        MrzFormat format = formatOf(lines);
        char first = lines.get(0).charAt(0);
        if (first < 'A' || first > 'Z') {
            throw new MrzFormatException(1, 1,
                    "Line 1, position 1: a document code starts with a letter (P, I, A, C, V), found '%s'".formatted(first));
        }
        return new MrzLines(format, lines);
    }

    /**
     * A zone pasted from a system that dropped the line breaks is one line of exactly the total length; only those
     * exact totals are split, so a damaged line is still reported with its own length.
     */
    private static List<String> splitRunTogether(List<String> lines) {
        if (lines.size() != 1) {
            return lines;
        }
        String line = lines.get(0);
        int width = switch (line.length()) {
            case 90 -> 30;
            case 72 -> 36;
            case 88 -> 44;
            default -> 0;
        };
        if (width == 0) {
            return lines;
        }
        List<String> split = new ArrayList<>();
        for (int i = 0; i < line.length(); i += width) {
            split.add(line.substring(i, i + width));
        }
        return split;
    }

    private static MrzFormat formatOf(List<String> lines) {
        return switch (lines.size()) {
            case 3 -> sized(lines, MrzFormat.TD1);
            case 2 -> sized(lines, twoLineFormat(lines));
            case 1 -> throw new MrzFormatException(1, 0, ("Only 1 line of %d characters: a machine readable zone has 2 lines "
                    + "of 44 (passport, TD3), 2 lines of 36 (TD2) or 3 lines of 30 (identity card, TD1)")
                    .formatted(lines.get(0).length()));
            default -> throw new MrzFormatException(0, 0, ("%d lines: a machine readable zone has 2 lines (TD3, TD2, visas) "
                    + "or 3 lines (TD1)").formatted(lines.size()));
        };
    }

    /** Two lines are TD3 or TD2 by whichever length is nearer, so a line that lost one character is still named. */
    private static MrzFormat twoLineFormat(List<String> lines) {
        int distanceTd3 = Math.abs(lines.get(0).length() - 44) + Math.abs(lines.get(1).length() - 44);
        int distanceTd2 = Math.abs(lines.get(0).length() - 36) + Math.abs(lines.get(1).length() - 36);
        boolean visa = lines.get(0).charAt(0) == 'V';
        if (distanceTd3 <= distanceTd2) {
            return visa ? MrzFormat.MRV_A : MrzFormat.TD3;
        }
        return visa ? MrzFormat.MRV_B : MrzFormat.TD2;
    }

    private static MrzFormat sized(List<String> lines, MrzFormat format) {
        List<String> wrong = new ArrayList<>();
        int firstWrong = 0;
        for (int l = 0; l < lines.size(); l++) {
            int length = lines.get(l).length();
            if (length != format.lineLength()) {
                wrong.add("line %d has %d characters".formatted(l + 1, length));
                firstWrong = firstWrong == 0 ? l + 1 : firstWrong;
            }
        }
        if (!wrong.isEmpty()) {
            String what = String.join(" and ", wrong);
            // "an MRV-A line": the article follows how the label is spoken
            String article = format.label().startsWith("M") ? "an" : "a";
            throw new MrzFormatException(firstWrong, 0, "%s%s, %s %s line has %d".formatted(
                    Character.toUpperCase(what.charAt(0)), what.substring(1), article, format.label(),
                    format.lineLength()));
        }
        return format;
    }
}
