package org.eads.funds.internal.tracing;

import java.util.Comparator;

/**
 * A transfer as the tracer sees it: when (microseconds since the epoch), from which account to which, how many US
 * cents. {@code seq} breaks ties between transfers of the same instant, so that every replay orders them alike.
 */
public record Movement(long id, long at, long seq, long from, long to, long cents) {

    public static final Comparator<Movement> IN_TIME = Comparator.comparingLong(Movement::at)
            .thenComparingLong(Movement::seq);

    /** Whether this one comes before the other in time. */
    public boolean before(Movement other) {
        return IN_TIME.compare(this, other) < 0;
    }
}
