package org.eads.funds.internal.tracing;

/**
 * Haircut: each payment carries traced money in the proportion the account holds it, rounded down to the cent; the
 * rounding stays traced in the account, so nothing is lost or made up.
 */
final class ProRataHolding implements Holding {

    private long balance;
    private long traced;

    @Override
    public void receive(long cents, long tracedCents) {
        balance += cents;
        traced += tracedCents;
    }

    @Override
    public long pay(long cents) {
        long share;
        if (cents >= balance) {
            share = traced;
            balance = 0;
        } else {
            share = Cents.share(traced, cents, balance);
            balance -= cents;
        }
        traced -= share;
        return share;
    }

    @Override
    public long traced() {
        return traced;
    }
}
