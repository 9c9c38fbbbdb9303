package org.eads.funds.internal.tracing;

/**
 * Lowest intermediate balance: other money is spent before traced money, so traced money only leaves when the balance
 * falls below it, and money arriving later never replenishes it.
 */
final class LowestBalanceHolding implements Holding {

    private long clean;
    private long traced;

    @Override
    public void receive(long cents, long tracedCents) {
        clean += cents - tracedCents;
        traced += tracedCents;
    }

    @Override
    public long pay(long cents) {
        long fromClean = Math.min(cents, clean);
        clean -= fromClean;
        long fromTraced = Math.min(cents - fromClean, traced);
        traced -= fromTraced;
        return fromTraced;
    }

    @Override
    public long traced() {
        return traced;
    }
}
