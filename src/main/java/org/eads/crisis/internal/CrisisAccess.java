package org.eads.crisis.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.crisis.Crisis;
import org.eads.crisis.CrisisConflictException;
import org.eads.crisis.CrisisNotFoundException;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.member.MemberKind;
import org.eads.records.NotAllowedException;
import org.eads.sharing.SqlCondition;
import org.eads.sharing.SharingPolicy;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what in a crisis, and the audit of it. A crisis is distributed like a record shared with
 * MEMBERS or MEMBERS_AND_PARTNERS, so the sharing policy decides who sees it; a member outside the distribution
 * finds nothing, exactly as if the crisis did not exist. Acting in a crisis takes a supervisor, a crisis contact or
 * an API client of a member that sees it.
 */
@Component
public class CrisisAccess {

    private final CrisisStore store;
    private final SharingPolicy policy;
    private final AuditLog audit;

    CrisisAccess(CrisisStore store, SharingPolicy policy, AuditLog audit) {
        this.store = store;
        this.policy = policy;
        this.audit = audit;
    }

    /** What the user may see, as a condition on a table with the sharing columns under {@code alias}. */
    public SqlCondition visible(EadsUser user, String alias) {
        return policy.visibleRecords(reader(user), alias);
    }

    /**
     * The user as the sharing policy should judge them. Crisis contacts and duty officers must open the crisis they
     * are alerted to even when they hold no role that reads records; for them the policy decides as for a reader of
     * their member. Everyone else is judged as they are (an auditor sees no crisis).
     */
    private static EadsUser reader(EadsUser user) {
        if (!user.hasAny(Role.CRISIS_CONTACT, Role.DUTY_OFFICER) || user.has(Role.OFFICER)) {
            return user;
        }
        Set<Role> roles = EnumSet.copyOf(user.roles());
        roles.add(Role.OFFICER);
        return new EadsUser(user.id(), user.username(), user.displayName(), user.memberCode(), user.memberKind(),
                user.agencyId(), roles);
    }

    /** The crisis, for a read: audited, as a view or as a view of nothing. */
    public Crisis view(EadsUser user, UUID id, String what) {
        Crisis crisis = store.find(id, visible(user, "c")).orElse(null);
        audit.record(new AuditEvent(user.actor(CurrentUser.clientAddress()), AuditAction.CRISIS_VIEW,
                CrisisNotices.OBJECT, id.toString(), null, crisis == null ? "NOT_FOUND" : "OK", what));
        if (crisis == null) {
            throw new CrisisNotFoundException("Crisis", id);
        }
        return crisis;
    }

    /** The crisis, for a change by a supervisor, crisis contact or API client: refused once it is closed. */
    public Crisis forChange(EadsUser user, UUID id, String what) {
        return forChange(user, id, what, true);
    }

    /** As {@link #forChange(EadsUser, UUID, String)}, letting a closed crisis through unless {@code openOnly}. */
    public Crisis forChange(EadsUser user, UUID id, String what, boolean openOnly) {
        Crisis crisis = store.find(id, visible(user, "c")).orElseThrow(() -> new CrisisNotFoundException("Crisis", id));
        if (!responder(user)) {
            throw new NotAllowedException("Only a supervisor or a crisis contact may " + what);
        }
        if (openOnly && crisis.closed()) {
            throw new CrisisConflictException("The crisis is closed: nothing of it changes any more");
        }
        return crisis;
    }

    /** As {@link #forChange}, for what only the declaring member may do. */
    public Crisis forOwnerChange(EadsUser user, UUID id, String what) {
        Crisis crisis = forChange(user, id, what);
        requireOwner(user, crisis, what);
        return crisis;
    }

    public void requireOwner(EadsUser user, Crisis crisis, String what) {
        if (!crisis.memberCode().equals(user.memberCode())) {
            throw new NotAllowedException("Only the member that declared the crisis (" + crisis.memberCode()
                    + ") may " + what);
        }
    }

    /** Whether the user acts in crises: a supervisor, a crisis contact or an API client. */
    public static boolean responder(EadsUser user) {
        return user.hasAny(Role.SUPERVISOR, Role.CRISIS_CONTACT, Role.API_CLIENT);
    }

    /** A crisis is declared by an AMC or the Secretariat, through one of its responders. */
    public static boolean mayDeclare(EadsUser user) {
        return responder(user)
                && (user.memberKind() == MemberKind.MEMBER || user.memberKind() == MemberKind.SECRETARIAT);
    }

    public void listed(EadsUser user, String filter) {
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.CRISIS_LIST,
                CrisisNotices.OBJECT, null).withDetails(filter));
    }

    public void changed(EadsUser user, AuditAction action, UUID crisisId, String what) {
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), action, CrisisNotices.OBJECT,
                crisisId.toString()).withDetails(what));
    }
}
