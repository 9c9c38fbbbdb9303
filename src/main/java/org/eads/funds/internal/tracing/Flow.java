package org.eads.funds.internal.tracing;

import java.util.List;

import org.eads.funds.EndReason;

/** What a trace found, in cents and ids: the accounts the money reached and the transfers that carried it. */
public record Flow(List<Reached> accounts, List<Carried> transfers, int accountsRead, int transfersRead) {

    /**
     * An account the trace reached.
     *
     * @param hop       transfers from the start when the money first reached it (0 for where it started)
     * @param end       why the trace stopped there; null when it was followed
     * @param reachedAt when traced money first reached it (ledger time)
     * @param started   traced money that started here (the victim's payments)
     * @param in        traced money received
     * @param mixed     other money that became traced by mixing with it (poison)
     * @param out       traced money paid on
     * @param remaining traced money still here at the end of the window
     * @param cashedOut traced money that left the banking trail here
     */
    public record Reached(long account, int hop, EndReason end, long reachedAt, long started, long in, long mixed,
                          long out, long remaining, long cashedOut) {

        /** Traced money that came here equals traced money that went on, stayed, or was cashed out. */
        public boolean balanced() {
            return started + in + mixed == out + remaining + cashedOut;
        }
    }

    /** A transfer that carried traced money, and how much of it. */
    public record Carried(Movement movement, long traced) {
    }

    public long started() {
        return accounts.stream().mapToLong(Reached::started).sum();
    }

    public long mixed() {
        return accounts.stream().mapToLong(Reached::mixed).sum();
    }

    public long remaining() {
        return accounts.stream().mapToLong(Reached::remaining).sum();
    }

    public long cashedOut() {
        return accounts.stream().mapToLong(Reached::cashedOut).sum();
    }
}
