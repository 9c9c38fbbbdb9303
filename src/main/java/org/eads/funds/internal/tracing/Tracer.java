package org.eads.funds.internal.tracing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import org.eads.funds.AccountKind;
import org.eads.funds.EndReason;

/**
 * Follows money forward from its start transfers through the ledger, one transfer at a time in time order, so that a payment
 * can only carry money that had arrived before it. An account joins the trace when traced money first reaches it:
 * its earlier transfers are replayed for its balance, its later ones are queued, and from then on its holding (kept
 * by the plan's allocation rule) decides how much traced money each of its payments carries. Accounts where the trace
 * must stop (cash-out points, busy accounts, the hop limit, small amounts) keep what reached them.
 *
 * <p>Nothing depends on hash order or the clock: the same ledger and plan give the same flow.
 */
public final class Tracer {

    private final Ledger ledger;
    private final Plan plan;
    private final Map<Long, Node> nodes = new LinkedHashMap<>();
    private final Map<Long, AccountKind> kinds = new HashMap<>();
    private final PriorityQueue<Movement> queue = new PriorityQueue<>(Movement.IN_TIME);
    private final Set<Long> queued = new HashSet<>();
    private final Set<Long> starts = new HashSet<>();
    private final List<Flow.Carried> carried = new ArrayList<>();
    private int accountsRead;
    private int transfersRead;

    private Tracer(Ledger ledger, Plan plan) {
        this.ledger = ledger;
        this.plan = plan;
    }

    /** Traces the money of the start transfers, each carrying all its amount. */
    public static Flow trace(Ledger ledger, Plan plan, List<Movement> startTransfers) {
        return new Tracer(ledger, plan).run(startTransfers);
    }

    private Flow run(List<Movement> startTransfers) {
        for (Movement m : startTransfers) {
            starts.add(m.id());
            offer(m);
        }
        while (!queue.isEmpty()) {
            step(queue.poll());
        }
        List<Flow.Reached> reached = nodes.values().stream().map(Node::reached).toList();
        return new Flow(reached, List.copyOf(carried), accountsRead, transfersRead);
    }

    private void offer(Movement m) {
        if (queued.add(m.id())) {
            queue.add(m);
        }
    }

    private void step(Movement m) {
        Node payer = nodes.get(m.from());
        long traced = payer != null && payer.holding != null ? payer.holding.pay(m.cents()) : 0;
        if (starts.contains(m.id())) {
            if (payer == null) {
                payer = new Node(m.from(), 0, m.at());
                nodes.put(m.from(), payer);
            }
            payer.started += m.cents() - traced;
            traced = m.cents();
        }
        if (traced == 0) {
            Node payee = nodes.get(m.to());
            if (payee != null && payee.holding != null) {
                payee.holding.receive(m.cents(), 0);
            }
            return;
        }
        payer.out += traced;
        carried.add(new Flow.Carried(m, traced));
        Node payee = nodes.get(m.to());
        if (payee == null) {
            payee = new Node(m.to(), payer.hop + 1, m.at());
            nodes.put(m.to(), payee);
            join(payee, m, traced);
        } else if (payee.holding == null && payee.end == null) {
            join(payee, m, traced);
        } else if (payee.holding != null) {
            payee.holding.receive(m.cents(), traced);
        }
        payee.in += traced;
    }

    /** Traced money first reached the account (or came back to where it started): follow it, or end there. */
    private void join(Node node, Movement arrival, long traced) {
        node.end = endOf(node, traced, plan, kinds.computeIfAbsent(node.account, ledger::kind));
        if (node.end != null) {
            return;
        }
        List<Movement> history = ledger.history(node.account, arrival.at() - plan.lookBack(), plan.to(),
                plan.maxHistory() + 1);
        accountsRead++;
        transfersRead += history.size();
        long paymentsAfter = history.stream().filter(h -> h.from() == node.account && arrival.before(h)).count();
        if (history.size() > plan.maxHistory() || paymentsAfter > plan.fanOutCap()) {
            node.end = EndReason.BUSY;
            return;
        }
        Holding holding = Holding.of(plan.rule());
        for (Movement h : history) {
            if (h.id() == arrival.id() || h.from() == h.to()) {
                continue;
            }
            if (h.before(arrival)) {
                if (h.to() == node.account) {
                    holding.receive(h.cents(), 0);
                } else {
                    holding.pay(h.cents());
                }
            } else {
                offer(h);
            }
        }
        holding.receive(arrival.cents(), traced);
        node.holding = holding;
    }

    /** Why the trace stops at an account the money just reached, or null to follow it. */
    static EndReason endOf(Node node, long traced, Plan plan, AccountKind kind) {
        if (kind.cashOut()) {
            return EndReason.CASH_OUT;
        }
        if (node.hop >= plan.maxHops()) {
            return EndReason.HOP_LIMIT;
        }
        if (traced < plan.minCents()) {
            return EndReason.BELOW_MINIMUM;
        }
        return null;
    }
}
