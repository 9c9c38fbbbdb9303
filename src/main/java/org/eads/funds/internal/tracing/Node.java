package org.eads.funds.internal.tracing;

import org.eads.funds.EndReason;

/** An account in a trace as the tracers keep it while they run. */
final class Node {
    final long account;
    final int hop;
    final long reachedAt;
    EndReason end;
    /** Forward: what the account holds, once it is followed. */
    Holding holding;
    long started;
    long in;
    long out;
    /** Backward: traced money this account's known transfers cannot explain (it came before the data). */
    long unexplained;
    /** Backward, poison: other money that became suspect with it. */
    long mixed;

    Node(long account, int hop, long reachedAt) {
        this.account = account;
        this.hop = hop;
        this.reachedAt = reachedAt;
    }

    Flow.Reached reached() {
        long cashedOut = end == EndReason.CASH_OUT ? in : 0;
        long kept = holding != null ? holding.traced() : end == null ? unexplained : in - cashedOut;
        return new Flow.Reached(account, hop, end, reachedAt, started, in, holding != null ? holding.mixed() : mixed,
                out, kept, cashedOut);
    }
}
