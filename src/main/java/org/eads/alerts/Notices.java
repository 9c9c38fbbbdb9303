package org.eads.alerts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.eads.alerts.internal.AlertStore;
import org.eads.alerts.internal.notices.NoticeStore;
import org.eads.alerts.internal.notices.NoticeStore.StoredReference;
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
import org.eads.records.Problems;
import org.eads.records.Records;
import org.eads.records.SharedRecord;
import org.eads.sharing.RecordSharing;
import org.eads.sharing.SharingPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices: a member tells others to arrest, locate, identify or beware of someone or something, after INTERPOL's
 * colour-coded notices. A notice is drafted, approved by a supervisor of the issuing member other than its drafter
 * (a supervisor's own draft needs no one else), issued to its distribution through one NOTICE notification, then
 * updated or cancelled with notifications that refer to the first one; it expires after its expiry date. Only the
 * issuing member and the members of the distribution learn that it exists; the records it names are shown to each
 * viewer only as the records' own sharing allows. Every list, view and change is audited.
 */
@Service
public class Notices {

    public static final String OBJECT = "NOTICE";
    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 2_000;
    public static final int MAX_DETAILS = 20_000;
    public static final int MAX_REASON = 2_000;
    public static final int MAX_RECORDS = 50;
    public static final int MAX_YEARS = 10;
    private static final int LIST_LIMIT = 500;

    private final NoticeStore store;
    private final AlertStore alertStore;
    private final Alerts alerts;
    private final Records records;
    private final SharingPolicy sharing;
    private final Members members;
    private final AuditLog audit;
    private final Clock clock;

    public Notices(NoticeStore store, AlertStore alertStore, Alerts alerts, Records records, SharingPolicy sharing,
                   Members members, AuditLog audit, Clock clock) {
        this.store = store;
        this.alertStore = alertStore;
        this.alerts = alerts;
        this.records = records;
        this.sharing = sharing;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    /** Writes a new draft of the user's member. Nothing is sent until it is issued. */
    @Transactional
    public Notice draft(EadsUser user, NoticeInput in) {
        if (!user.hasAny(Role.OFFICER, Role.ANALYST, Role.SUPERVISOR, Role.API_CLIENT)) {
            throw forbidden("Your roles do not allow drafting notices");
        }
        Checked checked = check(user, in, null);
        UUID id = UUID.randomUUID();
        store.insert(id, in, user.memberCode(), user.id(), clock.instant());
        store.replaceMembers(id, checked.members());
        store.replaceRecords(id, checked.references());
        record(user, AuditAction.NOTICE_DRAFT, id, in.type() + " " + in.distribution());
        return get(id, true);
    }

    /**
     * Changes a notice: a draft is rewritten (by its drafter or a supervisor of the member); an issued notice is
     * updated by a supervisor of the issuing member, which sends an UPDATE notification to the distribution. The
     * distribution of an issued notice cannot change: cancel it and issue another.
     */
    @Transactional
    public Notice change(EadsUser user, UUID id, NoticeInput in) {
        Notice n = visible(user, id, true);
        NoticeView.Permissions may = permissions(user, n);
        if (n.status() == NoticeStatus.DRAFT && may.edit()) {
            Checked checked = check(user, in, null);
            store.updateContent(id, in);
            store.replaceMembers(id, checked.members());
            store.replaceRecords(id, checked.references());
            record(user, AuditAction.NOTICE_DRAFT, id, "changed");
            return get(id, false);
        }
        if (!may.update()) {
            throw switch (n.status()) {
                case DRAFT -> forbidden("Only the drafter or a supervisor of " + n.issuingMember()
                        + " may change this draft");
                case ISSUED, UPDATED -> forbidden("Only a supervisor of " + n.issuingMember()
                        + " may update an issued notice");
                default -> conflict("A notice that is " + words(n.status()) + " cannot be changed");
            };
        }
        Checked checked = check(user, in, n);
        store.updateContent(id, in);
        store.replaceRecords(id, checked.references());
        Instant now = clock.instant();
        store.updated(id, now);
        Notice changed = get(id, false);
        alerts.send(new Sender(user.id(), n.issuingMember()), alert(changed, "Updated: ", changed.members())
                .following(MessageType.UPDATE, n.firstAlert()));
        record(user, AuditAction.NOTICE_UPDATE, id, "revision " + changed.revision());
        return changed;
    }

    /**
     * Sends a draft on its way: a supervisor's draft is issued at once; anyone else's waits for a supervisor of the
     * member to approve it.
     */
    @Transactional
    public Notice submit(EadsUser user, UUID id) {
        Notice n = visible(user, id, true);
        if (!permissions(user, n).submit()) {
            throw n.status() == NoticeStatus.DRAFT
                    ? forbidden("Only the drafter or a supervisor of " + n.issuingMember() + " may submit this draft")
                    : conflict("Only a draft can be submitted: this notice is " + words(n.status()));
        }
        requireFutureExpiry(n);
        if (user.has(Role.SUPERVISOR)) {
            return issue(user, n, "issued by a supervisor");
        }
        store.submitted(id, clock.instant());
        record(user, AuditAction.NOTICE_SUBMIT, id, "for approval");
        return get(id, false);
    }

    /** A supervisor of the issuing member, other than the drafter, approves a notice: it is issued. */
    @Transactional
    public Notice approve(EadsUser user, UUID id) {
        Notice n = approvable(user, id);
        requireFutureExpiry(n);
        record(user, AuditAction.NOTICE_APPROVE, id, null);
        return issue(user, n, "approved");
    }

    /** A supervisor sends a notice awaiting approval back to its drafter, saying why. */
    @Transactional
    public Notice reject(EadsUser user, UUID id, String reason) {
        approvable(user, id);
        String why = requireReason(reason);
        store.rejected(id, why);
        record(user, AuditAction.NOTICE_REJECT, id, why);
        return get(id, false);
    }

    /**
     * Cancels a notice. An issued one (by a supervisor of the issuing member or its drafter) sends a CANCEL
     * notification to the distribution; a draft is simply withdrawn.
     */
    @Transactional
    public Notice cancel(EadsUser user, UUID id, String reason) {
        Notice n = visible(user, id, true);
        if (!permissions(user, n).cancel()) {
            throw n.status() == NoticeStatus.CANCELLED || n.status() == NoticeStatus.EXPIRED
                    ? conflict("A notice that is " + words(n.status()) + " cannot be cancelled")
                    : forbidden("Only the drafter or a supervisor of " + n.issuingMember() + " may cancel this notice");
        }
        String why = requireReason(reason);
        store.cancelled(id, user.id(), why, clock.instant());
        Notice cancelled = get(id, false);
        if (n.issued()) {
            alerts.send(new Sender(user.id(), n.issuingMember()), alert(cancelled, "Cancelled: ", cancelled.members())
                    .body("Cancelled: " + why).requiringAck(false)
                    .following(MessageType.CANCEL, n.firstAlert()));
        }
        record(user, AuditAction.NOTICE_CANCEL, id, why);
        return cancelled;
    }

    /**
     * The user's member will not act on a notice on its territory: a supervisor or focal point of a member of the
     * distribution says so, with the reason. Flagging again replaces the reason. The issuing member, the Secretariat
     * and the flagging member see the flag; nobody else does.
     */
    @Transactional
    public NoticeFlag flag(EadsUser user, UUID id, String reason) {
        Notice n = visible(user, id, true);
        if (!permissions(user, n).flag()) {
            throw flagRefusal(user, n);
        }
        String why = requireReason(reason);
        store.flag(id, user.memberCode(), why, user.id(), clock.instant());
        record(user, AuditAction.NOTICE_FLAG, id, user.memberCode() + ": " + why);
        return ownFlag(user, id);
    }

    /** Withdraws the user's member's flag. */
    @Transactional
    public void unflag(EadsUser user, UUID id) {
        Notice n = visible(user, id, true);
        if (!permissions(user, n).flag() || !store.unflag(id, user.memberCode())) {
            throw conflict("Your member has no flag on this notice that you may withdraw");
        }
        record(user, AuditAction.NOTICE_FLAG, id, user.memberCode() + " withdrew its flag");
    }

    /** The notice as the user sees it; audited, refusals too (as not found). */
    public NoticeView view(EadsUser user, UUID id) {
        Optional<Notice> found = store.find(id, today(), false).filter(n -> maySee(user, n));
        audit.record(new AuditEvent(user.actor(CurrentUser.clientAddress()), AuditAction.NOTICE_VIEW, OBJECT,
                id.toString(), null, found.isPresent() ? "OK" : "NOT_FOUND", null));
        Notice n = found.orElseThrow(() -> new NoticeNotFoundException(id));
        boolean issuer = n.issuingMember().equals(user.memberCode());
        List<NoticeFlag> flags = store.flags(id).stream()
                .filter(f -> issuer || user.memberKind() == MemberKind.SECRETARIAT
                        || f.memberCode().equals(user.memberCode()))
                .toList();
        return new NoticeView(n, references(user, n), flags, pendingAlert(user, n),
                issuer && n.firstAlert() != null ? alerts.acknowledgements(n.firstAlert()) : List.of(),
                flags.stream().filter(f -> f.memberCode().equals(user.memberCode())).findFirst().orElse(null),
                permissions(user, n));
    }

    /** The notices the user may see, newest first; audited with the filter. */
    public List<Notice> list(EadsUser user, NoticeFilter filter) {
        List<Notice> found = store.list(new NoticeStore.Viewer(user.id(), user.memberCode(),
                user.has(Role.SUPERVISOR)), filter, today(), LIST_LIMIT);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.NOTICE_LIST, OBJECT, null)
                .withDetails(filter.describe()));
        return found;
    }

    /** The notices of the user's member waiting for a supervisor's approval that the user may give. */
    public List<Notice> awaitingApproval(EadsUser user) {
        if (!user.has(Role.SUPERVISOR)) {
            return List.of();
        }
        List<Notice> found = store.awaitingApproval(user.memberCode(), user.id(), today());
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.NOTICE_LIST, OBJECT, null)
                .withDetails("awaiting approval"));
        return found;
    }

    /** Acknowledges the user's notification about the notice that awaits it ({@code via} PAGE or API). */
    @Transactional
    public InboxEntry acknowledge(EadsUser user, UUID id, String via) {
        Notice n = visible(user, id, false);
        UUID pending = pendingAlert(user, n);
        if (pending == null) {
            throw conflict("Nothing to acknowledge: no notification about this notice awaits your acknowledgement");
        }
        return alerts.acknowledge(user, pending, via);
    }

    /**
     * The latest notification about an issued notice the user may see (its CAP message describes the notice as it
     * now stands); 404 when there is none.
     */
    public UUID latestAlert(EadsUser user, UUID id) {
        Notice n = visible(user, id, false);
        List<Alert> sent = alerts.about(OBJECT, id.toString());
        if (sent.isEmpty()) {
            throw new NoticeNotFoundException(id);
        }
        return sent.getLast().id();
    }

    /** The members that may receive notices, for the form: everyone but the user's own member. */
    public List<Member> addressableMembers(EadsUser user) {
        return members.all().stream().filter(m -> m.active() && !m.code().equals(user.memberCode())).toList();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private Notice issue(EadsUser approver, Notice n, String how) {
        Set<String> to = distribution(n.distribution(), n.members(), n.issuingMember());
        store.replaceMembers(n.id(), to);
        UUID first = alerts.send(new Sender(n.draftedBy(), n.issuingMember()), alert(n, "", to));
        store.issued(n.id(), approver.id(), first, clock.instant());
        record(approver, AuditAction.NOTICE_ISSUE, n.id(), how + ", to " + String.join(" ", new TreeSet<>(to)));
        return get(n.id(), false);
    }

    /** The notification of a notice, to its distribution; {@code prefix} says what happened ("Updated: "). */
    private static NewAlert alert(Notice n, String prefix, Set<String> to) {
        String subject = prefix + n.type().colourName() + " notice: " + n.title();
        return NewAlert.of(AlertKind.NOTICE, subject, Recipients.members(to))
                .severity(n.type().severity())
                .body(n.summary())
                .about(OBJECT, n.id().toString(), "/notices/" + n.id())
                .requiringAck(n.requiresAck())
                .exercise(n.exercise());
    }

    private record Checked(Set<String> members, List<StoredReference> references) {
    }

    /** Everything wrong with the input, at once; {@code issued} is the notice being updated, if it is issued. */
    private Checked check(EadsUser user, NoticeInput in, Notice issued) {
        Problems p = new Problems();
        p.require(in.type(), "type");
        p.require(in.title(), "title");
        p.maxLength(in.title(), "title", MAX_TITLE);
        p.require(in.summary(), "summary");
        p.maxLength(in.summary(), "summary", MAX_SUMMARY);
        p.maxLength(in.details(), "details", MAX_DETAILS);
        p.require(in.distribution(), "distribution");
        p.require(in.expiresOn(), "expiresOn");
        LocalDate today = today();
        if (in.expiresOn() != null && !in.expiresOn().isAfter(today)) {
            p.add("expiresOn", "must be after today (" + today + ", UTC)");
        } else if (in.expiresOn() != null && in.expiresOn().isAfter(today.plusYears(MAX_YEARS))) {
            p.add("expiresOn", "must be within " + MAX_YEARS + " years");
        }
        Set<String> to = Set.of();
        if (in.distribution() == Distribution.SELECTED) {
            Map<String, Member> known = members.byCode();
            int i = 0;
            for (String code : in.members()) {
                if (!known.containsKey(code)) {
                    p.add("members[" + i + "]", "'" + code + "' is not a member of e-ADS");
                } else if (code.equals(user.memberCode())) {
                    p.add("members[" + i + "]", "is your own member: it always sees its notices");
                }
                i++;
            }
            if (in.members().isEmpty()) {
                p.add("members", "name at least one member to send the notice to");
            }
        }
        if (in.distribution() != null) {
            to = distribution(in.distribution(), in.members(), user.memberCode());
        }
        if (issued != null && (in.distribution() != issued.distribution() || !to.equals(issued.members()))) {
            p.add("distribution", "cannot change once the notice is issued: cancel it and issue a new notice");
        }
        List<StoredReference> references = references(user, in.records(), p);
        p.throwIfAny();
        return new Checked(to, references);
    }

    private List<StoredReference> references(EadsUser user, List<UUID> ids, Problems p) {
        if (ids.size() > MAX_RECORDS) {
            p.add("records", "at most " + MAX_RECORDS + " records");
            return List.of();
        }
        List<StoredReference> out = new ArrayList<>();
        Set<UUID> seen = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            if (id == null) {
                p.add("records[" + i + "]", "is empty");
            } else if (seen.add(id)) {
                Optional<SharedRecord> r = records.view(user, id, "referred to in a notice");
                if (r.isEmpty()) {
                    p.add("records[" + i + "]", "record " + id + " not found: it does not exist, or it is not "
                            + "shared with you");
                } else {
                    out.add(new StoredReference(id, r.get().ownerMember()));
                }
            }
        }
        return out;
    }

    /** The members a distribution names, without the issuing member (which sees its notices anyway). */
    private Set<String> distribution(Distribution d, Set<String> selected, String issuer) {
        Set<String> out = new TreeSet<>();
        if (d == Distribution.SELECTED) {
            out.addAll(selected);
        } else {
            for (Member m : members.all()) {
                boolean member = m.kind() == MemberKind.MEMBER || m.kind() == MemberKind.SECRETARIAT;
                if (m.active() && (member || d == Distribution.MEMBERS_AND_PARTNERS && m.kind() == MemberKind.PARTNER)) {
                    out.add(m.code());
                }
            }
        }
        out.remove(issuer);
        return out;
    }

    /** The referenced records as the viewer may see them: a record's label only if its own sharing allows. */
    private List<ReferencedRecord> references(EadsUser user, Notice n) {
        List<ReferencedRecord> out = new ArrayList<>();
        for (StoredReference ref : store.records(n.id())) {
            Optional<RecordSharing> current = records.sharingForScreening(ref.recordId());
            Optional<SharedRecord> shown = current.filter(s -> sharing.maySee(user, s))
                    .flatMap(s -> records.view(user, ref.recordId(), "notice " + n.id()));
            out.add(shown.map(r -> new ReferencedRecord(r.id(), r.label(), r.type().name(), r.ownerMember(), true,
                            true))
                    .orElseGet(() -> new ReferencedRecord(null, null, null, ref.ownerMember(), false,
                            current.isPresent())));
        }
        return out;
    }

    /** The user's latest notification about the notice that still awaits their acknowledgement. */
    private UUID pendingAlert(EadsUser user, Notice n) {
        UUID pending = null;
        for (Alert a : alerts.about(OBJECT, n.id().toString())) {
            Optional<InboxEntry> entry = alertStore.entry(user.id(), a.id());
            if (entry.isPresent() && entry.get().awaitingAck()) {
                pending = a.id();
            }
        }
        return pending;
    }

    private boolean maySee(EadsUser user, Notice n) {
        if (n.issuingMember().equals(user.memberCode())) {
            return n.issued() || n.draftedBy() == user.id() || user.has(Role.SUPERVISOR);
        }
        return n.issued() && n.members().contains(user.memberCode());
    }

    private NoticeView.Permissions permissions(EadsUser user, Notice n) {
        boolean own = n.issuingMember().equals(user.memberCode());
        boolean drafter = n.draftedBy() == user.id();
        boolean supervisor = own && user.has(Role.SUPERVISOR);
        boolean draft = n.status() == NoticeStatus.DRAFT && own && (drafter || supervisor);
        boolean inForce = n.status().inForce();
        return new NoticeView.Permissions(
                draft,
                draft,
                n.status() == NoticeStatus.PENDING_APPROVAL && supervisor && !drafter,
                inForce && supervisor,
                own && (n.status().inPreparation() || inForce) && (drafter || supervisor),
                inForce && !own && n.members().contains(user.memberCode())
                        && user.hasAny(Role.SUPERVISOR, Role.FOCAL_POINT));
    }

    /** The notice, locked, if it awaits an approval the user may give; refused otherwise. */
    private Notice approvable(EadsUser user, UUID id) {
        Notice n = visible(user, id, true);
        if (permissions(user, n).approve()) {
            return n;
        }
        if (n.status() != NoticeStatus.PENDING_APPROVAL) {
            throw conflict("Only a notice awaiting approval can be approved or sent back: this one is "
                    + words(n.status()));
        }
        if (n.draftedBy() == user.id()) {
            throw forbidden("The drafter of a notice cannot approve it: another supervisor of " + n.issuingMember()
                    + " must");
        }
        throw forbidden("Only a supervisor of " + n.issuingMember() + " may approve its notices");
    }

    private static NoticeStateException flagRefusal(EadsUser user, Notice n) {
        if (!n.status().inForce()) {
            return conflict("Only a notice in force can be flagged: this one is " + words(n.status()));
        }
        if (n.issuingMember().equals(user.memberCode())) {
            return conflict("The issuing member does not flag its own notice: update or cancel it instead");
        }
        return forbidden("Only a supervisor or focal point of " + user.memberCode() + " may flag a notice for it");
    }

    /** Refused for who the caller is (someone who may see the notice): 403. */
    private static NoticeStateException forbidden(String why) {
        return new NoticeStateException(HttpStatus.FORBIDDEN, why);
    }

    /** Refused for the state the notice is in: 409. */
    private static NoticeStateException conflict(String why) {
        return new NoticeStateException(HttpStatus.CONFLICT, why);
    }

    private void requireFutureExpiry(Notice n) {
        if (!n.expiresOn().isAfter(today())) {
            throw new InvalidRecordException("expiresOn", "the expiry date " + n.expiresOn()
                    + " has passed: change it before the notice is issued");
        }
    }

    private static String requireReason(String reason) {
        Problems p = new Problems();
        p.require(reason, "reason");
        p.maxLength(reason, "reason", MAX_REASON);
        p.throwIfAny();
        return reason.strip();
    }

    private Notice visible(EadsUser user, UUID id, boolean lock) {
        return store.find(id, today(), lock).filter(n -> maySee(user, n))
                .orElseThrow(() -> new NoticeNotFoundException(id));
    }

    private Notice get(UUID id, boolean lock) {
        return store.find(id, today(), lock).orElseThrow(() -> new NoticeNotFoundException(id));
    }

    private NoticeFlag ownFlag(EadsUser user, UUID id) {
        return store.flags(id).stream().filter(f -> f.memberCode().equals(user.memberCode())).findFirst()
                .orElseThrow();
    }

    private void record(EadsUser user, AuditAction action, UUID id, String details) {
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), action, OBJECT, id.toString())
                .withDetails(details));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String words(NoticeStatus s) {
        return s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
