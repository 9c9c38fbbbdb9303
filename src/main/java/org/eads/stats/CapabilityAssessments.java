package org.eads.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

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
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.stats.CapabilityAssessment.Answer;
import org.eads.stats.CapabilityAssessment.AnswerInput;
import org.eads.stats.CapabilityAssessment.Status;
import org.eads.stats.internal.capability.AnswerChecks;
import org.eads.stats.internal.capability.AssessmentStore;
import org.eads.stats.internal.capability.CrimeAreasInForce;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' yearly capability self-assessments. A member's statistics focal point or supervisor fills the draft of a
 * year (per crime area in force, a score 0-4 per dimension with evidence for 3 and 4), starting empty or from the
 * member's last submitted assessment; the supervisor submits it and it is locked. A change is a new revision with a
 * reason, submitted the same way; the revision it replaces is kept, superseded. A member sees its own assessments,
 * the Secretariat every member's; every view and change is audited.
 */
@Service
public class CapabilityAssessments {

    static final int MAX_REASON = 2_000;

    private final AssessmentStore store;
    private final CrimeAreasInForce crimeAreas;
    private final Members members;
    private final Alerts alerts;
    private final AuditLog audit;

    public CapabilityAssessments(AssessmentStore store, CrimeAreasInForce crimeAreas, Members members, Alerts alerts,
                                 AuditLog audit) {
        this.store = store;
        this.crimeAreas = crimeAreas;
        this.members = members;
        this.alerts = alerts;
        this.audit = audit;
    }

    /** Whether the user is at the Secretariat, which sees every member's assessments. */
    public static boolean secretariat(EadsUser user) {
        return user.memberKind() == MemberKind.SECRETARIAT;
    }

    /**
     * Whether the user reads capability assessments, gaps and activities: the statistics roles of a member (its own)
     * or of the Secretariat (every member's). Partners and observers do not: a member's account of its own
     * weaknesses stays between it and the Secretariat.
     */
    public static boolean mayRead(EadsUser user) {
        return (user.memberKind() == MemberKind.MEMBER || secretariat(user))
                && user.hasAny(Role.STATISTICS_FOCAL_POINT, Role.SUPERVISOR, Role.ANALYST, Role.API_CLIENT);
    }

    /** Whether the user fills their member's assessment: its statistics focal point or supervisor (or its system). */
    public static boolean mayFill(EadsUser user) {
        return user.memberKind() == MemberKind.MEMBER
                && user.hasAny(Role.STATISTICS_FOCAL_POINT, Role.SUPERVISOR, Role.API_CLIENT);
    }

    /** Whether the user submits their member's assessment: its supervisor, the national sign-off. */
    public static boolean maySubmit(EadsUser user) {
        return user.memberKind() == MemberKind.MEMBER && user.has(Role.SUPERVISOR);
    }

    /**
     * Starts the user's member's assessment of a year: empty, or with the answers of the member's latest submitted
     * assessment of an earlier year for the crime areas still in force ({@code fromLastYear}).
     */
    @Transactional
    public CapabilityAssessment start(EadsUser user, Integer year, boolean fromLastYear) {
        requireFill(user);
        CrimeAreasInForce.Version version = crimeAreas.forAssessedYear(year, "year");
        List<AssessmentStore.Row> existing = store.revisions(user.memberCode(), year);
        if (!existing.isEmpty()) {
            AssessmentStore.Row last = existing.getLast();
            throw new InvalidRecordException("year", last.memberName() + " already has its assessment of " + year
                    + " (revision " + last.revision() + ", " + last.status().name().toLowerCase() + "): "
                    + (last.status() == Status.DRAFT ? "continue it" : "open a new revision to change it"));
        }
        UUID id = UUID.randomUUID();
        Optional<AssessmentStore.Row> earlier = fromLastYear
                ? store.latestSubmittedBefore(user.memberCode(), year) : Optional.empty();
        if (!store.insert(id, user.memberCode(), year, 1, version.version(),
                earlier.map(AssessmentStore.Row::id).orElse(null), null, user.id())) {
            throw startedMeanwhile(year);
        }
        earlier.ifPresent(e -> store.copyAnswers(e.id(), id, version.codes()));
        changed(user, id, "started " + user.memberCode() + " " + year
                + earlier.map(e -> " from the assessment of " + e.year()).orElse(""));
        return assemble(store.find(id).orElseThrow());
    }

