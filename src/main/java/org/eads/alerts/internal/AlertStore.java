package org.eads.alerts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.eads.alerts.Alert;
import org.eads.alerts.AlertKind;
import org.eads.alerts.InboxEntry;
import org.eads.alerts.MemberAcknowledgement;
import org.eads.alerts.MessageType;
import org.eads.alerts.NewAlert;
import org.eads.alerts.Receipt;
import org.eads.alerts.Recipients;
import org.eads.alerts.Sender;
import org.eads.alerts.Severity;
import org.eads.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notification tables: what was sent, to whom, and each recipient's state. Joins the caller's transaction. */
@Repository
public class AlertStore {

    /** Told on commit of every new notification and acknowledgement, to every node: see {@link LivePush}. */
    static final String CHANNEL = "eads_alerts";

    private static final String ALERT_COLUMNS = """
            n.id, n.kind, n.severity, n.subject, n.body, n.link, n.object_type, n.object_id, n.sender_user,
            s.display_name as sender_name, n.sender_member, n.requires_ack, n.ack_deadline, n.exercise,
            n.message_type, n.references_id, n.created_at""";

    private final JdbcClient jdbc;

    AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, Sender from, NewAlert a, Instant now, Instant deadline) {
        jdbc.sql("""
                insert into notification (id, kind, severity, subject, body, link, object_type, object_id, sender_user,
                    sender_member, requires_ack, ack_deadline, exercise, message_type, references_id, created_at)
                values (:id, :kind, :severity, :subject, :body, :link, :objectType, :objectId, :senderUser,
                    :senderMember, :requiresAck, :deadline, :exercise, :messageType, :references, :now)
                """).param("id", id).param("kind", a.kind().name()).param("severity", a.severity().name())
                .param("subject", a.subject()).param("body", a.body()).param("link", a.link())
                .param("objectType", a.objectType()).param("objectId", a.objectId())
                .param("senderUser", from.userId()).param("senderMember", from.memberCode())
                .param("requiresAck", a.requiresAck()).param("deadline", ts(deadline))
                .param("exercise", a.exercise()).param("messageType", a.messageType().name())
                .param("references", a.references()).param("now", ts(now)).update();
        Recipients to = a.recipients();
        for (Long user : to.users()) {
            address(id, null, null, user);
        }
        for (Recipients.RoleAt r : to.roles()) {
            address(id, r.memberCode(), r.role().name(), null);
        }
        for (String member : to.members()) {
            address(id, member, null, null);
        }
    }

    private void address(UUID id, String member, String role, Long user) {
        jdbc.sql("insert into notification_address (notification_id, member_code, role, user_id) "
                        + "values (:id, :member, :role, :user)")
                .param("id", id).param("member", member).param("role", role).param("user", user).update();
    }

    /**
     * The people the addresses reach: named users, every person of a whole member (not its machines), and the
     * holders of a role at a member, or the member's supervisors when nobody holds it, or its administrators when
     * it has no supervisor either. Disabled accounts are left out.
     */
    public Set<Long> resolve(Recipients to) {
        Set<Long> ids = new LinkedHashSet<>();
        if (!to.users().isEmpty()) {
            ids.addAll(jdbc.sql("select id from app_user where enabled and id = any(:ids)")
                    .param("ids", to.users().toArray(Long[]::new)).query(Long.class).list());
        }
        if (!to.members().isEmpty()) {
            ids.addAll(jdbc.sql("""
                    select id from app_user where enabled and member_code = any(:codes)
                    and not (roles <@ array['API_CLIENT'])
                    """).param("codes", to.members().toArray(String[]::new)).query(Long.class).list());
        }
        if (!to.roles().isEmpty()) {
            Set<String> members = new LinkedHashSet<>();
            to.roles().forEach(r -> members.add(r.memberCode()));
            record Holder(long id, String member, Set<String> roles) {
            }
            Set<String> wanted = new LinkedHashSet<>(List.of(Role.SUPERVISOR.name(), Role.MEMBER_ADMIN.name()));
            to.roles().forEach(r -> wanted.add(r.role().name()));
            List<Holder> holders = jdbc.sql("""
                    select id, member_code, roles from app_user
                    where enabled and member_code = any(:codes) and roles && cast(:wanted as text[])
                    """).param("codes", members.toArray(String[]::new)).param("wanted", wanted.toArray(String[]::new))
                    .query((rs, n) -> new Holder(rs.getLong(1), rs.getString(2),
                            Set.of((String[]) rs.getArray(3).getArray()))).list();
            for (Recipients.RoleAt r : to.roles()) {
                for (Role role : List.of(r.role(), Role.SUPERVISOR, Role.MEMBER_ADMIN)) {
                    List<Long> found = holders.stream()
                            .filter(h -> h.member().equals(r.memberCode()) && h.roles().contains(role.name()))
                            .map(Holder::id).toList();
                    if (!found.isEmpty()) {
                        ids.addAll(found);
                        break;
                    }
                }
            }
        }
        return ids;
    }

    /** Adds recipients; one already there stays as it was. Returns the users actually added. */
    public List<Long> addRecipients(UUID id, Collection<Long> users, boolean escalation, Instant now) {
        if (users.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                insert into notification_recipient (notification_id, user_id, member_code, escalation, created_at)
                select :id, u.id, u.member_code, :escalation, :now from app_user u where u.id = any(:users)
                on conflict do nothing
                returning user_id
                """).param("id", id).param("users", users.toArray(Long[]::new)).param("escalation", escalation)
                .param("now", ts(now)).query(Long.class).list();
    }

    /**
     * Queues the e-mails and webhook calls a notification's recipients are owed: an e-mail to each recipient with an
     * address who wants this kind by e-mail (by default URGENT and CRITICAL ones; CRITICAL ones always), and one webhook call per member with recipients whose system takes this severity. Queuing twice
     * queues nothing more.
     */
    public void queueDeliveries(UUID id, AlertKind kind, Severity severity, boolean email, Instant now) {
        if (email) {
            jdbc.sql("""
                    insert into alert_delivery (notification_id, channel, user_id, next_attempt_at, created_at)
                    select r.notification_id, 'EMAIL', r.user_id, :now, :now
                    from notification_recipient r
                    join app_user u on u.id = r.user_id
                    left join alert_email_preference p on p.user_id = r.user_id and p.kind = :kind
                    where r.notification_id = :id and coalesce(u.email, '') <> ''
                      and (:severity = 'CRITICAL' or coalesce(p.email, :severity = 'URGENT'))
                    on conflict do nothing
                    """).param("id", id).param("kind", kind.name()).param("severity", severity.name())
                    .param("now", ts(now)).update();
        }
        jdbc.sql("""
                insert into alert_delivery (notification_id, channel, member_code, next_attempt_at, created_at)
                select :id, 'WEBHOOK', w.member_code, :now, :now
                from member_webhook w
                where w.enabled
                  and w.member_code in (select member_code from notification_recipient where notification_id = :id)
                  and array_position(array['ROUTINE', 'URGENT', 'CRITICAL'], :severity)
                      >= array_position(array['ROUTINE', 'URGENT', 'CRITICAL'], w.min_severity)
                on conflict do nothing
                """).param("id", id).param("severity", severity.name()).param("now", ts(now)).update();
    }

    /** Queues an e-mail to each recipient reached by an escalation, whatever they chose. */
    public void queueEscalationEmails(UUID id, Instant now) {
        jdbc.sql("""
                insert into alert_delivery (notification_id, channel, user_id, next_attempt_at, created_at)
                select r.notification_id, 'EMAIL', r.user_id, :now, :now
                from notification_recipient r join app_user u on u.id = r.user_id
                where r.notification_id = :id and r.escalation and coalesce(u.email, '') <> ''
                on conflict do nothing
                """).param("id", id).param("now", ts(now)).update();
    }

    /** Tells every node, once the transaction commits, that something happened to a notification. */
    public void announce(String what) {
        jdbc.sql("select pg_notify('" + CHANNEL + "', :what)").param("what", what).query(Object.class).list();
    }

    public Optional<Alert> find(UUID id) {
        return jdbc.sql("select " + ALERT_COLUMNS + " from notification n left join app_user s on s.id = n.sender_user "
                        + "where n.id = :id")
                .param("id", id).query(AlertStore::alert).optional();
    }

    public Optional<InboxEntry> entry(long user, UUID id) {
        return jdbc.sql(inboxSelect() + " where r.user_id = :user and r.notification_id = :id")
                .param("user", user).param("id", id).query(AlertStore::entry).optional();
    }

    public List<InboxEntry> inbox(long user, InboxQuery q) {
        StringBuilder sql = new StringBuilder(inboxSelect()).append(" where r.user_id = :user");
        if (q.unreadOnly()) {
            sql.append(" and r.read_at is null");
        }
        if (q.awaitingAckOnly()) {
            sql.append(" and n.requires_ack and not exists (select 1 from notification_recipient o where "
                    + "o.notification_id = r.notification_id and o.member_code = r.member_code "
                    + "and o.acknowledged_at is not null)");
        }
        sql.append(" order by r.created_at desc, n.id limit :limit offset :offset");
        return jdbc.sql(sql.toString()).param("user", user).param("limit", q.size() + 1)
                .param("offset", q.page() * q.size()).query(AlertStore::entry).list();
    }

    private static String inboxSelect() {
        return "select " + ALERT_COLUMNS + """
                , r.escalation, r.read_at, r.acknowledged_at,
                  (select a.display_name from notification_recipient o join app_user a on a.id = o.user_id
                   where o.notification_id = r.notification_id and o.member_code = r.member_code
                     and o.acknowledged_at is not null order by o.acknowledged_at limit 1) as member_ack_by
                from notification_recipient r
                join notification n on n.id = r.notification_id
                left join app_user s on s.id = n.sender_user""";
    }

    public long unread(long user) {
        return jdbc.sql("select count(*) from notification_recipient where user_id = :user and read_at is null")
                .param("user", user).query(Long.class).single();
    }

    public Map<Long, Long> unread(Collection<Long> users) {
        Map<Long, Long> out = new LinkedHashMap<>();
        users.forEach(u -> out.put(u, 0L));
        jdbc.sql("""
                select user_id, count(*) from notification_recipient
                where user_id = any(:users) and read_at is null group by user_id
                """).param("users", users.toArray(Long[]::new))
                .query((rs, n) -> out.put(rs.getLong(1), rs.getLong(2))).list();
        return out;
    }

    public boolean markRead(long user, UUID id, Instant now) {
        return jdbc.sql("""
                update notification_recipient set read_at = :now, delivered_at = coalesce(delivered_at, :now)
                where user_id = :user and notification_id = :id and read_at is null
                """).param("user", user).param("id", id).param("now", ts(now)).update() > 0;
    }

    public int markAllRead(long user, Instant now) {
        return jdbc.sql("""
                update notification_recipient set read_at = :now, delivered_at = coalesce(delivered_at, :now)
                where user_id = :user and read_at is null
                """).param("user", user).param("now", ts(now)).update();
    }

    public boolean acknowledge(long user, UUID id, String via, Instant now) {
        return jdbc.sql("""
                update notification_recipient set acknowledged_at = :now, acknowledged_via = :via,
                    read_at = coalesce(read_at, :now), delivered_at = coalesce(delivered_at, :now)
                where user_id = :user and notification_id = :id and acknowledged_at is null
                """).param("user", user).param("id", id).param("via", via).param("now", ts(now)).update() > 0;
    }

    public void markDelivered(UUID id, Collection<Long> users, Instant now) {
        jdbc.sql("""
                update notification_recipient set delivered_at = :now
                where notification_id = :id and user_id = any(:users) and delivered_at is null
                """).param("id", id).param("users", users.toArray(Long[]::new)).param("now", ts(now)).update();
    }

    public List<Long> recipients(UUID id, boolean escalationOnly) {
        return jdbc.sql("select user_id from notification_recipient where notification_id = :id"
                        + (escalationOnly ? " and escalation" : ""))
                .param("id", id).query(Long.class).list();
    }

    public List<Receipt> receipts(UUID id) {
        return jdbc.sql("""
                select r.user_id, u.username, u.display_name, r.member_code, r.escalation, r.delivered_at, r.read_at,
                       r.acknowledged_at, r.acknowledged_via
                from notification_recipient r join app_user u on u.id = r.user_id
                where r.notification_id = :id order by r.member_code, u.display_name
                """).param("id", id).query((rs, n) -> new Receipt(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5), instant(rs, 6), instant(rs, 7), instant(rs, 8),
                        rs.getString(9))).list();
    }

    public List<MemberAcknowledgement> byMember(UUID id) {
        return jdbc.sql("""
                select r.member_code, count(*) filter (where not r.escalation),
                       count(r.read_at) filter (where not r.escalation), min(r.acknowledged_at),
                       (select a.display_name from notification_recipient o join app_user a on a.id = o.user_id
                        where o.notification_id = :id and o.member_code = r.member_code
                          and o.acknowledged_at is not null order by o.acknowledged_at limit 1),
                       exists (select 1 from notification_escalation e where e.notification_id = :id
                               and e.member_code = r.member_code)
                from notification_recipient r
                where r.notification_id = :id
                group by r.member_code having bool_or(not r.escalation) order by r.member_code
                """).param("id", id).query((rs, n) -> new MemberAcknowledgement(rs.getString(1), rs.getInt(2),
                        rs.getInt(3), instant(rs, 4), rs.getString(5), rs.getBoolean(6))).list();
    }

    /** Whether the user may see a notification as its sender does: a user of the sending member. */
    public boolean sentByMemberOf(UUID id, String memberCode) {
        return jdbc.sql("select exists (select 1 from notification where id = :id and sender_member = :member)")
                .param("id", id).param("member", memberCode).query(Boolean.class).single();
    }

    public List<Alert> sentBy(String memberCode, int limit) {
        return jdbc.sql("select " + ALERT_COLUMNS + " from notification n left join app_user s on s.id = n.sender_user "
                        + "where n.sender_member = :member order by n.created_at desc, n.seq desc limit :limit")
                .param("member", memberCode).param("limit", limit).query(AlertStore::alert).list();
    }

    public List<Alert> about(String objectType, String objectId) {
        return jdbc.sql("select " + ALERT_COLUMNS + " from notification n left join app_user s on s.id = n.sender_user "
                        + "where n.object_type = :type and n.object_id = :id order by n.created_at, n.seq")
                .param("type", objectType).param("id", objectId).query(AlertStore::alert).list();
    }

    /** A member that must acknowledge a notification, has not, and whose deadline has passed. */
    public record Overdue(UUID alertId, String memberCode) {
    }

    /** Members past their deadline without an acknowledgement, not yet escalated (looking back 30 days). */
    public List<Overdue> overdue(Instant now) {
        return jdbc.sql("""
                select n.id, r.member_code
                from notification n join notification_recipient r on r.notification_id = n.id
                where n.requires_ack and n.ack_deadline <= :now and n.ack_deadline > :since
                  and n.message_type <> 'CANCEL' and not r.escalation
                  and not exists (select 1 from notification_escalation e
                                  where e.notification_id = n.id and e.member_code = r.member_code)
                group by n.id, r.member_code
                having bool_and(r.acknowledged_at is null)
                """).param("now", ts(now)).param("since", ts(now.minus(java.time.Duration.ofDays(30))))
                .query((rs, n) -> new Overdue(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    /** Marks a member's escalation; false when another node did it first. */
    public boolean markEscalated(UUID id, String memberCode, Instant now) {
        return jdbc.sql("""
                insert into notification_escalation (notification_id, member_code, escalated_at)
                values (:id, :member, :now) on conflict do nothing
                """).param("id", id).param("member", memberCode).param("now", ts(now)).update() > 0;
    }

    public Map<String, Boolean> emailPreferences(long user) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        jdbc.sql("select kind, email from alert_email_preference where user_id = :user").param("user", user)
                .query((rs, n) -> out.put(rs.getString(1), rs.getBoolean(2))).list();
        return out;
    }

    public void setEmailPreference(long user, AlertKind kind, boolean email) {
        jdbc.sql("""
                insert into alert_email_preference (user_id, kind, email) values (:user, :kind, :email)
                on conflict (user_id, kind) do update set email = excluded.email
                """).param("user", user).param("kind", kind.name()).param("email", email).update();
    }

    /** What the inbox shows: a page of entries, optionally only unread or awaiting acknowledgement. */
    public record InboxQuery(boolean unreadOnly, boolean awaitingAckOnly, int page, int size) {
    }

    public static Alert alert(ResultSet rs, int row) throws SQLException {
        return new Alert(rs.getObject("id", UUID.class), AlertKind.valueOf(rs.getString("kind")),
                Severity.valueOf(rs.getString("severity")), rs.getString("subject"), rs.getString("body"),
                rs.getString("link"), rs.getString("object_type"), rs.getString("object_id"),
                (Long) rs.getObject("sender_user"), rs.getString("sender_name"), rs.getString("sender_member"),
                rs.getBoolean("requires_ack"), instant(rs, "ack_deadline"), rs.getBoolean("exercise"),
                MessageType.valueOf(rs.getString("message_type")), rs.getObject("references_id", UUID.class),
                instant(rs, "created_at"));
    }

    private static InboxEntry entry(ResultSet rs, int row) throws SQLException {
        return new InboxEntry(alert(rs, row), rs.getBoolean("escalation"), instant(rs, "read_at"),
                instant(rs, "acknowledged_at"), rs.getString("member_ack_by"));
    }

    public static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
