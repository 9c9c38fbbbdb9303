package org.eads.funds.internal.tracing;

import java.util.List;
import java.util.Optional;

import org.eads.funds.AccountKind;

/** Where the tracer reads transfers: the case's transfers in the database, or a reversed view of them. */
public interface Ledger {

    /** The transfers in or out of an account from one time to another (both included), in time order; at most {@code limit}. */
    List<Movement> history(long account, long from, long to, int limit);

    /** A transfer by its id. */
    Optional<Movement> movement(long id);

    /** The transfers out of an account from one time to another, in time order; at most {@code limit}. */
    List<Movement> outgoing(long account, long from, long to, int limit);

    /** The transfers into an account from one time to another, in time order; at most {@code limit}. */
    List<Movement> incoming(long account, long from, long to, int limit);

    AccountKind kind(long account);
}
