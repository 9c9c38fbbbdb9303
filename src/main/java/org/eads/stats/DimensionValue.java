package org.eads.stats;

/** One part of a disaggregation: {@code SEX} {@code F} "Female". */
public record DimensionValue(String dimension, String code, String name, int position) {

    /** How a value of this part is keyed in long format: {@code SEX=F}. */
    public String disaggregation() {
        return dimension + "=" + code;
    }
}
