package org.eads.stats;

/**
 * How far a score falls short: 0 or 1 is a critical gap, 2 a partial one; 3 and 4 are no gap. The line sits below 3
 * because 3 ("largely in place") is the first level at which a member can work the crime on its own.
 */
public enum CapabilityGap {
    CRITICAL("Critical gap"),
    PARTIAL("Partial gap");

    /** The highest score that is still a gap. */
    public static final int HIGHEST_GAP_SCORE = 2;

    private final String label;

    CapabilityGap(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The gap a score shows; null for no gap or no score. */
    public static CapabilityGap of(Integer score) {
        if (score == null || score > HIGHEST_GAP_SCORE) {
            return null;
        }
        return score <= 1 ? CRITICAL : PARTIAL;
    }
}
