package org.eads.stats;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.eads.alerts.AlertKind;
import org.eads.alerts.Alerts;
import org.eads.alerts.NewAlert;
import org.eads.alerts.Recipients;
import org.eads.alerts.Sender;
import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
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
import org.eads.stats.CapacityBuildingActivity.Kind;
import org.eads.stats.CapacityBuildingActivity.Status;
import org.eads.stats.internal.capability.ActivityStore;
import org.eads.stats.internal.capability.CrimeAreasInForce;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Capacity-building activities the Secretariat records against the gaps of an assessment year. The Secretariat's
 * statistics focal points and supervisors record and update them and see them all; a member sees those that target
 * it, and its statistics focal points are told when one is recorded. Audited.
 */
@Service
public class CapacityBuildingActivities {

    static final int MAX_TITLE = 300;
    static final int MAX_NOTES = 4_000;

    private final ActivityStore store;
    private final CrimeAreasInForce crimeAreas;
    private final Members members;
    private final Alerts alerts;
    private final AuditLog audit;

    public CapacityBuildingActivities(ActivityStore store, CrimeAreasInForce crimeAreas, Members members,
                                      Alerts alerts, AuditLog audit) {
        this.store = store;
        this.crimeAreas = crimeAreas;
        this.members = members;
        this.alerts = alerts;
        this.audit = audit;
    }

    /** Whether the user records and updates activities: the Secretariat's statistics focal points and supervisors. */
    public static boolean mayPlan(EadsUser user) {
        return CapabilityAssessments.secretariat(user)
                && user.hasAny(Role.STATISTICS_FOCAL_POINT, Role.SUPERVISOR, Role.API_CLIENT);
    }

    @Transactional
    public CapacityBuildingActivity record(EadsUser user, CapacityBuildingActivity.Input in) {
        requirePlan(user);
        ActivityStore.Fields f = check(in);
        UUID id = UUID.randomUUID();
        store.insert(id, f, user.id());
        changed(user, id, "recorded " + f.kind() + " '" + f.title() + "' on " + f.crimeArea() + "/" + f.dimension()
                + " for " + String.join(", ", f.members()));
        CapacityBuildingActivity a = store.find(id).orElseThrow();
        Recipients to = null;
        for (String m : a.members()) {
            Recipients r = Recipients.role(m, Role.STATISTICS_FOCAL_POINT);
            to = to == null ? r : to.and(r);
        }
        alerts.send(Sender.of(user), NewAlert.of(AlertKind.STATISTICS, a.kind().label() + " planned for your member: "
                        + a.title(), to)
                .body(a.crimeAreaName() + ", " + a.dimension().label().toLowerCase(Locale.ROOT) + ", from "
                        + a.startsOn() + (a.organiser() == null ? "" : ", organised by " + a.organiser()))
                .about("CAPACITY_BUILDING_ACTIVITY", id.toString(), "/stats/capability/activities/" + id));
        return a;
    }

    /** Replaces an activity's fields (its status among them). */
    @Transactional
    public CapacityBuildingActivity update(EadsUser user, UUID id, CapacityBuildingActivity.Input in) {
        requirePlan(user);
        CapacityBuildingActivity before = store.find(id).orElseThrow(() -> new CapacityBuildingActivityNotFoundException(id));
        ActivityStore.Fields f = check(in);
        store.update(id, f, user.id());
        changed(user, id, "updated '" + f.title() + "'" + (before.status() != f.status()
                ? ": " + before.status() + " to " + f.status() : ""));
        return store.find(id).orElseThrow();
    }

