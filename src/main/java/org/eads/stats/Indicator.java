package org.eads.stats;

import java.util.List;
import java.util.Set;

/**
 * What is counted for a crime area, in a unit, reported every month, quarter or year, with its disaggregations
 * ({@code dimensions}): each dimension is a separate breakdown of the same total (victims by sex, by age group...).
 */
public record Indicator(String code, String name, String unit, Periodicity periodicity, List<String> dimensions,
                        int position) {

    /** Units whose values are counted one by one, so whole numbers. */
    public static final Set<String> WHOLE_UNITS = Set.of("count", "persons", "units");
    /** The units an indicator may have. */
    public static final List<String> UNITS = List.of("count", "persons", "units", "kg", "USD");

    public Indicator {
        dimensions = List.copyOf(dimensions);
    }

    public boolean wholeNumbers() {
        return WHOLE_UNITS.contains(unit);
    }
}
