package org.eads.funds;

/** Where a freeze request stands, as the receiving member records it. */
public enum FreezeStatus {
    /** Sent; the receiving member has not recorded anything yet. */
    SENT("Sent"),
    /** Forwarded to the bank. */
    FORWARDED("Forwarded to the bank"),
    /** Frozen in full. */
    FROZEN("Frozen"),
    /** Part of the amount was frozen (the rest had gone). */
    PARTIAL("Partly frozen"),
    /** Refused, with the reason. */
    REFUSED("Refused"),
    /** Frozen money was returned to the victims. */
    RETURNED("Returned to victims");

    private final String label;

    FreezeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether nothing more is expected. */
    public boolean closed() {
        return this == REFUSED || this == RETURNED;
    }
}
