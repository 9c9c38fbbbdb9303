package org.eads.stats;

/**
 * Who may see a member's accepted statistics, as the member's supervisor chose. The Secretariat, which validates the
 * data, sees every member's figures whatever the choice; the member itself always sees its own.
 */
public enum SharingChoice {
    /** Every ASEANAPOL member sees the member's figures, individually and inside regional totals. */
    ALL_MEMBERS("Visible to all members"),
    /** Only the Secretariat sees them; regional totals shown to anyone else leave the member out, and say so. */
    SECRETARIAT_ONLY("Secretariat only"),
    /** Other members see them only inside regional totals, never on their own. */
    AGGREGATED_ONLY("Only in regional totals");

    /**
     * What a member that never chose gets: its data counts in regional totals but nobody else sees its own figures
     * until its supervisor opens them up. Members that hesitate to send statistics lose nothing by sending them.
     */
    public static final SharingChoice DEFAULT = AGGREGATED_ONLY;

    private final String label;

    SharingChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
