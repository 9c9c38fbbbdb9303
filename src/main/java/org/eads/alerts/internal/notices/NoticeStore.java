package org.eads.alerts.internal.notices;

import static org.eads.alerts.internal.AlertStore.instant;
import static org.eads.alerts.internal.AlertStore.ts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.eads.alerts.Distribution;
import org.eads.alerts.Notice;
import org.eads.alerts.NoticeFilter;
import org.eads.alerts.NoticeFlag;
import org.eads.alerts.NoticeInput;
import org.eads.alerts.NoticeStatus;
import org.eads.alerts.NoticeType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notice tables. Joins the caller's transaction; decides nothing about who may see what. */
@Repository
public class NoticeStore {

    private static final String COLUMNS = """
            n.id, n.type, n.status, n.title, n.summary, n.details, n.distribution, n.expires_on, n.requires_ack,
            n.exercise, n.issuing_member, n.drafted_by, d.display_name as drafted_by_name, n.submitted_at,
            n.rejection, a.display_name as approved_by_name, n.issued_at, n.updated_at, n.revision, n.cancelled_at,
            n.cancel_reason, n.first_alert, n.created_at,
            array(select m.member_code from notice_member m where m.notice_id = n.id order by m.member_code) as members
            from notice n
            join app_user d on d.id = n.drafted_by
            left join app_user a on a.id = n.approved_by""";

    /** A referenced record as stored: its id and owner, in the notice's order. */
    public record StoredReference(UUID recordId, String ownerMember) {
    }