    private static InvalidRecordException startedMeanwhile(int year) {
        return new InvalidRecordException("year", "someone else started the assessment of " + year
                + " at the same moment: open it from the list and continue it");
    }

    /** An assessment the user may see; audited. */
    public CapabilityAssessment get(EadsUser user, UUID id) {
        CapabilityAssessment a = assemble(visible(user, id));
        viewed(user, id.toString(), "revision " + a.revision() + " of " + a.member() + " " + a.year());
        return a;
    }

    /**
     * The assessments the user may see, of one year or of every year (null), newest first: the own member's, or every
     * member's for the Secretariat. Audited.
     */
    public List<CapabilityAssessment.Summary> list(EadsUser user, Integer year) {
        requireRead(user);
        List<AssessmentStore.Row> rows = store.list(secretariat(user) ? null : user.memberCode(), year);
        Map<UUID, Integer> answered = store.answeredCounts(rows.stream().map(AssessmentStore.Row::id).toList());
        List<CapabilityAssessment.Summary> out = new ArrayList<>();
        for (AssessmentStore.Row r : rows) {
            int expected = crimeAreas.forYear(r.year()).map(v -> v.areas().size()).orElse(0)
                    * CapabilityDimension.values().length;
            out.add(new CapabilityAssessment.Summary(r.id(), r.member(), r.memberName(), r.year(), r.revision(),
                    r.status(), r.updatedAt(), r.submittedAt(), answered.getOrDefault(r.id(), 0), expected));
        }
        viewed(user, null, "list of " + out.size() + (year == null ? "" : " of " + year));
        return out;
    }

    /**
     * Every revision of a member's assessment of a year the user may see, first to last, without an audit entry: what
     * the pages use to find the draft or the assessment in force.
     */
    public List<CapabilityAssessment.Summary> revisionsOf(EadsUser user, String member, int year) {
        requireRead(user);
        if (!secretariat(user) && !member.equals(user.memberCode())) {
            return List.of();
        }
        return store.revisions(member, year).stream().map(r -> new CapabilityAssessment.Summary(r.id(), r.member(),
                r.memberName(), r.year(), r.revision(), r.status(), r.updatedAt(), r.submittedAt(), 0, 0)).toList();
    }

    /** Saves answers into a draft of the user's member; the answers not given stay as they were. */
    @Transactional
    public CapabilityAssessment answer(EadsUser user, UUID id, List<AnswerInput> answers) {
        AssessmentStore.Row r = editable(user, id);
        CrimeAreasInForce.Version version = crimeAreas.forYear(r.year()).orElseThrow();
        List<Answer> read = AnswerChecks.read(answers == null ? List.of() : answers, version, r.year());
        store.saveAnswers(id, read, user.id());
        changed(user, id, read.size() + " answers saved in revision " + r.revision() + " of " + r.year());
        return assemble(store.find(id).orElseThrow());
    }

