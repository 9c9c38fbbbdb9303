package org.eads.funds.internal.tracing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eads.funds.AccountKind;

/** A ledger held in a list, for testing the tracer's arithmetic on many generated graphs quickly. */
final class MemoryLedger implements Ledger {

    private final List<Movement> movements;
    private final Map<Long, AccountKind> kinds = new HashMap<>();

    MemoryLedger(List<Movement> movements) {
        this.movements = movements.stream().sorted(Movement.IN_TIME).toList();
    }

    MemoryLedger kind(long account, AccountKind kind) {
        kinds.put(account, kind);
        return this;
    }

    @Override
    public List<Movement> history(long account, long from, long to, int limit) {
        return movements.stream().filter(m -> (m.from() == account || m.to() == account)
                && m.at() >= from && m.at() <= to).limit(limit).toList();
    }

    @Override
    public Optional<Movement> movement(long id) {
        return movements.stream().filter(m -> m.id() == id).findFirst();
    }

    @Override
    public List<Movement> outgoing(long account, long from, long to, int limit) {
        return history(account, from, to, Integer.MAX_VALUE).stream().filter(m -> m.from() == account).limit(limit).toList();
    }

    @Override
    public List<Movement> incoming(long account, long from, long to, int limit) {
        return history(account, from, to, Integer.MAX_VALUE).stream().filter(m -> m.to() == account).limit(limit).toList();
    }

    @Override
    public AccountKind kind(long account) {
        return kinds.getOrDefault(account, AccountKind.ACCOUNT);
    }
}
