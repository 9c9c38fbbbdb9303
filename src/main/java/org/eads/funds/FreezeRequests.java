package org.eads.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eads.alerts.AlertKind;
import org.eads.alerts.Alerts;
import org.eads.alerts.NewAlert;
import org.eads.alerts.Recipients;
import org.eads.alerts.Sender;
import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.funds.internal.FreezeStore;
import org.eads.funds.internal.FundsStore;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.member.Member;
import org.eads.member.MemberKind;
import org.eads.member.Members;
import org.eads.records.EnumField;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems;
import org.eads.scam.Recoveries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Freeze and recovery requests: from a trace, one request per account still holding traced money goes to the member
 * where the account is held. Its freeze contacts and focal points get a critical alert; they record what they did
 * (forwarded to the bank, frozen, partly frozen, refused with a reason, returned to victims) and the requesting
 * member is told of each step. Frozen and returned amounts roll up to the case. Only the two members see a request.
 */
@Service
public class FreezeRequests {

    static final int MAX_TEXT = 2_000;

    private final Traces traces;
    private final FundsCases cases;
    private final FreezeStore store;
    private final Members members;
    private final Alerts alerts;
    private final AuditLog audit;
    private final Recoveries recoveries;

    public FreezeRequests(Traces traces, FundsCases cases, FreezeStore store, Members members, Alerts alerts,
                          AuditLog audit, Recoveries recoveries) {
        this.recoveries = recoveries;
        this.traces = traces;
        this.cases = cases;
        this.store = store;
        this.members = members;
        this.alerts = alerts;
        this.audit = audit;
    }

    /** What "prepare freeze requests" offers from a trace: every account still holding traced money, most first. */
    public List<FreezeRequest.Draft> drafts(EadsUser user, long traceId) {
        Trace trace = traces.get(user, traceId);
        List<FreezeRequest.Draft> out = new ArrayList<>();
        for (TraceAnswer.TracedAccount a : trace.answer().whereNow()) {
            if (a.remaining().signum() <= 0 || a.hop() == 0) {
                continue;
            }
            List<String> brought = trace.answer().transfers().stream()
                    .filter(t -> t.transfer().to().id() == a.account().id()).map(t -> t.transfer().txnId()).toList();
            String member = receivingMember(a.account().country());
            out.add(new FreezeRequest.Draft(a.account(), member, a.remaining(), brought, member == null
                    ? "no member for " + a.account().country() + ": ask through INTERPOL" : null));
        }
        return out;
    }

