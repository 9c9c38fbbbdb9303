package org.eads.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eads.alerts.internal.followup.HitStore;
import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.records.InvalidRecordException;
import org.eads.records.Problems;
import org.eads.screening.SearchHit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hits on a member's records by other members' searches, and their follow-up: the owner's focal points are told who
 * searched, from where, when, for what and how well it matched; both sides then exchange messages and attachments
 * and record what came of it. Only people of the two members see a hit; the searching side sees the record only as
 * its sharing allows.
 */
@Service
public class Hits {

    /** Searches of the same record by the same person within this time count on one hit, told once. */
    public static final Duration SAME_HIT = Duration.ofHours(24);
    public static final int MAX_MESSAGE = 10_000;
    public static final int MAX_ATTACHMENT = 10 * 1024 * 1024;

    private static final Set<Role> FOLLOW_UP_ROLES = Set.of(Role.OFFICER, Role.ANALYST, Role.SUPERVISOR,
            Role.FOCAL_POINT, Role.API_CLIENT);

    private final HitStore store;
    private final Alerts alerts;
    private final AuditLog audit;
    private final Clock clock;

    public Hits(HitStore store, Alerts alerts, AuditLog audit, Clock clock) {
        this.store = store;
        this.alerts = alerts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a hit and tells the record's owner, unless the same person hit the same record within the last day:
     * then the search is counted on that hit.
     */
    @Transactional
    public UUID record(SearchHit e) {
        var recent = store.addToRecent(e, e.at().minus(SAME_HIT));
        if (recent.isPresent()) {
            return recent.get();
        }
        UUID id = UUID.randomUUID();
        store.insert(id, e);
        String what = e.recordType() == null ? "record" : e.recordType().toLowerCase().replace('_', ' ') + " record";
        UUID alert = alerts.send(new Sender(e.searcherId(), e.searcherMember()),
                NewAlert.of(AlertKind.HIT, "Hit by " + e.searcherMember() + " on your " + what,
                                Recipients.role(e.ownerMember(), Role.FOCAL_POINT))
                        .body("A search by " + e.searcher() + " (" + e.searcherMember() + ") matched your record "
                                + "with a score of " + Math.round(e.score() * 100) + "%. Query: " + e.query())
                        .about("HIT", id.toString(), "/hits/" + id));
        store.setAlert(id, alert);
        return id;
    }

    private HitStore.Sides sides(EadsUser user, UUID id) {
        HitStore.Sides s = store.sides(id).orElseThrow(() -> AlertNotFoundException.hit(id));
        boolean member = user.memberCode().equals(s.ownerMember()) || user.memberCode().equals(s.searcherMember());
        if (!member || user.roles().stream().noneMatch(FOLLOW_UP_ROLES::contains)) {
            throw AlertNotFoundException.hit(id);
        }
        return s;
    }

    /** One hit with its thread, for a person of the owning or the searching member. Audited. */
    public Hit view(EadsUser user, UUID id) {
        HitStore.Sides s = sides(user, id);
        Hit hit = store.find(id, user.memberCode().equals(s.ownerMember())).orElseThrow();
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.HIT_VIEW, "HIT",
                id.toString()));
        return hit;
    }

    /** Hits on the user's member's records ({@code received}) or made by its searches, newest first. */
    public List<Hit> list(EadsUser user, boolean received, int page, int size) {
        if (user.roles().stream().noneMatch(FOLLOW_UP_ROLES::contains)) {
            return List.of();
        }
        int s = Math.clamp(size, 1, 200);
        List<Hit> hits = store.list(user.memberCode(), received, s, Math.max(page, 0) * s);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.HIT_VIEW, "HIT", null)
                .withDetails(received ? "hits on our records" : "hits of our searches"));
        return hits;
    }

    /**
     * Adds a message, with an attachment or not, to a hit's thread; the other side is told. Audited.
     */
    @Transactional
    public long post(EadsUser user, UUID id, String body, Hit.Attachment attachment) {
        HitStore.Sides s = sides(user, id);
        Problems p = new Problems();
        p.require(body, "body");
        p.maxLength(body, "body", MAX_MESSAGE);
        if (attachment != null) {
            if (attachment.content().length > MAX_ATTACHMENT) {
                p.add("attachment", "is larger than 10 MB");
            }
            if (attachment.name() == null || attachment.name().isBlank()) {
                p.add("attachment", "has no file name");
            }
        }
        p.throwIfAny();
        long message = store.addMessage(id, user.id(), user.memberCode(), body.strip(), attachment, clock.instant());
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.HIT_MESSAGE, "HIT",
                id.toString()).withDetails(attachment == null ? "message" : "message with " + attachment.name()));
        tellOtherSide(user, s, "New message on a hit", "/hits/" + id);
        return message;
    }

    public Hit.Attachment attachment(EadsUser user, UUID id, long message) {
        sides(user, id);
        Hit.Attachment a = store.attachment(id, message).orElseThrow(() -> AlertNotFoundException.hit(id));
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.HIT_VIEW, "HIT",
                id.toString()).withDetails("attachment of message " + message));
        return a;
    }

    /** Records what came of a hit; either side may. Audited, and the other side is told. */
    @Transactional
    public void outcome(EadsUser user, UUID id, HitOutcome.Identity identity, HitOutcome.Action action, String note) {
        HitStore.Sides s = sides(user, id);
        if (identity == null && action == null) {
            throw new InvalidRecordException("identity", "say whether it is the same person, or what was done");
        }
        if (note != null && note.length() > 2000) {
            throw new InvalidRecordException("note", "must be at most 2000 characters");
        }
        store.setOutcome(id, identity, action, note == null || note.isBlank() ? null : note.strip(), user.id(),
                clock.instant());
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.HIT_OUTCOME, "HIT",
                id.toString()).withDetails(identity + ", " + action));
        tellOtherSide(user, s, "Outcome recorded on a hit", "/hits/" + id);
    }

    private void tellOtherSide(EadsUser user, HitStore.Sides s, String subject, String link) {
        boolean ownerSide = user.memberCode().equals(s.ownerMember());
        Recipients to = ownerSide ? Recipients.users(s.searcherId()) : Recipients.role(s.ownerMember(), Role.FOCAL_POINT);
        alerts.send(Sender.of(user), NewAlert.of(AlertKind.HIT_MESSAGE, subject, to)
                .about("HIT", s.id().toString(), link));
    }

    /** The member's hit figures over the last {@code days}: counts, per day, per searching member. */
    public Stats stats(EadsUser user, int days) {
        Instant since = clock.instant().minus(Duration.ofDays(days));
        return new Stats(store.counts(user.memberCode(), since), store.receivedPerDay(user.memberCode(), since),
                store.receivedBySearcher(user.memberCode(), since));
    }

    /** Hit figures of a member. */
    public record Stats(Map<String, Long> counts, Map<String, Long> perDay, Map<String, Long> bySearcher) {
    }
}
