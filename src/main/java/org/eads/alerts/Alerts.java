package org.eads.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eads.alerts.internal.AlertSettings;
import org.eads.alerts.internal.AlertStore;
import org.eads.alerts.internal.Mailer;
import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.records.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications, the one way every module tells people something: a hit on a record, a disclosure request, a
 * notice, a crisis. A notification is written in the transaction of what caused it, with a state per recipient
 * (delivered, read, acknowledged); once committed it is pushed to the recipients' open pages on every node, and
 * e-mails and webhook calls are queued and retried until they go through. Nothing else writes the notification
 * tables.
 */
@Service
public class Alerts {

    public static final int MAX_SUBJECT = 300;
    public static final int MAX_BODY = 20_000;

    private final AlertStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AlertSettings settings;
    private final Mailer mailer;

    public Alerts(AlertStore store, AuditLog audit, ApplicationEventPublisher events, Clock clock,
                  AlertSettings settings, Mailer mailer) {
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
        this.mailer = mailer;
    }

    /**
     * Sends a notification in the caller's transaction: it exists, is delivered and is announced only if that
     * transaction commits. Returns its id, which stays the same through every redelivery.
     */
    @Transactional
    public UUID send(Sender from, NewAlert alert) {
        Problems p = new Problems();
        p.require(alert.kind(), "kind");
        p.require(alert.severity(), "severity");
        p.require(alert.subject(), "subject");
        p.maxLength(alert.subject(), "subject", MAX_SUBJECT);
        p.maxLength(alert.body(), "body", MAX_BODY);
        if (alert.link() != null && (!alert.link().startsWith("/") || alert.link().startsWith("//"))) {
            p.add("link", "must be a path inside e-ADS, such as /records/{id}");
        }
        if (alert.recipients() == null || alert.recipients().isEmpty()) {
            p.add("recipients", "name at least one user, role or member to send it to");
        }
        p.throwIfAny();
        Instant now = clock.instant();
        Duration deadline = alert.requiresAck() ? settings.deadline(alert.kind()) : null;
        UUID id = UUID.randomUUID();
        store.insert(id, from, alert, now, deadline == null ? null : now.plus(deadline));
        Set<Long> users = store.resolve(alert.recipients());
        store.addRecipients(id, users, false, now);
        store.queueDeliveries(id, alert.kind(), alert.severity(), mailer.enabled(), now);
        store.announce("new:" + id);
        return id;
    }

    /** The user's notifications, newest first: a page of {@code size}, and whether there are more. */
    public InboxPage inbox(EadsUser user, InboxFilter filter, int page, int size) {
        int s = Math.clamp(size, 1, 200);
        int pg = Math.max(page, 0);
        List<InboxEntry> rows = store.inbox(user.id(), new AlertStore.InboxQuery(filter == InboxFilter.UNREAD,
                filter == InboxFilter.AWAITING_ACK, pg, s));
        return new InboxPage(rows.size() > s ? rows.subList(0, s) : rows, pg, rows.size() > s);
    }

    /** A page of a user's notifications. */
    public record InboxPage(List<InboxEntry> entries, int page, boolean more) {
    }

    /** Which notifications the inbox shows. */
    public enum InboxFilter {
        ALL, UNREAD, AWAITING_ACK
    }

    public long unread(EadsUser user) {
        return store.unread(user.id());
    }

    /** The notification as the user has it, if it was addressed to them; nothing is marked read or audited. */
    public java.util.Optional<InboxEntry> entry(EadsUser user, UUID id) {
        return store.entry(user.id(), id);
    }