    /**
     * Submits a draft: every crime area in force scored on every dimension, evidence for every 3 and 4. It becomes the
     * assessment in force for its year (the one before it superseded) and is locked. Only a supervisor of the member.
     */
    @Transactional
    public CapabilityAssessment submit(EadsUser user, UUID id) {
        AssessmentStore.Row r = own(user, id, true);
        if (!maySubmit(user)) {
            throw new NotAllowedException("Only a supervisor of " + r.memberName() + " submits its assessment");
        }
        requireDraft(r);
        CapabilityAssessment a = assemble(r);
        if (!a.outstanding().isEmpty()) {
            throw new InvalidRecordException(a.outstanding());
        }
        store.submit(id, user.id());
        changed(user, id, "submitted revision " + r.revision() + " of " + r.member() + " " + r.year());
        alerts.send(Sender.of(user), NewAlert.of(AlertKind.STATISTICS, "Capability self-assessment of "
                        + r.memberName() + " for " + r.year() + " submitted" + (r.revision() > 1
                        ? " (revision " + r.revision() + ")" : ""), secretariatFocalPoints())
                .about("CAPABILITY_ASSESSMENT", id.toString(), "/stats/capability/assessments/" + id));
        return assemble(store.find(id).orElseThrow());
    }

    /**
     * Opens a new revision of the assessment in force, with the reason for the change: a draft with its answers, which
     * the supervisor submits in its place.
     */
    @Transactional
    public CapabilityAssessment revise(EadsUser user, UUID id, String reason) {
        AssessmentStore.Row r = own(user, id, true);
        requireFill(user);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null) {
            throw new InvalidRecordException("reason", "is required: say what changed since revision "
                    + r.revision() + " was submitted");
        }
        if (why.length() > MAX_REASON) {
            throw new InvalidRecordException("reason", "must be at most " + MAX_REASON + " characters");
        }
        if (r.status() != Status.SUBMITTED) {
            throw new InvalidRecordException("status", "revision " + r.revision() + " of " + r.year() + " is "
                    + r.status().name().toLowerCase() + ": a new revision starts from the one submitted and in force");
        }
        List<AssessmentStore.Row> all = store.revisions(r.member(), r.year());
        all.stream().filter(x -> x.status() == Status.DRAFT).findFirst().ifPresent(d -> {
            throw new InvalidRecordException("status", "revision " + d.revision() + " of " + r.year()
                    + " is already open as a draft: continue it");
        });
        UUID next = UUID.randomUUID();
        int revision = store.nextRevision(r.member(), r.year());
        if (!store.insert(next, r.member(), r.year(), revision, r.classification(), r.id(), why, user.id())) {
            throw startedMeanwhile(r.year());
        }
        store.copyAnswers(r.id(), next, crimeAreas.forYear(r.year()).orElseThrow().codes());
        changed(user, next, "opened revision " + revision + " of " + r.member() + " " + r.year() + ": " + why);
        return assemble(store.find(next).orElseThrow());
    }

    /**
     * Every revision of the member's assessment of the year the given one belongs to, first to last, each with what
     * it changed from the one before. Audited.
     */
    public List<CapabilityAssessment.Revision> history(EadsUser user, UUID id) {
        AssessmentStore.Row r = visible(user, id);
        List<CapabilityAssessment.Revision> out = new ArrayList<>();
        List<Answer> before = null;
        for (AssessmentStore.Row x : store.revisions(r.member(), r.year())) {
            List<Answer> answers = store.answers(x.id());
            out.add(new CapabilityAssessment.Revision(x.id(), x.revision(), x.status(), x.revisionReason(),
                    x.createdBy(), x.createdAt(), x.submittedBy(), x.submittedAt(),
                    before == null ? List.of() : changes(before, answers)));
            before = answers;
        }
        viewed(user, id.toString(), "history of " + r.member() + " " + r.year());
        return out;
    }

    /**
     * Fills and submits a member's assessment of a year in one step, through the same checks as the pages: for the
     * demonstration data, which gives the focal point who fills it and the supervisor who submits it.
     */
    @Transactional
    public CapabilityAssessment fillAndSubmit(EadsUser focalPoint, EadsUser supervisor, int year,
                                              List<AnswerInput> answers) {
        if (!focalPoint.memberCode().equals(supervisor.memberCode())) {
            throw new IllegalArgumentException("The focal point and the supervisor must be of the same member");
        }
        CapabilityAssessment draft = start(focalPoint, year, false);
        answer(focalPoint, draft.id(), answers);
        return submit(supervisor, draft.id());
    }

    /** The assessment if the user may see it: the own member's, or any for the Secretariat. */
    private AssessmentStore.Row visible(EadsUser user, UUID id) {
        requireRead(user);
        return store.find(id).filter(r -> secretariat(user) || r.member().equals(user.memberCode()))
                .orElseThrow(() -> new CapabilityAssessmentNotFoundException(id));
    }

    /**
     * An assessment of the user's own member, to change: another member's answers 404 to a member, as if it did not
     * exist, and 403 to the Secretariat, which sees it but never changes it.
     */
    private AssessmentStore.Row own(EadsUser user, UUID id, boolean lock) {
        requireRead(user);
        AssessmentStore.Row r = (lock ? store.lock(id) : store.find(id))
                .filter(x -> secretariat(user) || x.member().equals(user.memberCode()))
                .orElseThrow(() -> new CapabilityAssessmentNotFoundException(id));
        if (!r.member().equals(user.memberCode())) {
            throw new NotAllowedException("Only " + r.memberName() + " changes its own capability assessment");
        }
        return r;
    }

    private AssessmentStore.Row editable(EadsUser user, UUID id) {
        AssessmentStore.Row r = own(user, id, false);
        requireFill(user);
        requireDraft(r);
        return r;
    }

    private static void requireDraft(AssessmentStore.Row r) {
        if (r.status() != Status.DRAFT) {
            throw new InvalidRecordException("status", "revision " + r.revision() + " of " + r.year() + " is "
                    + r.status().name().toLowerCase() + " and locked: open a new revision, with the reason, to change it");
        }
    }

    private static void requireRead(EadsUser user) {
        if (!mayRead(user)) {
            throw new NotAllowedException("Capability assessments are for the statistics focal points, supervisors "
                    + "and analysts of members and of the Secretariat");
        }
    }

    private static void requireFill(EadsUser user) {
        if (!mayFill(user)) {
            throw new NotAllowedException("Only a member's statistics focal point or supervisor fills its capability "
                    + "assessment");
        }
    }

    private CapabilityAssessment assemble(AssessmentStore.Row r) {
        CrimeAreasInForce.Version version = crimeAreas.forYear(r.year()).orElseThrow();
        List<Answer> answers = store.answers(r.id());
        return AssessmentStore.assessment(r, version.areas(), answers,
                r.status() == Status.DRAFT ? AnswerChecks.outstanding(answers, version) : List.of());
    }

    private static List<CapabilityAssessment.Change> changes(List<Answer> before, List<Answer> after) {
        List<CapabilityAssessment.Change> out = new ArrayList<>();
        for (Answer a : after) {
            Answer b = before.stream().filter(x -> x.crimeArea().equals(a.crimeArea()) && x.dimension() == a.dimension())
                    .findFirst().orElse(new Answer(a.crimeArea(), a.dimension(), null, null, null));
            boolean evidence = !Objects.equals(a.evidence(), b.evidence());
            boolean need = !Objects.equals(a.trainingNeed(), b.trainingNeed());
            if (!Objects.equals(a.score(), b.score()) || evidence || need) {
                out.add(new CapabilityAssessment.Change(a.crimeArea(), a.dimension(), b.score(), a.score(), evidence,
                        need));
            }
        }
        return out;
    }

    private Recipients secretariatFocalPoints() {
        Recipients to = null;
        for (Member m : members.all()) {
            if (m.kind() == MemberKind.SECRETARIAT) {
                Recipients r = Recipients.role(m.code(), Role.STATISTICS_FOCAL_POINT);
                to = to == null ? r : to.and(r);
            }
        }
        return to;
    }

    private void viewed(EadsUser user, String id, String details) {
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_VIEW,
                "CAPABILITY_ASSESSMENT", id).withDetails(details));
    }

    private void changed(EadsUser user, UUID id, String details) {
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_CHANGE,
                "CAPABILITY_ASSESSMENT", id.toString()).withDetails(details));
    }
}
