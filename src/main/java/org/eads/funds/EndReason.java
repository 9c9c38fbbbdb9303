package org.eads.funds;

/** Why a trace stopped at an account. */
public enum EndReason {
    /** Money left the banking trail: cash, a crypto or currency exchange, a merchant. */
    CASH_OUT("cashed out"),
    /** A busy account (a merchant, an exchange, a payment hub) with more payments than the fan-out cap. */
    BUSY("busy account"),
    /** The account is as many hops from the start as the trace may go. */
    HOP_LIMIT("hop limit"),
    /** Less traced money reached it than the trace's minimum. */
    BELOW_MINIMUM("below the minimum");

    private final String label;

    EndReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
