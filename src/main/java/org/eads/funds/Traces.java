package org.eads.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.funds.internal.FundsStore;
import org.eads.funds.internal.tracing.DatabaseLedger;
import org.eads.funds.internal.tracing.Flow;
import org.eads.funds.internal.tracing.Ledger;
import org.eads.funds.internal.tracing.Movement;
import org.eads.funds.internal.tracing.Plan;
import org.eads.funds.internal.tracing.BackwardTracer;
import org.eads.funds.internal.tracing.Tracer;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Follows money through the transfers of every case the user may see, forward or backward, under an allocation
 * rule, and keeps the question and its answer. A trace is its member's work: other members do not see it (they
 * learn what they need from a freeze request). Every trace and every view of one is audited.
 */
@Service
public class Traces {

    /** How far before money reaches an account its earlier transfers are read, for its balance. */
    static final Duration LOOK_BACK = Duration.ofDays(30);
    /** An account with more transfers than this in a trace's window is a busy end point, whatever its fan-out. */
    static final int MAX_HISTORY = 5_000;

    private final FundsCases cases;
    private final FundsStore store;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    public Traces(FundsCases cases, FundsStore store, JdbcTemplate jdbc, AuditLog audit) {
        this.cases = cases;
        this.store = store;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Runs a trace and keeps it. */
    public Trace trace(EadsUser user, TraceQuestion asked) {
        if (!FundsCases.mayWork(user)) {
            throw new NotAllowedException("Only officers, analysts and supervisors trace money");
        }
        FundsCase fundsCase = cases.visible(user, asked.caseId());
        List<Long> readable = cases.readable(user);
        Ledger real = new DatabaseLedger(jdbc, readable);
        Problems p = new Problems();
        List<Movement> startTransfers = startTransfers(real, asked, p);
        TraceQuestion q = complete(asked, startTransfers, p);
        p.throwIfAny();
        boolean forward = q.direction() == TraceDirection.FORWARD;
        List<Movement> starts = new ArrayList<>(startTransfers);
        for (Long account : q.accounts()) {
            long from = DatabaseLedger.micros(q.from());
            long to = DatabaseLedger.micros(q.to());
            starts.addAll(forward ? real.outgoing(account, from, to, TraceQuestion.MAX_STARTS)
                    : real.incoming(account, from, to, TraceQuestion.MAX_STARTS));
        }
        if (starts.isEmpty()) {
            p.add("accounts", "the start accounts have no " + (forward ? "payments" : "money coming in")
                    + " in the window");
            p.throwIfAny();
        }
        List<Movement> distinctStarts = starts.stream().distinct().sorted(Movement.IN_TIME).toList();
        long startedCents = distinctStarts.stream().mapToLong(Movement::cents).sum();
        long minimum = Math.max(cents(q.minimumUsd()), q.minimumFraction().multiply(BigDecimal.valueOf(startedCents))
                .setScale(0, RoundingMode.CEILING).longValueExact());
        Plan plan = new Plan(q.rule(), DatabaseLedger.micros(q.from()), DatabaseLedger.micros(q.to()),
                LOOK_BACK.toNanos() / 1000, q.maxHops(), minimum, q.fanOutCap(), MAX_HISTORY);
        long began = System.nanoTime();
        Flow flow = forward ? Tracer.trace(real, plan, distinctStarts)
                : BackwardTracer.trace(real, plan, distinctStarts);
        TraceAnswer answer = answer(flow, readable);
        long tookMs = (System.nanoTime() - began) / 1_000_000;
        long id = store.insertTrace(fundsCase.id(), user.memberCode(), q, answer, tookMs, user.id());
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.FUNDS_TRACE, "FUNDS_TRACE",
                Long.toString(id)).withDetails(q.direction() + " " + q.rule() + " in case " + fundsCase.reference()
                + " from " + q.transfers().size() + " transfers and " + q.accounts().size() + " accounts: "
                + answer.accounts().size() + " accounts reached"));
        return get(user, id, false);
    }

    /** A trace the user's member ran; audited. */
    public Trace get(EadsUser user, long id) {
        return get(user, id, true);
    }

    private Trace get(EadsUser user, long id, boolean audited) {
        Trace t = store.trace(id).filter(x -> x.member().equals(user.memberCode()))
                .orElseThrow(() -> new TraceNotFoundException(id));
        cases.visible(user, t.caseId());
        if (audited) {
            audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.FUNDS_VIEW, "FUNDS_TRACE",
                    Long.toString(id)));
        }
        return t;
    }

    /** The traces the user's member ran in a case, newest first; audited. */
    public List<FundsStore.TraceSummary> of(EadsUser user, long caseId) {
        cases.visible(user, caseId);
        List<FundsStore.TraceSummary> out = store.traces(caseId, user.memberCode());
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.FUNDS_VIEW, "FUNDS_TRACE",
                null).withDetails("list of " + out.size() + " traces of case " + caseId));
        return out;
    }

    private static List<Movement> startTransfers(Ledger real, TraceQuestion q, Problems p) {
        List<Movement> out = new ArrayList<>();
        for (int i = 0; i < q.transfers().size(); i++) {
            long id = q.transfers().get(i);
            int index = i;
            real.movement(id).ifPresentOrElse(out::add, () -> p.add("transfers[" + index + "]",
                    "transfer " + id + " is not in a case you may see"));
        }
        return out;
    }

    /** The question with its window and limits filled in and checked. */
    private static TraceQuestion complete(TraceQuestion q, List<Movement> starts, Problems p) {
        if (q.rule() == null) {
            p.add("rule", "choose an allocation rule: FIFO, LIFO, LIBR, PRO_RATA or POISON");
        }
        if (q.transfers().isEmpty() && q.accounts().isEmpty()) {
            p.add("transfers", "start from at least one transfer or account");
        }
        if (q.transfers().size() + q.accounts().size() > TraceQuestion.MAX_STARTS) {
            p.add("transfers", "start from at most " + TraceQuestion.MAX_STARTS + " transfers and accounts");
        }
        boolean forward = q.direction() != TraceDirection.BACKWARD;
        Duration days = Duration.ofDays(TraceQuestion.DEFAULT_DAYS);
        Instant from = q.from();
        Instant to = q.to();
        if (forward) {
            from = from != null ? from : starts.stream().min(Movement.IN_TIME).map(m -> DatabaseLedger.instant(m.at()))
                    .orElse(Instant.now().minus(days));
            to = to != null ? to : from.plus(days);
        } else {
            to = to != null ? to : starts.stream().max(Movement.IN_TIME).map(m -> DatabaseLedger.instant(m.at()))
                    .orElse(Instant.now());
            from = from != null ? from : to.minus(days);
        }
        if (!from.isBefore(to)) {
            p.add("to", "the window must end after it starts");
        } else if (Duration.between(from, to).toDays() > TraceQuestion.MAX_DAYS) {
            p.add("to", "a window is at most " + TraceQuestion.MAX_DAYS + " days");
        }
        TraceQuestion c = q.complete(from, to);
        if (c.maxHops() < 1 || c.maxHops() > TraceQuestion.MAX_HOPS) {
            p.add("maxHops", "must be 1 to " + TraceQuestion.MAX_HOPS);
        }
        if (c.fanOutCap() < 1 || c.fanOutCap() > 10_000) {
            p.add("fanOutCap", "must be 1 to 10,000 payments");
        }
        if (c.minimumUsd().signum() < 0) {
            p.add("minimumUsd", "must not be negative");
        }
        if (c.minimumFraction().signum() < 0 || c.minimumFraction().compareTo(BigDecimal.ONE) > 0) {
            p.add("minimumFraction", "must be 0 to 1, such as 0.01 for 1% of what the trace starts with");
        }
        return c;
    }

    private TraceAnswer answer(Flow flow, List<Long> readable) {
        Map<Long, Account> accounts = store.accounts(flow.accounts().stream().map(Flow.Reached::account).toList());
        Map<Long, Transfer> transfers = store.transfersById(
                flow.transfers().stream().map(c -> c.movement().id()).toList(), readable);
        List<TraceAnswer.TracedAccount> reached = flow.accounts().stream().map(r -> new TraceAnswer.TracedAccount(
                accounts.get(r.account()), r.hop(), r.end(),
                DatabaseLedger.instant(r.reachedAt()), usd(r.started()), usd(r.in()),
                usd(r.mixed()), usd(r.out()), usd(r.remaining()), usd(r.cashedOut()))).toList();
        List<TraceAnswer.TracedTransfer> carried = flow.transfers().stream()
                .map(c -> new TraceAnswer.TracedTransfer(transfers.get(c.movement().id()), usd(c.traced())))
                .sorted(Comparator.comparing((TraceAnswer.TracedTransfer t) -> t.transfer().at())
                        .thenComparing(t -> t.transfer().id()))
                .toList();
        return new TraceAnswer(reached, carried, usd(flow.started()), usd(flow.mixed()), usd(flow.remaining()),
                usd(flow.cashedOut()), flow.accountsRead(), flow.transfersRead());
    }

    private static BigDecimal usd(long cents) {
        return FundsStore.usd(cents);
    }

    private static long cents(BigDecimal usd) {
        return usd.movePointRight(2).setScale(0, RoundingMode.CEILING).longValueExact();
    }
}