    /** Opens a notification addressed to the user: marks it read, and audits the view. */
    @Transactional
    public InboxEntry open(EadsUser user, UUID id) {
        InboxEntry entry = store.entry(user.id(), id).orElseThrow(() -> new AlertNotFoundException(id));
        if (store.markRead(user.id(), id, clock.instant())) {
            store.announce("read:" + id + ":" + user.id());
        }
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.ALERT_VIEW, "ALERT",
                id.toString()));
        return store.entry(user.id(), id).orElse(entry);
    }

    /** The notification as its sender sees it, for a user of the sending member; 404 for anyone else. */
    public Alert sent(EadsUser user, UUID id) {
        if (!store.sentByMemberOf(id, user.memberCode())) {
            throw new AlertNotFoundException(id);
        }
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.ALERT_VIEW, "ALERT",
                id.toString()).withDetails("as sender"));
        return store.find(id).orElseThrow(() -> new AlertNotFoundException(id));
    }

    /** Whether the user may follow the notification as its sender does. */
    public boolean isSender(EadsUser user, UUID id) {
        return store.sentByMemberOf(id, user.memberCode());
    }

    /** Who received a notification and what each did with it: for the sending member only. */
    public List<Receipt> receipts(EadsUser user, UUID id) {
        if (!store.sentByMemberOf(id, user.memberCode())) {
            throw new AlertNotFoundException(id);
        }
        return store.receipts(id);
    }

    /** Per member, whether it acknowledged: for the module that sent the notification, which decides who may see. */
    public List<MemberAcknowledgement> acknowledgements(UUID id) {
        return store.byMember(id);
    }

    /** The notifications a module sent about one of its objects, oldest first. */
    public List<Alert> about(String objectType, String objectId) {
        return store.about(objectType, objectId);
    }

    /** The latest notifications the user's member sent. */
    public List<Alert> sentByMember(EadsUser user, int limit) {
        return store.sentBy(user.memberCode(), Math.clamp(limit, 1, 200));
    }

    @Transactional
    public void markRead(EadsUser user, UUID id) {
        store.entry(user.id(), id).orElseThrow(() -> new AlertNotFoundException(id));
        if (store.markRead(user.id(), id, clock.instant())) {
            store.announce("read:" + id + ":" + user.id());
        }
    }

    @Transactional
    public int markAllRead(EadsUser user) {
        int n = store.markAllRead(user.id(), clock.instant());
        if (n > 0) {
            store.announce("read:*:" + user.id());
        }
        return n;
    }

    /**
     * Acknowledges a notification addressed to the user ({@code via} PAGE, API, CAP or EMAIL). Acknowledging twice
     * changes nothing. Audited; the sender's pages learn of it at once.
     */
    @Transactional
    public InboxEntry acknowledge(EadsUser user, UUID id, String via) {
        InboxEntry entry = store.entry(user.id(), id).orElseThrow(() -> new AlertNotFoundException(id));
        Instant now = clock.instant();
        if (store.acknowledge(user.id(), id, via, now)) {
            audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.ALERT_ACK, "ALERT",
                    id.toString()).withDetails("via " + via));
            events.publishEvent(new AlertAcknowledged(id, entry.alert().kind(), entry.alert().objectType(),
                    entry.alert().objectId(), user.id(), user.memberCode(), now));
            store.announce("ack:" + id);
        }
        return store.entry(user.id(), id).orElse(entry);
    }

    /**
     * Acknowledges a notification for the user if it was addressed to them, and says whether it was: for a module
     * whose action answers a notification (deciding a disclosure request answers the request).
     */
    @Transactional
    public boolean acknowledgeIfRecipient(EadsUser user, UUID id, String via) {
        if (store.entry(user.id(), id).isEmpty()) {
            return false;
        }
        acknowledge(user, id, via);
        return true;
    }

    /** The kinds this user also receives by e-mail (CRITICAL ones always come by e-mail). */
    public java.util.Map<AlertKind, Boolean> emailChoices(EadsUser user) {
        var stored = store.emailPreferences(user.id());
        var out = new java.util.EnumMap<AlertKind, Boolean>(AlertKind.class);
        for (AlertKind k : AlertKind.values()) {
            out.put(k, stored.getOrDefault(k.name(), k.defaultSeverity().atLeast(Severity.URGENT)));
        }
        return out;
    }

    @Transactional
    public void chooseEmail(EadsUser user, AlertKind kind, boolean email) {
        store.setEmailPreference(user.id(), kind, email);
    }
}
