package org.eads.funds.internal.tracing;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eads.funds.AllocationRule;

/**
 * Where an account's payments came from under an allocation rule: the account's transfers are replayed in time
 * order with every arrival kept as a lot labelled with its transfer, and each payment takes lots as the rule says.
 * What a payment takes beyond the known lots came before the data and is unexplained.
 *
 * <p>Backwards, the lowest intermediate balance rule names the same sources as last in, first out: what can still
 * be left of an arrival when a payment leaves is bounded by the lowest balance since it came, which is what a stack
 * of lots keeps. Poison is answered by {@link #arrivalsBefore}: every earlier arrival, in full.
 */
final class Provenance {

    /** Per payment: the arrivals (transfer id to cents) it took. */
    private final Map<Long, Map<Long, Long>> sources = new HashMap<>();
    private final Map<Long, Movement> byId = new HashMap<>();
    private final List<Movement> history;
    private final long account;

    Provenance(long account, List<Movement> history, AllocationRule rule) {
        this.account = account;
        this.history = history;
        history.forEach(m -> byId.put(m.id(), m));
        if (rule != AllocationRule.POISON) {
            replay(rule);
        }
    }

    /** One of the account's transfers. */
    Movement movement(long id) {
        return byId.get(id);
    }

    /** The arrivals a payment took, in cents; empty when none are known. */
    Map<Long, Long> of(long payment) {
        return sources.getOrDefault(payment, Map.of());
    }

    /** Every arrival before the payment, with its whole amount. */
    Map<Long, Long> arrivalsBefore(Movement payment) {
        Map<Long, Long> out = new LinkedHashMap<>();
        for (Movement m : history) {
            if (!m.before(payment)) {
                break;
            }
            if (m.to() == account && m.from() != account) {
                out.put(m.id(), m.cents());
            }
        }
        return out;
    }

    private void replay(AllocationRule rule) {
        ArrayDeque<long[]> lots = new ArrayDeque<>(); // {arrival id, cents left}
        for (Movement m : history) {
            if (m.from() == m.to()) {
                continue;
            }
            if (m.to() == account) {
                lots.addLast(new long[] {m.id(), m.cents()});
                continue;
            }
            Map<Long, Long> took = new LinkedHashMap<>();
            if (rule == AllocationRule.PRO_RATA) {
                takeInProportion(lots, m.cents(), took);
            } else {
                takeInOrder(lots, m.cents(), rule == AllocationRule.FIFO, took);
            }
            sources.put(m.id(), took);
        }
    }

    private static void takeInOrder(ArrayDeque<long[]> lots, long cents, boolean oldestFirst, Map<Long, Long> took) {
        long due = cents;
        while (due > 0 && !lots.isEmpty()) {
            long[] lot = oldestFirst ? lots.peekFirst() : lots.peekLast();
            long take = Math.min(due, lot[1]);
            took.merge(lot[0], take, Long::sum);
            lot[1] -= take;
            due -= take;
            if (lot[1] == 0) {
                if (oldestFirst) {
                    lots.pollFirst();
                } else {
                    lots.pollLast();
                }
            }
        }
    }

    private static void takeInProportion(ArrayDeque<long[]> lots, long cents, Map<Long, Long> took) {
        long balance = lots.stream().mapToLong(lot -> lot[1]).sum();
        boolean all = cents >= balance;
        for (Iterator<long[]> it = lots.iterator(); it.hasNext(); ) {
            long[] lot = it.next();
            long take = all ? lot[1] : Cents.share(lot[1], cents, balance);
            if (take > 0) {
                took.merge(lot[0], take, Long::sum);
                lot[1] -= take;
            }
            if (lot[1] == 0) {
                it.remove();
            }
        }
    }

    /** A share of each source for part of a payment, rounded down; what rounding leaves is unexplained. */
    static Map<Long, Long> scaled(Map<Long, Long> took, long part, long whole) {
        if (part >= whole) {
            return took;
        }
        Map<Long, Long> out = new LinkedHashMap<>();
        took.forEach((id, cents) -> {
            long share = Cents.share(cents, part, whole);
            if (share > 0) {
                out.put(id, share);
            }
        });
        return out;
    }
}
