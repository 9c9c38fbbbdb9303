package org.eads.funds;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * What a trace found: the accounts the money reached and the transfers that carried it, with traced amounts in US
 * dollars. At every account, what came in (and, under poison, what mixed with it) equals what went on, what remains
 * and what was cashed out.
 */
public record TraceAnswer(List<TracedAccount> accounts, List<TracedTransfer> transfers, BigDecimal started,
                          BigDecimal mixed, BigDecimal remaining, BigDecimal cashedOut, int accountsRead,
                          int transfersRead) {

    /**
     * An account the money reached.
     *
     * @param hop       transfers from the start when the money first reached it (0 where it started)
     * @param end       why the trace stopped there; null when it was followed
     * @param started   traced money that started here
     * @param received  traced money that came in
     * @param mixed     other money that became traced by mixing with it (poison)
     * @param paidOn    traced money paid on
     * @param remaining traced money still here at the window's end
     * @param cashedOut traced money that left the banking trail here
     */
    public record TracedAccount(Account account, int hop, EndReason end, Instant reachedAt, BigDecimal started,
                                BigDecimal received, BigDecimal mixed, BigDecimal paidOn, BigDecimal remaining,
                                BigDecimal cashedOut) {

        /** Traced money here now, or gone out of the banks here. */
        public BigDecimal here() {
            return remaining.add(cashedOut);
        }
    }

    /** A transfer that carried traced money; {@code traced} of its {@code usd} was. */
    public record TracedTransfer(Transfer transfer, BigDecimal traced) {
    }

    /** "Where is the money now": accounts holding traced money or where it was cashed out, most first. */
    public List<TracedAccount> whereNow() {
        return accounts.stream().filter(a -> a.here().signum() > 0)
                .sorted(Comparator.comparing(TracedAccount::here).reversed()
                        .thenComparing(a -> a.account().id()))
                .toList();
    }
}
