package org.eads.funds.internal.tracing;

/**
 * Poison: once traced money arrives, the whole balance counts as traced and so does everything paid out after. The
 * other money it takes in is counted as mixed in, so that what the account passes on still adds up.
 */
final class PoisonHolding implements Holding {

    private long balance;
    private boolean poisoned;
    private long mixed;

    @Override
    public void receive(long cents, long tracedCents) {
        if (!poisoned && tracedCents == 0) {
            balance += cents;
            return;
        }
        if (!poisoned) {
            poisoned = true;
            mixed += balance;
        }
        balance += cents;
        mixed += cents - tracedCents;
    }

    @Override
    public long pay(long cents) {
        if (!poisoned) {
            balance = Math.max(0, balance - cents);
            return 0;
        }
        // Paid beyond the known balance: money from before the supplied transactions, poisoned too.
        mixed += Math.max(0, cents - balance);
        balance = Math.max(0, balance - cents);
        return cents;
    }

    @Override
    public long traced() {
        return poisoned ? balance : 0;
    }

    @Override
    public long mixed() {
        return mixed;
    }
}
