package org.eads.funds.internal.tracing;

import java.util.ArrayDeque;

/** Money held as the lots it arrived in; a payment spends the oldest lots first (FIFO) or the newest (LIFO). */
final class LotHolding implements Holding {

    /** Each lot: {cents, traced cents}. */
    private final ArrayDeque<long[]> lots = new ArrayDeque<>();
    private final boolean newestFirst;
    private long traced;

    LotHolding(boolean newestFirst) {
        this.newestFirst = newestFirst;
    }

    @Override
    public void receive(long cents, long tracedCents) {
        lots.addLast(new long[] {cents, tracedCents});
        traced += tracedCents;
    }

    @Override
    public long pay(long cents) {
        long due = cents;
        long paidTraced = 0;
        while (due > 0 && !lots.isEmpty()) {
            long[] lot = newestFirst ? lots.peekLast() : lots.peekFirst();
            if (lot[0] <= due) {
                due -= lot[0];
                paidTraced += lot[1];
                if (newestFirst) {
                    lots.pollLast();
                } else {
                    lots.pollFirst();
                }
            } else {
                // A lot split in two carries its traced money in proportion, rounded down.
                long fromTraced = Cents.share(lot[1], due, lot[0]);
                lot[0] -= due;
                lot[1] -= fromTraced;
                paidTraced += fromTraced;
                due = 0;
            }
        }
        traced -= paidTraced;
        return paidTraced;
    }

    @Override
    public long traced() {
        return traced;
    }
}
