package org.eads.stats;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.member.Member;
import org.eads.member.MemberKind;
import org.eads.member.Members;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.stats.StatsVisibility.Audience;
import org.eads.stats.internal.analysis.SharingStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members' sharing choices for their accepted statistics, and the one decision of what a reader may see of
 * which member ({@link #visibility}). Dashboards, the analysis API, exports and the analytical report all ask it.
 * <ul>
 *   <li>The Secretariat sees every member's figures.</li>
 *   <li>A member sees its own figures and those of members sharing with all members; members sharing only in
 *       regional totals count in its totals; members sharing with the Secretariat only appear nowhere, and its
 *       totals say that they leave them out.</li>
 *   <li>A dialogue partner sees regional totals only (of the members sharing with all members or in totals): a
 *       choice to share with "all members" is a choice about the ASEANAPOL members, not about partners.</li>
 *   <li>Observers, and users without a statistics role, see no statistics.</li>
 * </ul>
 */
@Service
public class StatsSharing {

    private final SharingStore store;
    private final Members members;
    private final AuditLog audit;

    public StatsSharing(SharingStore store, Members members, AuditLog audit) {
        this.store = store;
        this.members = members;
        this.audit = audit;
    }

    /** Whether the user works with statistics at all: dashboards, the analysis API and the sharing page. */
    public static boolean mayView(EadsUser user) {
        return user.hasAny(Role.ANALYST, Role.SUPERVISOR, Role.STATISTICS_FOCAL_POINT, Role.API_CLIENT)
                && user.memberKind() != MemberKind.OBSERVER;
    }

    /** Whether the user may change their member's choice: a supervisor of an ASEANAPOL member. */
    public static boolean mayChoose(EadsUser user) {
        return user.has(Role.SUPERVISOR) && user.memberKind() == MemberKind.MEMBER;
    }

    /** Every member's choice, by name; audited as a view. */
    public List<MemberSharing> choices(EadsUser viewer) {
        requireView(viewer);
        List<MemberSharing> out = choices();
        audit.record(AuditEvent.ok(viewer.actor(CurrentUser.clientAddress()), AuditAction.STATS_VIEW, "STATS_SHARING",
                null).withDetails("sharing choices of " + out.size() + " members"));
        return out;
    }

    /** Every member's choice, without an audit entry (for reports, which audit themselves). */
    public List<MemberSharing> choices() {
        Map<String, SharingStore.Stored> stored = store.all();
        return members.countries().stream().sorted(java.util.Comparator.comparing(Member::name)).map(m -> {
            SharingStore.Stored s = stored.get(m.code());
            return s == null ? new MemberSharing(m.code(), m.name(), SharingChoice.DEFAULT, false, null, null)
                    : new MemberSharing(m.code(), m.name(), s.choice(), true, s.changedBy(), s.changedAt());
        }).toList();
    }

    /**
     * Sets the choice of the user's own member.
     *
     * @throws NotAllowedException unless the user is a supervisor of that member
     */
    @Transactional
    public MemberSharing choose(EadsUser user, String member, SharingChoice choice) {
        if (choice == null) {
            throw new InvalidRecordException("choice", "is required: ALL_MEMBERS, SECRETARIAT_ONLY or AGGREGATED_ONLY");
        }
        if (!mayChoose(user) || !user.memberCode().equals(member)) {
            throw new NotAllowedException("Only a supervisor of " + member + " chooses how its statistics are shared");
        }
        store.save(member, choice, user.username());
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_CHANGE, "STATS_SHARING",
                member).withDetails("sharing choice " + choice.name()));
        return choices().stream().filter(m -> m.member().equals(member)).findFirst().orElseThrow();
    }

    /**
     * What the user may see of which member.
     *
     * @throws NotAllowedException for observers and users without a statistics role
     */
    public StatsVisibility visibility(EadsUser viewer) {
        requireView(viewer);
        return switch (viewer.memberKind()) {
            case SECRETARIAT -> visibility(Audience.SECRETARIAT, null);
            case MEMBER -> visibility(Audience.MEMBER, viewer.memberCode());
            case PARTNER -> visibility(Audience.PARTNER, null);
            case OBSERVER -> throw new NotAllowedException("Observers do not see crime statistics");
        };
    }

    /** What the user may see, as shown to them on the sharing page or through the API; audited as a view. */
    public StatsVisibility show(EadsUser viewer) {
        StatsVisibility v = visibility(viewer);
        audit.record(AuditEvent.ok(viewer.actor(CurrentUser.clientAddress()), AuditAction.STATS_VIEW, "STATS_SHARING",
                null).withDetails("what the reader sees: " + v.individually().size() + " members individually, "
                + v.hiddenInTotals().size() + " in totals only, " + v.leftOut().size() + " left out"));
        return v;
    }

    /**
     * What an audience may see, for a document written for it (the analytical report): the Secretariat; a member
     * ({@code ownMember} set) or every member at once ({@code ownMember} null, so nobody's own figures are shown
     * beyond their choice); dialogue partners.
     */
    public StatsVisibility visibility(Audience audience, String ownMember) {
        Map<String, SharingChoice> choice = new HashMap<>();
        choices().forEach(m -> choice.put(m.member(), m.choice()));
        Set<String> individually = new HashSet<>();
        Set<String> inTotals = new HashSet<>();
        Map<String, String> leftOut = new HashMap<>();
        for (var e : choice.entrySet()) {
            String m = e.getKey();
            if (audience == Audience.SECRETARIAT || m.equals(ownMember)) {
                individually.add(m);
                inTotals.add(m);
                continue;
            }
            switch (e.getValue()) {
                case ALL_MEMBERS -> {
                    if (audience == Audience.MEMBER) {
                        individually.add(m);
                    }
                    inTotals.add(m);
                }
                case AGGREGATED_ONLY -> inTotals.add(m);
                case SECRETARIAT_ONLY -> leftOut.put(m, "shares its statistics with the Secretariat only");
            }
        }
        return new StatsVisibility(audience, audience == Audience.SECRETARIAT ? null : ownMember, individually,
                inTotals, leftOut);
    }

    private static void requireView(EadsUser viewer) {
        if (!mayView(viewer)) {
            throw new NotAllowedException(viewer.memberKind() == MemberKind.OBSERVER
                    ? "Observers do not see crime statistics"
                    : "Crime statistics are for analysts, supervisors and statistics focal points");
        }
    }
}