    /** An activity the user may see: any for the Secretariat, one that targets the member for a member. Audited. */
    public CapacityBuildingActivity get(EadsUser user, UUID id) {
        requireRead(user);
        CapacityBuildingActivity a = store.find(id)
                .filter(x -> CapabilityAssessments.secretariat(user) || x.targets(user.memberCode()))
                .orElseThrow(() -> new CapacityBuildingActivityNotFoundException(id));
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_VIEW,
                "CAPACITY_BUILDING_ACTIVITY", id.toString()));
        return a;
    }

    /** The activities of a year (or of every year) the user may see, by start date. Audited. */
    public List<CapacityBuildingActivity> list(EadsUser user, Integer year) {
        List<CapacityBuildingActivity> out = visible(user, year);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_VIEW,
                "CAPACITY_BUILDING_ACTIVITY", null).withDetails("list of " + out.size()
                + (year == null ? "" : " of " + year)));
        return out;
    }

    /** The same without an audit entry, for the module's views that audit themselves. */
    List<CapacityBuildingActivity> visible(EadsUser user, Integer year) {
        requireRead(user);
        return store.list(year, CapabilityAssessments.secretariat(user) ? null : user.memberCode());
    }

    private ActivityStore.Fields check(CapacityBuildingActivity.Input in) {
        Problems p = new Problems();
        CrimeAreasInForce.Version version = collect(p, () -> crimeAreas.forAssessedYear(in.year(), "year"));
        String title = text(in.title());
        p.require(title, "title");
        p.maxLength(title, "title", MAX_TITLE);
        Kind kind = collect(p, () -> EnumField.parse(Kind.class, in.kind(), "kind"));
        if (kind == null && (in.kind() == null || in.kind().isBlank())) {
            p.add("kind", "is required: one of " + List.of(Kind.values()));
        }
        String area = in.crimeArea() == null || in.crimeArea().isBlank() ? null
                : in.crimeArea().strip().toUpperCase(Locale.ROOT);
        if (area == null) {
            p.add("crimeArea", "is required: the code of the crime area addressed");
        } else if (version != null && !version.includes(area)) {
            p.add("crimeArea", "'" + in.crimeArea() + "' is not a crime area in force for " + in.year() + ": one of "
                    + version.codes());
        }
        CapabilityDimension dimension = collect(p,
                () -> EnumField.parse(CapabilityDimension.class, in.dimension(), "dimension"));
        if (dimension == null && (in.dimension() == null || in.dimension().isBlank())) {
            p.add("dimension", "is required: one of " + List.of(CapabilityDimension.values()));
        }
        Set<String> targeted = new LinkedHashSet<>();
        Map<String, Member> known = members.byCode();
        for (String m : in.members() == null ? List.<String>of() : in.members()) {
            String code = m == null ? "" : m.strip().toUpperCase(Locale.ROOT);
            Member member = known.get(code);
            if (member == null || member.kind() != MemberKind.MEMBER) {
                p.add("members", "'" + m + "' is not a member country: give the codes of the members targeted, "
                        + "such as THA or MYS");
            } else {
                targeted.add(code);
            }
        }
        if (targeted.isEmpty() && p.list().stream().noneMatch(x -> x.field().equals("members"))) {
            p.add("members", "choose at least one member the activity targets");
        }
        if (in.startsOn() == null) {
            p.add("startsOn", "is required: the day the activity starts (planned)");
        }
        if (in.startsOn() != null && in.endsOn() != null && in.endsOn().isBefore(in.startsOn())) {
            p.add("endsOn", in.endsOn() + " is before the start, " + in.startsOn());
        }
        String organiser = text(in.organiser());
        p.maxLength(organiser, "organiser", MAX_TITLE);
        Status status = collect(p, () -> EnumField.parse(Status.class, in.status(), "status"));
        String notes = text(in.notes());
        p.maxLength(notes, "notes", MAX_NOTES);
        p.throwIfAny();
        return new ActivityStore.Fields(in.year(), title, kind, area, dimension, List.copyOf(targeted), in.startsOn(),
                in.endsOn(), organiser, status == null ? Status.PLANNED : status, notes);
    }

    /** The value, or null with its problems added: so that every mistake of the input is reported at once. */
    private static <T> T collect(Problems p, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidRecordException e) {
            e.problems().forEach(x -> p.add(x.field(), x.message()));
            return null;
        }
    }

    private static void requireRead(EadsUser user) {
        if (!CapabilityAssessments.mayRead(user)) {
            throw new NotAllowedException("Capacity-building activities are for the statistics focal points, "
                    + "supervisors and analysts of members and of the Secretariat");
        }
    }

    private static void requirePlan(EadsUser user) {
        if (!mayPlan(user)) {
            throw new NotAllowedException("Only the Secretariat's statistics focal points and supervisors record "
                    + "capacity-building activities");
        }
    }

    private void changed(EadsUser user, UUID id, String details) {
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_CHANGE,
                "CAPACITY_BUILDING_ACTIVITY", id.toString()).withDetails(details));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
