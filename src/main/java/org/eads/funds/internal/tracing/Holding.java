package org.eads.funds.internal.tracing;

import org.eads.funds.AllocationRule;

/**
 * What an account holds and how much of it is traced, kept by one allocation rule. Money is in US cents. A payment
 * larger than what the account is known to hold is paid from money that arrived before the supplied transactions
 * begin, which is not traced.
 */
public interface Holding {

    void receive(long cents, long traced);

    /** Pays out; returns how much of the payment was traced money. */
    long pay(long cents);

    /** Traced money still held. */
    long traced();

    /** Untraced money that became traced by mixing with traced money (poison only). */
    default long mixed() {
        return 0;
    }

    static Holding of(AllocationRule rule) {
        return switch (rule) {
            case FIFO -> new LotHolding(false);
            case LIFO -> new LotHolding(true);
            case LIBR -> new LowestBalanceHolding();
            case PRO_RATA -> new ProRataHolding();
            case POISON -> new PoisonHolding();
        };
    }
}
