package org.eads.funds;

/**
 * Which money leaves an account that holds both traced and other money. Each rule conserves the traced amount: at
 * every account, traced in (and, under poison, the money it mixed with) equals traced out plus what remains plus
 * what was cashed out.
 */
public enum AllocationRule {
    /** First in, first out: a payment spends the money that arrived earliest. */
    FIFO("First in, first out"),
    /** Last in, first out: a payment spends the money that arrived last. */
    LIFO("Last in, first out"),
    /**
     * Lowest intermediate balance: the traced money is spent last, so what remains of it is the lowest balance the
     * account had since it arrived; money arriving later does not replenish it.
     */
    LIBR("Lowest intermediate balance"),
    /** Haircut: every payment carries traced money in the proportion the account holds it. */
    PRO_RATA("Pro rata (haircut)"),
    /** Once traced money arrives, everything in the account and everything it pays out counts as traced. */
    POISON("Poison");

    private final String label;

    AllocationRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
