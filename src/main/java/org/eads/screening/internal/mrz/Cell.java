package org.eads.screening.internal.mrz;

import java.util.ArrayList;
import java.util.List;

/** One character of the zone with its 1-based place, so a suggested correction can say where it applies. */
record Cell(int line, int position, char value) {

    static List<Cell> of(MrzLines lines, List<Slice> slices) {
        List<Cell> cells = new ArrayList<>();
        for (Slice slice : slices) {
            String text = slice.of(lines);
            for (int i = 0; i < text.length(); i++) {
                cells.add(new Cell(slice.line() + 1, slice.position() + i, text.charAt(i)));
            }
        }
        return cells;
    }

    static String text(List<Cell> cells) {
        StringBuilder text = new StringBuilder(cells.size());
        cells.forEach(cell -> text.append(cell.value()));
        return text.toString();
    }
}