    /** Sends a request for each chosen account of a trace; returns them. */
    @Transactional
    public List<FreezeRequest> send(EadsUser user, long traceId, FreezeRequest.Input in) {
        if (!FundsCases.mayWork(user)) {
            throw new NotAllowedException("Only officers, analysts and supervisors ask for freezes");
        }
        Trace trace = traces.get(user, traceId);
        Problems p = new Problems();
        String basis = text(in.legalBasis(), "legalBasis", p);
        String contact = text(in.contact(), "contact", p);
        FreezeRequest.Urgency urgency = EnumField.parse(FreezeRequest.Urgency.class, in.urgency(), "urgency");
        List<Long> chosen = in.accounts() == null ? List.of() : in.accounts();
        if (chosen.isEmpty()) {
            p.add("accounts", "choose at least one account");
        }
        Map<Long, FreezeRequest.Draft> drafts = new java.util.LinkedHashMap<>();
        drafts(user, traceId).forEach(d -> drafts.put(d.account().id(), d));
        for (int i = 0; i < chosen.size(); i++) {
            FreezeRequest.Draft d = drafts.get(chosen.get(i));
            if (d == null) {
                p.add("accounts[" + i + "]", "account " + chosen.get(i) + " holds no traced money in this trace");
            } else if (d.problem() != null) {
                p.add("accounts[" + i + "]", d.problem());
            }
        }
        p.throwIfAny();
        List<FreezeRequest> sent = new ArrayList<>();
        for (Long accountId : chosen) {
            FreezeRequest.Draft d = drafts.get(accountId);
            long cents = d.amountUsd().movePointRight(2).longValueExact();
            long id = store.insert(trace.caseId(), traceId, accountId, user.memberCode(), d.receivingMember(), cents,
                    d.transfers(), basis, urgency == null ? FreezeRequest.Urgency.URGENT : urgency, contact, user.id());
            FreezeRequest r = store.find(id).orElseThrow();
            UUID alert = alerts.send(Sender.of(user), NewAlert.of(AlertKind.FREEZE_REQUEST, "Freeze request "
                            + r.reference() + ": USD " + r.amountUsd().toPlainString() + " at " + r.account().label(),
                    Recipients.role(r.receivingMember(), Role.FREEZE_CONTACT)
                            .and(Recipients.role(r.receivingMember(), Role.FOCAL_POINT)))
                    .body("Urgency " + r.urgency() + ". Legal basis: " + basis + ". Transactions: "
                            + String.join(", ", r.transfers()) + ". Contact: " + contact)
                    .about("FREEZE_REQUEST", Long.toString(id), "/funds/freezes/" + id));
            store.alerted(id, alert);
            audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.FREEZE_REQUEST,
                    "FREEZE_REQUEST", Long.toString(id)).withDetails(r.reference() + " to " + r.receivingMember()
                    + " for USD " + r.amountUsd().toPlainString()));
            sent.add(store.find(id).orElseThrow());
        }
        return sent;
    }

    /** A request the user's member sent or received; audited. */
    public FreezeRequest get(EadsUser user, long id) {
        FreezeRequest r = store.find(id).filter(x -> x.requestingMember().equals(user.memberCode())
                || x.receivingMember().equals(user.memberCode())).orElseThrow(() -> new FreezeRequestNotFoundException(id));
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.FUNDS_VIEW, "FREEZE_REQUEST",
                Long.toString(id)));
        return r;
    }

    /** The requests the user's member sent, newest first; audited. */
    public List<FreezeRequest> sent(EadsUser user) {
        return listed(user, store.of(user.memberCode(), false, 200), "sent");
    }

    /** The requests the user's member received, newest first; audited. */
    public List<FreezeRequest> received(EadsUser user) {
        return listed(user, store.of(user.memberCode(), true, 200), "received");
    }

    private List<FreezeRequest> listed(EadsUser user, List<FreezeRequest> requests, String which) {
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.FUNDS_VIEW, "FREEZE_REQUEST",
                null).withDetails("list of " + requests.size() + " " + which));
        return requests;
    }

    /** The requests of a case the user may see that their member sent or received; audited. */
    public List<FreezeRequest> ofCase(EadsUser user, long caseId) {
        cases.visible(user, caseId);
        return listed(user, store.ofCase(caseId).stream().filter(r -> r.requestingMember().equals(user.memberCode())
                || r.receivingMember().equals(user.memberCode())).toList(), "of case " + caseId);
    }

    /** Requested, frozen and returned US dollars and open requests, of the requests the member sent or received. */
    public Recoveries.Recovered totals(EadsUser user) {
        return recoveries.of(user.memberCode());
    }

    /** Whether the user records what their member did about requests it received. */
    public static boolean mayAnswer(EadsUser user) {
        return user.hasAny(Role.FREEZE_CONTACT, Role.FOCAL_POINT, Role.SUPERVISOR);
    }

    /**
     * Records what the receiving member did. FROZEN and PARTIAL give the amount frozen (PARTIAL less than asked),
     * RETURNED the amount returned to victims (at most what was frozen), REFUSED a reason.
     */
    @Transactional
    public FreezeRequest act(EadsUser user, long id, String actionName, BigDecimal amountUsd, String note) {
        FreezeRequest r = store.find(id).filter(x -> x.receivingMember().equals(user.memberCode())
                || x.requestingMember().equals(user.memberCode())).orElseThrow(() -> new FreezeRequestNotFoundException(id));
        if (!r.receivingMember().equals(user.memberCode()) || !mayAnswer(user)) {
            throw new NotAllowedException("Only the freeze contacts, focal points and supervisors of "
                    + r.receivingMember() + " record what was done about " + r.reference());
        }
        FreezeRequest.ActionKind action = EnumField.parse(FreezeRequest.ActionKind.class, actionName, "action");
        if (action == null) {
            throw new InvalidRecordException("action", "choose FORWARDED, FROZEN, PARTIAL, REFUSED or RETURNED");
        }
        if (r.status().closed()) {
            throw new InvalidRecordException("action", r.reference() + " is " + r.status().label().toLowerCase()
                    + ": nothing more can be recorded");
        }
        Problems p = new Problems();
        String text = note == null || note.isBlank() ? null : note.strip();
        p.maxLength(text, "note", MAX_TEXT);
        long cents = amountUsd == null ? 0 : amountUsd.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
        long asked = r.amountUsd().movePointRight(2).longValueExact();
        long frozen = r.frozenUsd().movePointRight(2).longValueExact();
        long returned = r.returnedUsd().movePointRight(2).longValueExact();
        FreezeStatus status;
        long frozenDelta = 0;
        long returnedDelta = 0;
        switch (action) {
            case FORWARDED -> status = FreezeStatus.FORWARDED;
            case FROZEN, PARTIAL -> {
                if (cents <= 0) {
                    p.add("amountUsd", "give the amount frozen");
                } else if (action == FreezeRequest.ActionKind.PARTIAL && cents >= asked) {
                    p.add("amountUsd", "a partial freeze is less than the USD " + r.amountUsd() + " asked");
                }
                status = action == FreezeRequest.ActionKind.FROZEN ? FreezeStatus.FROZEN : FreezeStatus.PARTIAL;
                frozenDelta = cents - frozen;
            }
            case REFUSED -> {
                if (text == null) {
                    p.add("note", "say why the request is refused");
                }
                status = FreezeStatus.REFUSED;
            }
            case RETURNED -> {
                if (cents <= 0) {
                    p.add("amountUsd", "give the amount returned to the victims");
                } else if (returned + cents > frozen) {
                    p.add("amountUsd", "at most the USD " + FundsStore.usd(frozen - returned)
                            + " frozen and not yet returned");
                }
                status = FreezeStatus.RETURNED;
                returnedDelta = cents;
            }
            default -> throw new IllegalStateException();
        }
        p.throwIfAny();
        store.act(id, action, status, cents, text, user.id(), user.memberCode(), frozenDelta, returnedDelta);
        if (r.alertId() != null) {
            alerts.acknowledgeIfRecipient(user, r.alertId(), "freeze request answered");
        }
        alerts.send(Sender.of(user), NewAlert.of(AlertKind.FREEZE_UPDATE, r.reference() + ": " + status.label()
                        + (cents > 0 ? " (USD " + FundsStore.usd(cents).toPlainString() + ")" : ""),
                Recipients.users(r.createdBy())).body(text)
                .about("FREEZE_REQUEST", Long.toString(id), "/funds/freezes/" + id));
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.FREEZE_ACTION,
                "FREEZE_REQUEST", Long.toString(id)).withDetails(action + (cents > 0 ? " USD " + FundsStore.usd(cents) : "")));
        return store.find(id).orElseThrow();
    }

    /** The member an account's country is: an AMC or a partner; null when none. */
    private String receivingMember(String country) {
        return members.find(country).filter(m -> m.kind() == MemberKind.MEMBER || m.kind() == MemberKind.PARTNER)
                .map(Member::code).orElse(null);
    }

    private static String text(String value, String field, Problems p) {
        String v = value == null ? null : value.strip();
        p.require(v, field);
        p.maxLength(v, field, MAX_TEXT);
        return v;
    }
}
