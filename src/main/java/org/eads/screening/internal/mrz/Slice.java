package org.eads.screening.internal.mrz;

/** Characters of one MRZ line, 0-based {@code start}, as Doc 9303 lays out each field. */
record Slice(int line, int start, int length) {

    static Slice at(int line, int start) {
        return new Slice(line, start, 1);
    }

    String of(MrzLines lines) {
        return lines.line(line).substring(start, start + length);
    }

    char charOf(MrzLines lines) {
        return lines.line(line).charAt(start);
    }

    /** 1-based, as people and the ICAO tables count positions. */
    int position() {
        return start + 1;
    }
}
