package org.eads.alerts.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queue of e-mails and webhook calls. A node claims due deliveries by moving their next attempt past a lease, so
 * that no other node takes them meanwhile; one not settled by then (the node died while sending) is tried again.
 */
@Repository
public class Deliveries {

    /** One delivery to make. */
    record Due(long id, UUID notificationId, String channel, Long userId, String memberCode, int attempts) {
    }

    /** A delivery that was given up, for the dead-letter list. */
    public record DeadLetter(long id, UUID notificationId, String subject, String channel, String recipient,
                             String memberCode, int attempts, String lastError, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    Deliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Due> claim(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                with due as (
                    select id from alert_delivery
                    where status = 'PENDING' and next_attempt_at <= :now
                    order by next_attempt_at limit :limit
                    for update skip locked)
                update alert_delivery d set next_attempt_at = :lease from due where d.id = due.id
                returning d.id, d.notification_id, d.channel, d.user_id, d.member_code, d.attempts
                """).param("now", AlertStore.ts(now)).param("lease", AlertStore.ts(leaseUntil)).param("limit", limit)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                        (Long) rs.getObject(4), rs.getString(5), rs.getInt(6))).list();
    }

    void sent(long id, Instant now) {
        jdbc.sql("update alert_delivery set status = 'SENT', sent_at = :now, attempts = attempts + 1, "
                        + "last_error = null where id = :id")
                .param("id", id).param("now", AlertStore.ts(now)).update();
    }

    /** Records a failed attempt: tried again at {@code retryAt}, or given up when that is null. */
    void failed(long id, String error, Instant retryAt) {
        jdbc.sql("""
                update alert_delivery set attempts = attempts + 1, last_error = :error,
                    status = case when cast(:retry as timestamptz) is null then 'DEAD' else 'PENDING' end,
                    next_attempt_at = coalesce(cast(:retry as timestamptz), next_attempt_at)
                where id = :id
                """).param("id", id).param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                .param("retry", AlertStore.ts(retryAt)).update();
    }

    String email(long userId) {
        return jdbc.sql("select coalesce(email, '') from app_user where id = :id and enabled").param("id", userId)
                .query(String.class).optional().orElse("");
    }

    /** The given-up deliveries, newest first: all of them, or those of one member's recipients. */
    public List<DeadLetter> dead(String memberCode, int limit) {
        return jdbc.sql("""
                select d.id, d.notification_id, n.subject, d.channel,
                       coalesce(u.username, w.url, d.member_code), coalesce(d.member_code, u.member_code),
                       d.attempts, d.last_error, d.created_at
                from alert_delivery d
                join notification n on n.id = d.notification_id
                left join app_user u on u.id = d.user_id
                left join member_webhook w on w.member_code = d.member_code
                where d.status = 'DEAD'
                  and (cast(:member as text) is null or coalesce(d.member_code, u.member_code) = :member)
                order by d.created_at desc limit :limit
                """).param("member", memberCode).param("limit", limit)
                .query((rs, n) -> new DeadLetter(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getString(8),
                        rs.getTimestamp(9).toInstant())).list();
    }

    /** Puts a given-up delivery back in the queue, due now; false if it is not dead or not the member's. */
    public boolean retry(long id, String memberCode, Instant now) {
        return jdbc.sql("""
                update alert_delivery d set status = 'PENDING', next_attempt_at = :now
                where d.id = :id and d.status = 'DEAD'
                  and (cast(:member as text) is null or coalesce(d.member_code,
                       (select u.member_code from app_user u where u.id = d.user_id)) = :member)
                """).param("id", id).param("member", memberCode).param("now", AlertStore.ts(now)).update() > 0;
    }

    /** How many deliveries wait, for the benchmark and the administrators' page. */
    public long pending() {
        return jdbc.sql("select count(*) from alert_delivery where status = 'PENDING'").query(Long.class).single();
    }
}
