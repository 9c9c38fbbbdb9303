package org.eads.funds.internal.tracing;

import org.eads.funds.AllocationRule;

/**
 * How far and how a trace goes, in the ledger's own time (microseconds since the epoch, negated in a reversed
 * ledger).
 *
 * @param from        backward: transfers before this are not followed
 * @param to          transfers after this are not followed: money still in an account then remains there
 * @param lookBack    how long before money reaches an account its earlier transfers are read, for its balance
 * @param maxHops     accounts this many transfers from the start are end points
 * @param minCents    traced amounts below this reaching a new account end there
 * @param fanOutCap   an account paying out more often than this in the window is a busy end point
 * @param maxHistory  an account with more transfers than this in the window is a busy end point too
 */
public record Plan(AllocationRule rule, long from, long to, long lookBack, int maxHops, long minCents,
                   int fanOutCap, int maxHistory) {
}
