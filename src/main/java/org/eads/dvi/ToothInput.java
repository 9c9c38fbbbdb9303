package org.eads.dvi;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eads.dvi.internal.dental.Tooth;
import org.eads.dvi.internal.dental.ToothStatus;

/** Reads one tooth of a chart as entered: its FDI number and {@code status}, {@code surfaces}, {@code material}. */
final class ToothInput {

    private ToothInput() {
    }

    static Tooth parse(String number, Map<String, Object> fields) {
        int n;
        try {
            n = Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + number + "' is not an FDI tooth number");
        }
        if (!Tooth.valid(n)) {
            throw new IllegalArgumentException(n + " is not an FDI tooth number (11-48 permanent, 51-85 deciduous)");
        }
        Object status = fields == null ? null : fields.get("status");
        ToothStatus s;
        try {
            s = ToothStatus.valueOf(String.valueOf(status).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status is one of " + List.of(ToothStatus.values()));
        }
        Set<Tooth.Surface> surfaces = EnumSet.noneOf(Tooth.Surface.class);
        if (fields.get("surfaces") instanceof List<?> list) {
            for (Object o : list) {
                String v = String.valueOf(o).strip().toUpperCase(Locale.ROOT);
                try {
                    surfaces.add(Tooth.Surface.valueOf(v.equals("F") ? "B" : v.equals("P") ? "L" : v));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("surfaces are M, O, D, B (or F), L (or P) and I, not " + o);
                }
            }
        }
        if (!surfaces.isEmpty() && s != ToothStatus.FILLED) {
            throw new IllegalArgumentException("only a filled tooth has filled surfaces");
        }
        if (s == ToothStatus.FILLED && surfaces.isEmpty()) {
            throw new IllegalArgumentException("a filled tooth names its filled surfaces");
        }
        Tooth.Material material = null;
        Object m = fields.get("material");
        if (m != null && !String.valueOf(m).isBlank()) {
            try {
                material = Tooth.Material.valueOf(String.valueOf(m).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("material is one of " + List.of(Tooth.Material.values()));
            }
        }
        return new Tooth(n, s, surfaces, material);
    }
}
