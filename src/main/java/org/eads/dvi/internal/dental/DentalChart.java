package org.eads.dvi.internal.dental;

import java.util.Map;
import java.util.TreeMap;

/** A dental chart: what is known of each tooth, by place (a deciduous tooth is kept in its permanent tooth's place). */
public record DentalChart(Map<Integer, Tooth> teeth) {

    public DentalChart {
        Map<Integer, Tooth> byPlace = new TreeMap<>();
        teeth.values().forEach(t -> byPlace.put(t.place(), t));
        teeth = Map.copyOf(byPlace);
    }

    public static DentalChart of(Tooth... teeth) {
        Map<Integer, Tooth> m = new TreeMap<>();
        for (Tooth t : teeth) {
            m.put(t.number(), t);
        }
        return new DentalChart(m);
    }

    /** The tooth in a place, or an unknown one. */
    public Tooth at(int place) {
        Tooth t = teeth.get(place);
        return t != null ? t : Tooth.of(place, ToothStatus.UNKNOWN);
    }
}
