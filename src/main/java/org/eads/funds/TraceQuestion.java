package org.eads.funds;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a trace asks: from which transfers or accounts, which way, under which rule, and how far. Left empty, the
 * window is the 30 days after the earliest start (forward) or before the latest (backward), at most 6 hops, no
 * minimum, and a fan-out cap of 100 payments.
 *
 * @param caseId      the case the trace belongs to; it reads every case the user may see
 * @param transfers   start transfers (their whole amount is traced)
 * @param accounts    start accounts: forward, their payments in the window; backward, the money they received in it
 * @param from        the window's start
 * @param to          the window's end
 * @param minimumUsd  traced amounts below this (US dollars) reaching a new account end there
 * @param minimumFraction traced amounts below this fraction of what the trace started with (0 to 1) end there too
 * @param fanOutCap   an account that pays out more often than this in the window is a busy end point
 */
public record TraceQuestion(long caseId, TraceDirection direction, AllocationRule rule, List<Long> transfers,
                            List<Long> accounts, Instant from, Instant to, Integer maxHops, BigDecimal minimumUsd,
                            BigDecimal minimumFraction, Integer fanOutCap) {

    public static final int DEFAULT_HOPS = 6;
    public static final int MAX_HOPS = 12;
    public static final int DEFAULT_FAN_OUT = 100;
    public static final int MAX_STARTS = 1000;
    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 366;

    public TraceQuestion {
        transfers = transfers == null ? List.of() : List.copyOf(transfers);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /** The same question with its defaults filled in, as it is stored and replayed. */
    public TraceQuestion complete(Instant from, Instant to) {
        return new TraceQuestion(caseId, direction == null ? TraceDirection.FORWARD : direction, rule, transfers,
                accounts, from, to, maxHops == null ? DEFAULT_HOPS : maxHops,
                minimumUsd == null ? BigDecimal.ZERO : minimumUsd,
                minimumFraction == null ? BigDecimal.ZERO : minimumFraction,
                fanOutCap == null ? DEFAULT_FAN_OUT : fanOutCap);
    }
}
