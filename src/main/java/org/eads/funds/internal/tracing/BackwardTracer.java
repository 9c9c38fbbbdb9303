package org.eads.funds.internal.tracing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.eads.funds.AccountKind;
import org.eads.funds.AllocationRule;
import org.eads.funds.EndReason;

/**
 * Follows money backward from its start transfers: where did the money of a payment come from? Transfers are taken
 * latest first; the paying account's earlier transfers are replayed under the allocation rule ({@link Provenance})
 * to name the arrivals the payment took, and each arrival is explained in turn by its own payer, hop by hop. What an
 * account's known transfers cannot explain stays with it as unexplained (it came before the data). Money that came
 * from a cash deposit, an exchange or a merchant ends there.
 *
 * <p>Nothing depends on hash order or the clock: the same ledger and plan give the same flow.
 */
public final class BackwardTracer {

    private static final Comparator<Movement> LATEST_FIRST = Movement.IN_TIME.reversed();

    private final Ledger ledger;
    private final Plan plan;
    private final Map<Long, Node> nodes = new LinkedHashMap<>();
    private final Map<Long, Provenance> provenance = new HashMap<>();
    private final PriorityQueue<Movement> queue = new PriorityQueue<>(LATEST_FIRST);
    private final Map<Long, Long> due = new HashMap<>();
    private final List<Flow.Carried> carried = new ArrayList<>();
    private int accountsRead;
    private int transfersRead;

    private BackwardTracer(Ledger ledger, Plan plan) {
        this.ledger = ledger;
        this.plan = plan;
    }

    /** Traces where the whole amount of each start transfer came from. */
    public static Flow trace(Ledger ledger, Plan plan, List<Movement> startTransfers) {
        return new BackwardTracer(ledger, plan).run(startTransfers);
    }

    private Flow run(List<Movement> startTransfers) {
        for (Movement m : startTransfers) {
            Node origin = nodes.computeIfAbsent(m.to(), a -> new Node(a, 0, m.at()));
            origin.started += m.cents();
            origin.out += m.cents();
            owe(m, m.cents());
        }
        while (!queue.isEmpty()) {
            Movement m = queue.poll();
            explain(m, due.remove(m.id()));
        }
        List<Flow.Reached> reached = nodes.values().stream().map(Node::reached).toList();
        return new Flow(reached, List.copyOf(carried), accountsRead, transfersRead);
    }

    private void owe(Movement m, long cents) {
        if (due.merge(m.id(), cents, Long::sum) == cents) {
            queue.add(m);
        }
    }

    /** Traced money left the payer by this transfer: say where the payer had it from. */
    private void explain(Movement m, long traced) {
        carried.add(new Flow.Carried(m, traced));
        Node payer = nodes.get(m.from());
        boolean first = payer == null;
        if (first) {
            payer = new Node(m.from(), nodes.get(m.to()).hop + 1, m.at());
            nodes.put(m.from(), payer);
            AccountKind kind = ledger.kind(m.from());
            payer.end = Tracer.endOf(payer, traced, plan, kind);
        }
        payer.in += traced;
        if (payer.end != null) {
            return;
        }
        Provenance sources = provenance.get(payer.account);
        if (sources == null) {
            // The payer's latest traced payment comes first: its history up to then covers every later question.
            List<Movement> history = ledger.history(payer.account, plan.from() - plan.lookBack(), m.at(),
                    plan.maxHistory() + 1);
            accountsRead++;
            transfersRead += history.size();
            long arrivals = history.stream().filter(h -> h.to() == m.from() && h.from() != h.to()).count();
            if (history.size() > plan.maxHistory() || arrivals > plan.fanOutCap()) {
                payer.end = EndReason.BUSY;
                return;
            }
            sources = new Provenance(payer.account, history, plan.rule());
            provenance.put(payer.account, sources);
            if (plan.rule() == AllocationRule.POISON) {
                // Every earlier arrival is suspect, in full, once.
                long total = 0;
                for (Map.Entry<Long, Long> e : sources.arrivalsBefore(m).entrySet()) {
                    total += e.getValue();
                    payer.out += e.getValue();
                    owe(sources.movement(e.getKey()), e.getValue());
                }
                payer.mixed = Math.max(0, total - traced);
                payer.unexplained = Math.max(0, traced - total);
                return;
            }
        }
        if (plan.rule() == AllocationRule.POISON) {
            settlePoison(payer);
            return;
        }
        long explained = 0;
        for (Map.Entry<Long, Long> e : Provenance.scaled(sources.of(m.id()), traced, m.cents()).entrySet()) {
            explained += e.getValue();
            owe(sources.movement(e.getKey()), e.getValue());
        }
        payer.out += explained;
        payer.unexplained += traced - explained;
    }

    /** A later question to a poisoned account: its sources are named already; only the balance moves. */
    private static void settlePoison(Node payer) {
        long gap = payer.started + payer.in + payer.mixed - payer.out - payer.unexplained;
        if (gap > 0) {
            long fromMixed = Math.min(gap, payer.mixed);
            payer.mixed -= fromMixed;
            payer.unexplained += gap - fromMixed;
        }
    }
}