    /** Who is asking for a list, and what they may see of notices in preparation. */
    public record Viewer(long userId, String memberCode, boolean supervisor) {
    }

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, NoticeInput in, String issuingMember, long draftedBy, Instant now) {
        jdbc.sql("""
                insert into notice (id, type, status, title, summary, details, distribution, expires_on,
                    requires_ack, exercise, issuing_member, drafted_by, created_at)
                values (:id, :type, 'DRAFT', :title, :summary, :details, :distribution, :expiresOn, :requiresAck,
                    :exercise, :member, :draftedBy, :now)
                """).param("id", id).param("type", in.type().name()).param("title", in.title().strip())
                .param("summary", in.summary().strip()).param("details", blankToNull(in.details()))
                .param("distribution", in.distribution().name()).param("expiresOn", in.expiresOn())
                .param("requiresAck", in.requiresAck()).param("exercise", in.exercise())
                .param("member", issuingMember).param("draftedBy", draftedBy).param("now", ts(now)).update();
    }

    /** Replaces what the drafter wrote; the type stays, distribution too once issued (checked by the caller). */
    public void updateContent(UUID id, NoticeInput in) {
        jdbc.sql("""
                update notice set type = :type, title = :title, summary = :summary, details = :details,
                    distribution = :distribution, expires_on = :expiresOn, requires_ack = :requiresAck,
                    exercise = :exercise
                where id = :id
                """).param("id", id).param("type", in.type().name()).param("title", in.title().strip())
                .param("summary", in.summary().strip()).param("details", blankToNull(in.details()))
                .param("distribution", in.distribution().name()).param("expiresOn", in.expiresOn())
                .param("requiresAck", in.requiresAck()).param("exercise", in.exercise()).update();
    }

    public void replaceMembers(UUID id, Collection<String> members) {
        jdbc.sql("delete from notice_member where notice_id = :id").param("id", id).update();
        for (String code : new LinkedHashSet<>(members)) {
            jdbc.sql("insert into notice_member (notice_id, member_code) values (:id, :code)")
                    .param("id", id).param("code", code).update();
        }
    }

    public void replaceRecords(UUID id, List<StoredReference> references) {
        jdbc.sql("delete from notice_record where notice_id = :id").param("id", id).update();
        int position = 0;
        for (StoredReference r : references) {
            jdbc.sql("""
                    insert into notice_record (notice_id, position, record_id, owner_member)
                    values (:id, :position, :record, :owner)
                    """).param("id", id).param("position", position++).param("record", r.recordId())
                    .param("owner", r.ownerMember()).update();
        }
    }

    public List<StoredReference> records(UUID id) {
        return jdbc.sql("select record_id, owner_member from notice_record where notice_id = :id order by position")
                .param("id", id)
                .query((rs, n) -> new StoredReference(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    public void submitted(UUID id, Instant now) {
        jdbc.sql("update notice set status = 'PENDING_APPROVAL', submitted_at = :now, rejection = null where id = :id")
                .param("id", id).param("now", ts(now)).update();
    }

    public void rejected(UUID id, String reason) {
        jdbc.sql("update notice set status = 'DRAFT', rejection = :reason where id = :id")
                .param("id", id).param("reason", reason).update();
    }

    public void issued(UUID id, Long approvedBy, UUID firstAlert, Instant now) {
        jdbc.sql("""
                update notice set status = 'ISSUED', approved_by = :approvedBy, issued_at = :now,
                    first_alert = :alert, rejection = null
                where id = :id
                """).param("id", id).param("approvedBy", approvedBy).param("alert", firstAlert)
                .param("now", ts(now)).update();
    }

    public void updated(UUID id, Instant now) {
        jdbc.sql("update notice set status = 'UPDATED', updated_at = :now, revision = revision + 1 where id = :id")
                .param("id", id).param("now", ts(now)).update();
    }

    public void cancelled(UUID id, long by, String reason, Instant now) {
        jdbc.sql("""
                update notice set status = 'CANCELLED', cancelled_at = :now, cancelled_by = :by, cancel_reason = :reason
                where id = :id
                """).param("id", id).param("by", by).param("reason", reason).param("now", ts(now)).update();
    }

    /** The notice, locked until the transaction ends when {@code lock}: every change reads it this way first. */
    public Optional<Notice> find(UUID id, LocalDate today, boolean lock) {
        return jdbc.sql("select " + COLUMNS + " where n.id = :id" + (lock ? " for update of n" : ""))
                .param("id", id).query((rs, n) -> notice(rs, today)).optional();
    }

    /**
     * The notices the viewer may see, newest first: those issued to the viewer's member, and the member's own (its
     * notices in preparation only to their drafter and the member's supervisors).
     */
    public List<Notice> list(Viewer viewer, NoticeFilter filter, LocalDate today, int limit) {
        StringBuilder sql = new StringBuilder("select ").append(COLUMNS).append("""
                 where ((n.issuing_member = :member
                         and (n.issued_at is not null or n.drafted_by = :user or :supervisor))
                     or (n.issued_at is not null and exists (select 1 from notice_member m
                         where m.notice_id = n.id and m.member_code = :member)))
                """);
        if (filter.type() != null) {
            sql.append(" and n.type = :type");
        }
        sql.append(switch (filter.state()) {
            case ACTIVE -> " and n.status in ('ISSUED', 'UPDATED') and n.expires_on >= :today";
            case EXPIRED -> " and n.status in ('ISSUED', 'UPDATED') and n.expires_on < :today";
            case CANCELLED -> " and n.status = 'CANCELLED'";
            case IN_PREPARATION -> " and n.status in ('DRAFT', 'PENDING_APPROVAL')";
            case ALL -> "";
        });
        sql.append(" order by coalesce(n.issued_at, n.created_at) desc, n.id limit :limit");
        var spec = jdbc.sql(sql.toString()).param("member", viewer.memberCode()).param("user", viewer.userId())
                .param("supervisor", viewer.supervisor()).param("today", today).param("limit", limit);
        if (filter.type() != null) {
            spec = spec.param("type", filter.type().name());
        }
        return spec.query((rs, n) -> notice(rs, today)).list();
    }

    /** The member's notices awaiting approval that someone other than the given user drafted. */
    public List<Notice> awaitingApproval(String memberCode, long notDraftedBy, LocalDate today) {
        return jdbc.sql("select " + COLUMNS + """
                 where n.issuing_member = :member and n.status = 'PENDING_APPROVAL' and n.drafted_by <> :user
                 order by n.submitted_at
                """).param("member", memberCode).param("user", notDraftedBy)
                .query((rs, n) -> notice(rs, today)).list();
    }

    public void flag(UUID id, String memberCode, String reason, long by, Instant now) {
        jdbc.sql("""
                insert into notice_flag (notice_id, member_code, reason, flagged_by, flagged_at)
                values (:id, :member, :reason, :by, :now)
                on conflict (notice_id, member_code) do update
                    set reason = excluded.reason, flagged_by = excluded.flagged_by, flagged_at = excluded.flagged_at
                """).param("id", id).param("member", memberCode).param("reason", reason).param("by", by)
                .param("now", ts(now)).update();
    }

    public boolean unflag(UUID id, String memberCode) {
        return jdbc.sql("delete from notice_flag where notice_id = :id and member_code = :member")
                .param("id", id).param("member", memberCode).update() > 0;
    }

    public List<NoticeFlag> flags(UUID id) {
        return jdbc.sql("""
                select f.member_code, f.reason, u.display_name, f.flagged_at
                from notice_flag f join app_user u on u.id = f.flagged_by
                where f.notice_id = :id order by f.member_code
                """).param("id", id).query((rs, n) -> new NoticeFlag(rs.getString(1), rs.getString(2),
                        rs.getString(3), instant(rs, "flagged_at"))).list();
    }

    private static Notice notice(ResultSet rs, LocalDate today) throws SQLException {
        NoticeStatus stored = NoticeStatus.valueOf(rs.getString("status"));
        LocalDate expiresOn = rs.getObject("expires_on", LocalDate.class);
        NoticeStatus status = stored.inForce() && expiresOn.isBefore(today) ? NoticeStatus.EXPIRED : stored;
        Array members = rs.getArray("members");
        return new Notice(rs.getObject("id", UUID.class), NoticeType.valueOf(rs.getString("type")), status,
                rs.getString("title"), rs.getString("summary"), rs.getString("details"),
                Distribution.valueOf(rs.getString("distribution")),
                Set.copyOf(Arrays.asList((String[]) members.getArray())), expiresOn, rs.getBoolean("requires_ack"),
                rs.getBoolean("exercise"), rs.getString("issuing_member"), rs.getLong("drafted_by"),
                rs.getString("drafted_by_name"), instant(rs, "submitted_at"), rs.getString("rejection"),
                rs.getString("approved_by_name"), instant(rs, "issued_at"), instant(rs, "updated_at"),
                rs.getInt("revision"), instant(rs, "cancelled_at"), rs.getString("cancel_reason"),
                rs.getObject("first_alert", UUID.class), instant(rs, "created_at"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
