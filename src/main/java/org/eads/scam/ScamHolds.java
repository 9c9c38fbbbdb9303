package org.eads.scam;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hold requests on indicators: an investigator asks the banks to hold an amount on a mule account for some days
 * (7 by default, at most 30) while a freeze is arranged. Checks show the active hold; it ends at its expiry or when
 * the requesting member releases it. Audited.
 */
@Service
public class ScamHolds {

    /** Where a hold is. */
    public enum State {
        ACTIVE, EXPIRED, RELEASED
    }

    /** A hold as the holds page lists it: with its indicator and where it is. */
    public record Listed(Hold hold, IndicatorKind kind, String value, State state, Instant releasedAt) {
    }

    public static final int DEFAULT_DAYS = 7;
    public static final int MAX_DAYS = 30;

    private final JdbcClient jdbc;
    private final ScamIndicators indicators;
    private final AuditLog audit;
    private final Clock clock;

    public ScamHolds(JdbcClient jdbc, ScamIndicators indicators, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.indicators = indicators;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Hold request(EadsUser user, long indicatorId, BigDecimal amount, String currency, Integer days,
                        String reason) {
        if (!user.hasAny(Role.OFFICER, Role.ANALYST, Role.SUPERVISOR)) {
            throw new NotAllowedException("Only officers, analysts and supervisors request holds");
        }
        ScamIndicator indicator = indicators.get(user, indicatorId)
                .orElseThrow(() -> new InvalidRecordException("indicatorId", "no shared indicator " + indicatorId));
        Problems p = new Problems();
        if (amount == null || amount.signum() <= 0) {
            p.add("amount", "must be more than 0");
        }
        String c = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z]{3,4}")) {
            p.add("currency", "write the ISO 4217 code, such as MYR");
        }
        int d = days == null ? DEFAULT_DAYS : days;
        if (d < 1 || d > MAX_DAYS) {
            p.add("days", "a hold lasts 1 to " + MAX_DAYS + " days");
        }
        p.require(reason, "reason");
        p.maxLength(reason, "reason", 2000);
        p.throwIfAny();
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into scam_hold (indicator_id, amount, currency, reason, member_code, requested_by, created_at,
                    expires_at)
                values (:i, :amount, :c, :reason, :member, :by, :now, :until) returning id
                """).param("i", indicator.id()).param("amount", amount).param("c", c).param("reason", reason.strip())
                .param("member", user.memberCode()).param("by", user.id()).param("now", Timestamp.from(now))
                .param("until", Timestamp.from(now.plus(Duration.ofDays(d)))).query(Long.class).single();
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.SCAM_CHANGE, "SCAM_HOLD",
                Long.toString(id)).withDetails("hold " + amount + " " + c + " for " + d + " days on indicator "
                + indicator.id()));
        return new Hold(id, indicator.id(), amount, c, reason.strip(), user.memberCode(), now,
                now.plus(Duration.ofDays(d)));
    }

    /** Ends a hold before its expiry: the requesting member only. */
    @Transactional
    public void release(EadsUser user, long holdId) {
        int n = jdbc.sql("""
                update scam_hold set released_at = :now, released_by = :by
                where id = :id and member_code = :member and released_at is null
                """).param("id", holdId).param("member", user.memberCode()).param("by", user.id())
                .param("now", Timestamp.from(clock.instant())).update();
        if (n == 0) {
            throw new InvalidRecordException("holdId", "your member has no active hold " + holdId);
        }
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.SCAM_CHANGE, "SCAM_HOLD",
                Long.toString(holdId)).withDetails("released"));
    }

    /** Holds in a state, newest first (active ones: soonest to expire first); every member's officers see them. */
    public List<Listed> list(EadsUser user, State state, int limit) {
        if (!user.hasAny(Role.OFFICER, Role.ANALYST, Role.SUPERVISOR)) {
            throw new NotAllowedException("Holds are listed for officers, analysts and supervisors");
        }
        String where = switch (state) {
            case ACTIVE -> "h.released_at is null and h.expires_at > :now order by h.expires_at";
            case EXPIRED -> "h.released_at is null and h.expires_at <= :now order by h.expires_at desc";
            case RELEASED -> "h.released_at is not null order by h.released_at desc";
        };
        return jdbc.sql("""
                select h.id, h.indicator_id, h.amount, h.currency, h.reason, h.member_code, h.created_at, h.expires_at,
                    h.released_at, i.kind, i.value
                from scam_hold h join scam_indicator i on i.id = h.indicator_id
                where """ + " " + where + " limit :limit")
                .param("now", Timestamp.from(clock.instant())).param("limit", limit)
                .query((rs, n) -> {
                    Timestamp released = rs.getTimestamp("released_at");
                    return new Listed(new Hold(rs.getLong("id"), rs.getLong("indicator_id"), rs.getBigDecimal("amount"),
                            rs.getString("currency"), rs.getString("reason"), rs.getString("member_code"),
                            rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant()),
                            IndicatorKind.valueOf(rs.getString("kind")), rs.getString("value"), state,
                            released == null ? null : released.toInstant());
                }).list();
    }

    /** How many holds are active now. */
    public long active() {
        return jdbc.sql("select count(*) from scam_hold where released_at is null and expires_at > :now")
                .param("now", Timestamp.from(clock.instant())).query(Long.class).single();
    }

    /** The latest active hold of each of these indicators. */
    public Map<Long, Hold> active(Collection<Long> indicatorIds) {
        Map<Long, Hold> out = new HashMap<>();
        if (indicatorIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select id, indicator_id, amount, currency, reason, member_code, created_at, expires_at from scam_hold
                where indicator_id = any(:ids) and released_at is null and expires_at > :now
                order by created_at
                """).param("ids", indicatorIds.toArray(Long[]::new)).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> out.put(rs.getLong(2), new Hold(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8).toInstant()))).list();
        return out;
    }

    public List<Hold> activeOn(long indicatorId) {
        return List.copyOf(active(List.of(indicatorId)).values());
    }
}
