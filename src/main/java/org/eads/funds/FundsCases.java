package org.eads.funds;

import java.util.List;
import java.util.Set;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.funds.internal.FundsStore;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.records.EnumField;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems;
import org.eads.sharing.SharingLevel;
import org.eads.sharing.SharingPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tracing cases: a member opens one for an investigation, banks' and units' transactions are imported into it, and
 * it is shared like a record (MEMBERS by default). Another member sees a case's transactions only as it is shared.
 * Every view and list is audited.
 */
@Service
public class FundsCases {

    private final FundsStore store;
    private final SharingPolicy sharing;
    private final AuditLog audit;

    public FundsCases(FundsStore store, SharingPolicy sharing, AuditLog audit) {
        this.store = store;
        this.sharing = sharing;
        this.audit = audit;
    }

    /** Whether the user works on cases of their member: opens them, imports into them, traces. */
    public static boolean mayWork(EadsUser user) {
        return user.hasAny(Role.OFFICER, Role.ANALYST, Role.SUPERVISOR, Role.API_CLIENT);
    }

    @Transactional
    public FundsCase open(EadsUser user, FundsCase.Input in) {
        if (!mayWork(user)) {
            throw new NotAllowedException("Only officers, analysts and supervisors open tracing cases");
        }
        Problems p = new Problems();
        String reference = in.reference() == null ? null : in.reference().strip();
        String title = in.title() == null ? null : in.title().strip();
        p.require(reference, "reference");
        p.maxLength(reference, "reference", 100);
        p.require(title, "title");
        p.maxLength(title, "title", 300);
        SharingLevel level = EnumField.parse(SharingLevel.class, in.sharingLevel(), "sharingLevel");
        level = level == null ? SharingLevel.MEMBERS : level;
        Set<String> sharedWith = in.sharedWith() == null ? Set.of() : Set.copyOf(in.sharedWith());
        if (level == SharingLevel.SELECTED && sharedWith.isEmpty()) {
            p.add("sharedWith", "name the members a SELECTED case is shared with");
        }
        if (reference != null && !reference.isBlank() && store.referenceTaken(user.memberCode(), reference)) {
            p.add("reference", "your member already has a case " + reference);
        }
        p.throwIfAny();
        long id = store.insertCase(user.memberCode(), reference, title, in.scamReportId(), level,
                level == SharingLevel.SELECTED ? sharedWith : Set.of(), user.id());
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.FUNDS_CHANGE, "FUNDS_CASE",
                Long.toString(id)).withDetails("opened " + reference));
        return store.fundsCase(id, sharing.visibleRecords(user, "c")).orElseThrow();
    }

    /** A case the user may see; audited. */
    public FundsCase get(EadsUser user, long id) {
        FundsCase c = visible(user, id);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.FUNDS_VIEW, "FUNDS_CASE",
                Long.toString(id)));
        return c;
    }

    /** A case the user may see, without an audit entry (for the module's own checks). */
    public FundsCase visible(EadsUser user, long id) {
        return store.fundsCase(id, sharing.visibleRecords(user, "c")).orElseThrow(() -> new FundsCaseNotFoundException(id));
    }

    public List<FundsCase> list(EadsUser user) {
        List<FundsCase> out = store.cases(sharing.visibleRecords(user, "c"), 200);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.FUNDS_VIEW, "FUNDS_CASE", null)
                .withDetails("list of " + out.size() + " cases"));
        return out;
    }

    /** A case's transfers, newest first, optionally those of one account; audited. */
    public List<Transfer> transfers(EadsUser user, long caseId, Long account, int page, int size) {
        visible(user, caseId);
        List<Transfer> out = store.transfers(caseId, account, page * size, size);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.FUNDS_VIEW, "FUNDS_CASE",
                Long.toString(caseId)).withDetails("transfers" + (account == null ? "" : " of account " + account)
                + ", page " + page));
        return out;
    }

    /** The case the user may import into: one of their own member's. */
    public FundsCase forImport(EadsUser user, long id) {
        FundsCase c = visible(user, id);
        if (!mayWork(user) || !c.ownerMember().equals(user.memberCode())) {
            throw new NotAllowedException("Only the member that opened case " + c.reference()
                    + " imports transactions into it");
        }
        return c;
    }

    /** Ids of every case the user may see: what a trace may read. */
    public List<Long> readable(EadsUser user) {
        return store.caseIds(sharing.visibleRecords(user, "c"));
    }
}
