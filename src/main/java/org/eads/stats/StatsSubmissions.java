package org.eads.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
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
import org.eads.records.Problems;
import org.eads.stats.internal.submission.SubmissionStore;
import org.eads.stats.internal.submission.ValueText;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' crime statistics, one submission per member and reporting period, and their approval. A member's
 * statistics focal point (or supervisor) fills a draft; the member's supervisor submits it once the validation rules
 * raise nothing that stops it; a Secretariat statistics focal point accepts it, which makes its values the accepted
 * values in force ({@code stats_fact}) in the same transaction, or returns it with comments. Accepted data is locked:
 * a change is a new revision with a reason, starting from the accepted values, and the history of revisions is kept.
 * A member's users see only their member's submissions (another member's answer 404); the Secretariat sees all.
 * Every view is audited as STATS_VIEW and every change as STATS_CHANGE; the people concerned are told through alerts.
 */
@Service
public class StatsSubmissions {

    private static final String OBJECT = "STATS_SUBMISSION";
    public static final int MAX_COMMENT = 2000;

    private final SubmissionStore store;
    private final Classifications classifications;
    private final ValidationRules rules;
    private final Members members;
    private final Alerts alerts;
    private final AuditLog audit;
    private final Clock clock;

    public StatsSubmissions(SubmissionStore store, Classifications classifications, ValidationRules rules,
                            Members members, Alerts alerts, AuditLog audit, Clock clock) {
        this.store = store;
        this.classifications = classifications;
        this.rules = rules;
        this.members = members;
        this.alerts = alerts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The user's member's open submission for a period, or a new draft when there is none. A period can be reported
     * once it is over; an accepted period takes a new revision instead.
     */
    @Transactional
    public Submission open(EadsUser user, String periodText) {
        requireEdit(user, user.memberCode());
        Period period = Period.parse(periodText, "period");
        Optional<Submission> open = store.open(user.memberCode(), period);
        if (open.isPresent()) {
            return open.get();
        }
        String problem = notReportable(period, classifications.firstYear(), LocalDate.now(clock));
        if (problem != null) {
            throw new InvalidRecordException("period", problem);
        }
        if (store.accepted(user.memberCode(), period).isPresent()) {
            throw new InvalidRecordException("period", lockedMessage(period));
        }
        return create(user, period);
    }

    private Submission create(EadsUser user, Period period) {
        UUID id = UUID.randomUUID();
        Classification c = classifications.inForce(period.year());
        try {
            store.insert(id, user.memberCode(), period, store.lastRevision(user.memberCode(), period) + 1,
                    c.version(), null, user.username());
        } catch (DuplicateKeyException e) {
            // someone of the member started it at the same moment: theirs is the draft
            return store.open(user.memberCode(), period).orElseThrow(() -> e);
        }
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_CHANGE, OBJECT,
                id.toString()).withDetails("draft started for " + user.memberCode() + " " + period));
        return store.find(id).orElseThrow();
    }

    /** A submission with its values; audited. */
    public Submission get(EadsUser user, UUID id) {
        Submission s = visible(user, id);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_VIEW, OBJECT,
                id.toString()).withDetails(s.member() + " " + s.period() + " revision " + s.revision()));
        return s.withValues(store.values(id));
    }

    /** A submission with its values, the classification it is read under and its validation issues. */
    public record SubmissionView(Submission submission, Classification classification, List<ValidationIssue> issues) {
    }

    /** A submission as its page shows it: values, classification and issues; audited once. */
    public SubmissionView view(EadsUser user, UUID id) {
        Submission s = get(user, id);
        return new SubmissionView(s, classificationOf(s), issues(s, s.values()));
    }

    /**
     * Submissions the user may see, newest change first: of a member (the user's own unless at the Secretariat), a
     * year and a state, each optional. Audited.
     */
    public List<Submission> list(EadsUser user, String member, Integer year, SubmissionStatus status) {
        StatsAccess.requireView(user);
        String m = member == null || member.isBlank() ? null : member.strip().toUpperCase(Locale.ROOT);
        if (!StatsAccess.secretariat(user)) {
            if (m != null && !m.equals(user.memberCode())) {
                return List.of();
            }
            m = user.memberCode();
        }
        List<Submission> out = store.list(m, year, status == null ? List.of() : List.of(status), 500);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_VIEW, OBJECT, null)
                .withDetails("list of " + out.size() + (m == null ? "" : " of " + m) + (year == null ? "" : " in "
                        + year) + (status == null ? "" : ", " + status)));
        return out;
    }

    /** What the user has to do: their member's drafts and returned submissions, and those waiting for validation. */
    public StatsTodo todo(EadsUser user) {
        StatsAccess.requireView(user);
        String member = StatsAccess.secretariat(user) ? null : user.memberCode();
        List<Submission> drafts = member == null ? List.of()
                : store.list(member, null, List.of(SubmissionStatus.DRAFT), 100);
        List<Submission> returned = member == null ? List.of()
                : store.list(member, null, List.of(SubmissionStatus.RETURNED), 100);
        List<Submission> waiting = store.list(member, null, List.of(SubmissionStatus.SUBMITTED), 200);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_VIEW, OBJECT, null)
                .withDetails("to do: " + drafts.size() + " drafts, " + returned.size() + " returned, "
                        + waiting.size() + " waiting"));
        return new StatsTodo(drafts, returned, waiting);
    }

    /**
     * Replaces the values of an editable submission with these (a value left blank is not reported). Every value is
     * checked, and one that the blocking rules on single values refuse (a negative count) is not saved; the other
     * rules are checked on validation and submission.
     */
    @Transactional
    public Submission putValues(EadsUser user, UUID id, List<ValueInput> inputs) {
        Submission s = editable(user, id);
        Period period = s.parsedPeriod();
        Classification c = classifications.inForce(period.year());
        Problems problems = new Problems();
        List<ReportedValue> values = new ArrayList<>();
        Map<Classification.Cell, Integer> index = new HashMap<>();
        for (int i = 0; i < (inputs == null ? 0 : inputs.size()); i++) {
            Problems at = problems.at("values[" + i + "]");
            ReportedValue v = inputs.get(i).check(c, period, at);
            if (v == null) {
                continue;
            }
            Integer before = index.putIfAbsent(v.cell(), i);
            if (before != null) {
                at.add("indicator", c.label(v.cell()) + " is also given in values[" + before + "]");
            } else {
                values.add(v);
            }
        }
        Map<Classification.Cell, ReportedValue> byCell = ReportedValue.byCell(values);
        for (ValidationIssue issue : rules.refusedAtEntry(List.of(new ValidationRules.Target(period, c, byCell)))
                .getFirst()) {
            Classification.Cell cell = new Classification.Cell(issue.crimeArea(), issue.indicator(),
                    issue.disaggregation());
            problems.at("values[" + index.getOrDefault(cell, 0) + "]").add("value", issue.message());
        }
        ValueText.refuseNegative(values, c, v -> "values[" + index.get(v.cell()) + "].value", problems);
        problems.throwIfAny();
        store.replaceValues(id, values);
        store.touch(id, c.version());
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_CHANGE, OBJECT,
                id.toString()).withDetails("saved " + values.size() + " values"));
        return store.find(id).orElseThrow().withValues(store.values(id));
    }

    /** The validation issues of a submission's values as they stand; audited as a view. */
    public List<ValidationIssue> validate(EadsUser user, UUID id) {
        Submission s = visible(user, id);
        List<ValidationIssue> issues = issues(s, store.values(id));
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_VIEW, OBJECT,
                id.toString()).withDetails("validated: " + issues.size() + " issues"));
        return issues;
    }

    /** The classification a submission is read under: the one in force while it is editable, its own after. */
    public Classification classificationOf(Submission s) {
        return s.status().editable() ? classifications.inForce(s.parsedPeriod().year())
                : classifications.version(s.classification());
    }

    private List<ValidationIssue> issues(Submission s, List<ReportedValue> values) {
        Classification c = classificationOf(s);
        List<ValidationIssue> out = new ArrayList<>();
        for (ReportedValue v : values) {
            Classification.CellProblem p = c.problem(v.crimeArea(), v.indicator(), v.disaggregation(),
                    s.parsedPeriod().periodicity());
            if (p != null) {
                out.add(new ValidationIssue("CLASSIFICATION", ValidationRule.Severity.BLOCKING, v.crimeArea(),
                        v.indicator(), v.disaggregation(), p.message() + " in classification version " + c.version()
                        + ": remove the value", false));
            }
        }
        out.addAll(rules.check(s.member(), List.of(new ValidationRules.Target(s.parsedPeriod(), c, ReportedValue.byCell(values))))
                .getFirst());
        return out;
    }

    /** The member's supervisor submits a draft or returned submission to the Secretariat. */
    @Transactional
    public Submission submit(EadsUser user, UUID id) {
        Submission s = locked(user, id);
        if (!StatsAccess.maySubmit(user, s.member())) {
            throw new NotAllowedException("Only a supervisor of " + s.member() + " submits its statistics to the "
                    + "Secretariat");
        }
        if (!s.status().editable()) {
            throw new InvalidRecordException("status", "the submission is " + s.status() + ": only a draft or a "
                    + "returned submission is submitted");
        }
        List<ReportedValue> values = store.values(id);
        if (values.isEmpty()) {
            throw new InvalidRecordException("values", "there is nothing to submit: enter at least one value");
        }
        refuseIfStopped(issues(s, values), true);
        Classification c = classifications.inForce(s.parsedPeriod().year());
        store.markSubmitted(id, user.username(), c.version());
        Submission after = store.find(id).orElseThrow();
        for (String secretariat : secretariats()) {
            alerts.send(Sender.of(user), NewAlert.of(AlertKind.STATISTICS, "Crime statistics to validate: "
                            + memberName(s.member()) + ", " + s.parsedPeriod().label()
                            + (s.revision() > 1 ? " (revision " + s.revision() + ")" : ""),
                    Recipients.role(secretariat, Role.STATISTICS_FOCAL_POINT))
                    .body(values.size() + " values submitted by " + user.displayName()
                            + (s.revisionReason() == null ? "" : ". Reason for the revision: " + s.revisionReason()))
                    .about(OBJECT, id.toString(), "/stats/submissions/" + id));
        }
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_CHANGE, OBJECT,
                id.toString()).withDetails("submitted " + s.member() + " " + s.period() + " revision " + s.revision()));
        return after;
    }

    /**
     * A Secretariat statistics focal point accepts a submitted submission: its values become the accepted values in
     * force for the member and period, replacing those of the revision it supersedes, in this transaction.
     */
    @Transactional
    public Submission accept(EadsUser user, UUID id, String comment) {
        Submission s = reviewable(user, id);
        String note = comment(comment, false);
        List<ReportedValue> values = store.values(id);
        refuseIfStopped(issues(s, values).stream()
                .filter(i -> i.severity() == ValidationRule.Severity.BLOCKING).toList(), false);
        Period period = s.parsedPeriod();
        Optional<Submission> before = store.accepted(s.member(), period);
        before.ifPresent(b -> store.markSuperseded(b.id()));
        store.markReviewed(id, SubmissionStatus.ACCEPTED, user.username(), note);
        int facts = store.writeFacts(s, period);
        alerts.send(Sender.of(user), NewAlert.of(AlertKind.STATISTICS, "Crime statistics accepted: "
                        + period.label() + (s.revision() > 1 ? " (revision " + s.revision() + ")" : ""),
                Recipients.role(s.member(), Role.STATISTICS_FOCAL_POINT))
                .body(note == null ? "Accepted by the Secretariat." : "Accepted by the Secretariat: " + note)
                .about(OBJECT, id.toString(), "/stats/submissions/" + id));
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_CHANGE, OBJECT,
                id.toString()).withDetails("accepted " + s.member() + " " + s.period() + " revision " + s.revision()
                + ": " + facts + " values in force" + before.map(b -> ", superseding revision " + b.revision())
                .orElse("")));
        return store.find(id).orElseThrow();
    }

    /** A Secretariat statistics focal point returns a submitted submission to the member with comments. */
    @Transactional
    public Submission returnToMember(EadsUser user, UUID id, String comment) {
        Submission s = reviewable(user, id);
        String why = comment(comment, true);
        store.markReviewed(id, SubmissionStatus.RETURNED, user.username(), why);
        alerts.send(Sender.of(user), NewAlert.of(AlertKind.STATISTICS, "Crime statistics returned: "
                        + s.parsedPeriod().label() + (s.revision() > 1 ? " (revision " + s.revision() + ")" : ""),
                Recipients.role(s.member(), Role.STATISTICS_FOCAL_POINT))
                .body("Returned by the Secretariat: " + why)
                .about(OBJECT, id.toString(), "/stats/submissions/" + id));
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_CHANGE, OBJECT,
                id.toString()).withDetails("returned " + s.member() + " " + s.period() + ": " + why));
        return store.find(id).orElseThrow();
    }

    /**
     * Opens a new revision of accepted data, with the reason for the change: a draft that starts from the accepted
     * values. The accepted values stay in force until the revision is accepted.
     */
    @Transactional
    public Submission revise(EadsUser user, UUID id, String reason) {
        Submission s = locked(user, id);
        requireEdit(user, s.member());
        if (s.status() != SubmissionStatus.ACCEPTED) {
            throw new InvalidRecordException("status", "revision " + s.revision() + " is " + s.status()
                    + ": only the accepted revision is revised");
        }
        Period period = s.parsedPeriod();
        Optional<Submission> open = store.open(s.member(), period);
        if (open.isPresent()) {
            throw new InvalidRecordException("status", "revision " + open.get().revision() + " of " + period
                    + " is already open (" + open.get().status() + ")");
        }
        Problems p = new Problems();
        p.require(reason, "reason");
        p.maxLength(reason, "reason", 1000);
        p.throwIfAny();
        UUID next = UUID.randomUUID();
        store.insert(next, s.member(), period, store.lastRevision(s.member(), period) + 1, s.classification(),
                reason.strip(), user.username());
        store.copyValues(id, next);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_CHANGE, OBJECT,
                next.toString()).withDetails("revision of " + s.member() + " " + period + ": " + reason.strip()));
        return store.find(next).orElseThrow();
    }

    /** Every revision of the submission's member and period, with what each changed; audited. */
    public RevisionHistory history(EadsUser user, UUID id) {
        Submission s = visible(user, id);
        List<Submission> revisions = store.revisions(s.member(), s.period());
        Map<UUID, List<ReportedValue>> values = store.values(revisions.stream().map(Submission::id).toList());
        List<RevisionHistory.Revision> out = new ArrayList<>();
        Map<Classification.Cell, ReportedValue> previous = Map.of();
        for (Submission r : revisions) {
            Map<Classification.Cell, ReportedValue> current = ReportedValue.byCell(values.get(r.id()));
            out.add(new RevisionHistory.Revision(r, changes(previous, current)));
            previous = current;
        }
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_VIEW, OBJECT,
                id.toString()).withDetails("history of " + s.member() + " " + s.period()));
        return new RevisionHistory(s.member(), s.period(), out);
    }

    private static List<RevisionHistory.Change> changes(Map<Classification.Cell, ReportedValue> before,
                                                        Map<Classification.Cell, ReportedValue> after) {
        TreeSet<Classification.Cell> cells = new TreeSet<>(Comparator.comparing(Classification.Cell::crimeArea)
                .thenComparing(Classification.Cell::indicator).thenComparing(Classification.Cell::disaggregation));
        cells.addAll(before.keySet());
        cells.addAll(after.keySet());
        List<RevisionHistory.Change> out = new ArrayList<>();
        for (Classification.Cell cell : cells) {
            String b = before.containsKey(cell) ? before.get(cell).text() : null;
            String a = after.containsKey(cell) ? after.get(cell).text() : null;
            if (!java.util.Objects.equals(a, b)) {
                out.add(new RevisionHistory.Change(cell.crimeArea(), cell.indicator(), cell.disaggregation(), b, a));
            }
        }
        return out;
    }

    /**
     * Whether the member's data for a period can be written now, and into which draft: the open editable one, or a
     * new one (null draft, null problem). Otherwise why not (not over yet, submitted, accepted).
     */
    public record Writable(Period period, Submission draft, String problem) {
    }

    /** Whether the member's data for each period can be written now; for uploads, without side effects. */
    public Map<Period, Writable> writable(String member, java.util.Collection<Period> periods) {
        List<String> texts = periods.stream().map(Period::toString).toList();
        Map<String, Submission> open = store.open(member, texts);
        java.util.Set<String> accepted = store.acceptedPeriods(member, texts);
        int first = classifications.firstYear();
        LocalDate today = LocalDate.now(clock);
        Map<Period, Writable> out = new LinkedHashMap<>();
        for (Period p : periods) {
            Submission s = open.get(p.toString());
            String problem = notReportable(p, first, today);
            if (s != null && s.status() == SubmissionStatus.SUBMITTED) {
                problem = "period " + p + " is not open: its submission is waiting for the Secretariat's validation";
            } else if (s == null && problem == null && accepted.contains(p.toString())) {
                problem = "period " + p + " is not open: " + lockedMessage(p);
            }
            out.put(p, new Writable(p, s, s != null && s.status().editable() ? null : problem));
        }
        return out;
    }

    /** Values to write into the draft of a period: {@code set} replace those of their cells, {@code cleared} go. */
    public record Changes(Period period, List<ReportedValue> set, List<Classification.Cell> cleared) {
    }

    /**
     * Writes values into the user's member's drafts of several periods (creating those that do not exist), in a few
     * statements whatever the number of periods. For uploads, whose rows were checked already. Returns the drafts.
     */
    @Transactional
    public Map<Period, UUID> write(EadsUser user, List<Changes> changes, String how) {
        requireEdit(user, user.memberCode());
        String member = user.memberCode();
        Map<Period, Writable> writable = writable(member, changes.stream().map(Changes::period).toList());
        List<Problems.FieldProblem> problems = writable.values().stream().filter(w -> w.problem() != null)
                .map(w -> new Problems.FieldProblem("period", w.problem())).toList();
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(problems);
        }
        List<UUID> existing = writable.values().stream().filter(w -> w.draft() != null).map(w -> w.draft().id())
                .toList();
        if (store.lockEditable(existing) != existing.size()) {
            throw new InvalidRecordException("period", "a draft of these periods was submitted while the values were "
                    + "being written: nothing was written, write them again");
        }
        Map<Integer, Integer> versions = new HashMap<>();
        Map<String, Integer> revisions = store.lastRevisions(member, writable.values().stream()
                .filter(w -> w.draft() == null).map(w -> w.period().toString()).toList());
        List<SubmissionStore.NewDraft> created = new ArrayList<>();
        Map<Period, UUID> drafts = new LinkedHashMap<>();
        Map<UUID, Integer> touched = new LinkedHashMap<>();
        for (Changes c : changes) {
            int version = versions.computeIfAbsent(c.period().year(), classifications::versionInForce);
            Writable w = writable.get(c.period());
            UUID id = w.draft() != null ? w.draft().id() : UUID.randomUUID();
            if (w.draft() == null) {
                created.add(new SubmissionStore.NewDraft(id, c.period(),
                        revisions.getOrDefault(c.period().toString(), 0) + 1, version));
            }
            drafts.put(c.period(), id);
            touched.put(id, version);
        }
        store.insertDrafts(member, created, user.username());
        Map<UUID, List<ReportedValue>> set = new HashMap<>();
        Map<UUID, List<Classification.Cell>> cleared = new HashMap<>();
        changes.forEach(c -> {
            set.put(drafts.get(c.period()), c.set());
            cleared.put(drafts.get(c.period()), c.cleared());
        });
        store.mergeValues(set, cleared);
        store.touch(touched);
        // one entry for the whole write: an upload may fill hundreds of drafts, and each entry holds the chain's head
        List<String> periods = changes.stream().map(c -> c.period().toString()).sorted().toList();
        int values = changes.stream().mapToInt(c -> c.set().size() + c.cleared().size()).sum();
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_CHANGE, OBJECT,
                drafts.size() == 1 ? drafts.values().iterator().next().toString() : null)
                .withDetails(how + ": " + values + " values into the drafts of " + member + " "
                        + (periods.size() <= 12 ? String.join(", ", periods) : periods.getFirst() + " to "
                        + periods.getLast() + " (" + periods.size() + " periods)") + (created.isEmpty() ? ""
                        : ", " + created.size() + " of them started")));
        return drafts;
    }

    /** The values of several submissions, for the module's checks (not audited). */
    public Map<UUID, List<ReportedValue>> valuesOf(java.util.Collection<UUID> ids) {
        return store.values(ids);
    }

    /** Why a period cannot be reported yet, or null. */
    private static String notReportable(Period period, int first, LocalDate today) {
        if (period.year() < first) {
            return "period " + period + " is before " + first + ", the first year the classification covers";
        }
        if (!period.endedBefore(today)) {
            return "period " + period + " is not over yet: it can be reported from " + period.end().plusDays(1);
        }
        return null;
    }

    private static String lockedMessage(Period period) {
        return "the member's data for " + period + " is accepted and locked: open a new revision, with the reason "
                + "for the change, from the accepted submission";
    }

    /** The submission if the user may see it: of their own member, or any at the Secretariat; 404 otherwise. */
    private Submission visible(EadsUser user, UUID id) {
        StatsAccess.requireView(user);
        return store.find(id).filter(s -> StatsAccess.maySee(user, s.member()))
                .orElseThrow(() -> new SubmissionNotFoundException(id));
    }

    /** The same, locked for a change of state. */
    private Submission locked(EadsUser user, UUID id) {
        visible(user, id);
        return store.lock(id).orElseThrow(() -> new SubmissionNotFoundException(id));
    }

    private Submission editable(EadsUser user, UUID id) {
        Submission s = locked(user, id);
        requireEdit(user, s.member());
        if (!s.status().editable()) {
            throw new InvalidRecordException("status", "the submission is " + s.status() + " and cannot change"
                    + (s.status() == SubmissionStatus.ACCEPTED ? ": open a new revision with a reason" : ""));
        }
        return s;
    }

    private Submission reviewable(EadsUser user, UUID id) {
        Submission s = locked(user, id);
        if (!StatsAccess.mayReview(user)) {
            throw new NotAllowedException("Only the Secretariat's statistics focal points accept or return "
                    + "submissions");
        }
        if (s.status() != SubmissionStatus.SUBMITTED) {
            throw new InvalidRecordException("status", "the submission is " + s.status()
                    + ": only a submitted submission is accepted or returned");
        }
        return s;
    }

    private static void refuseIfStopped(List<ValidationIssue> issues, boolean warnings) {
        List<Problems.FieldProblem> stopping = issues.stream().filter(ValidationIssue::stops)
                .filter(i -> warnings || i.severity() == ValidationRule.Severity.BLOCKING)
                .map(i -> new Problems.FieldProblem("values", i.message()
                        + (i.severity() == ValidationRule.Severity.WARNING
                        ? " (explain it in the value's note to submit)" : "")))
                .toList();
        if (!stopping.isEmpty()) {
            throw new InvalidRecordException(stopping);
        }
    }

    private static String comment(String text, boolean required) {
        Problems p = new Problems();
        if (required) {
            p.require(text, "comment");
        }
        p.maxLength(text, "comment", MAX_COMMENT);
        p.throwIfAny();
        return text == null || text.isBlank() ? null : text.strip();
    }

    private List<String> secretariats() {
        return members.all().stream().filter(m -> m.kind() == MemberKind.SECRETARIAT).map(Member::code).toList();
    }

    private String memberName(String code) {
        return members.find(code).map(Member::name).orElse(code);
    }


    private static void requireEdit(EadsUser user, String member) {
        if (!StatsAccess.mayEdit(user, member)) {
            throw new NotAllowedException("Only statistics focal points and supervisors of " + member
                    + " enter its statistics");
        }
    }
}
