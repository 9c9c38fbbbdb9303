package org.eads.dvi.internal.dental;

import java.util.Map;
import java.util.TreeMap;

/**
 * A dental chart: what is known of each tooth, by place (a deciduous tooth is kept in its permanent tooth's place).
 * Kept as the 32 places in FDI order (11-18, 21-28, 31-38, 41-48) so that comparing two charts reads arrays.
 */
public final class DentalChart {

    static final int PLACES = 32;
    private static final Tooth[] UNKNOWN = new Tooth[PLACES];

    static {
        for (int i = 0; i < PLACES; i++) {
            UNKNOWN[i] = Tooth.of(place(i), ToothStatus.UNKNOWN);
        }
    }

    private final Tooth[] places = UNKNOWN.clone();

    public DentalChart(Iterable<Tooth> teeth) {
        teeth.forEach(t -> places[index(t.place())] = t);
    }

    public static DentalChart of(Tooth... teeth) {
        return new DentalChart(java.util.List.of(teeth));
    }

    /** The tooth in a place, or an unknown one. */
    public Tooth at(int place) {
        return places[index(place)];
    }

    /** The tooth in the i-th place (0-31, FDI order); unknown when not charted. */
    Tooth atIndex(int i) {
        return places[i];
    }

    /** The charted teeth by place. */
    public Map<Integer, Tooth> teeth() {
        Map<Integer, Tooth> out = new TreeMap<>();
        for (Tooth t : places) {
            if (t.status() != ToothStatus.UNKNOWN) {
                out.put(t.place(), t);
            }
        }
        return out;
    }

    static int place(int index) {
        return (index / 8 + 1) * 10 + index % 8 + 1;
    }

    private static int index(int place) {
        return (place / 10 - 1) * 8 + place % 10 - 1;
    }
}
