package org.eads.scam.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.annotation.PreDestroy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts checks per client and day in memory and adds them to {@code scam_check_daily} every few seconds and at
 * shutdown: the auditors' figures, without a write on the path of a bank's payment check. A crash loses at most the
 * counts of the last few seconds.
 */
@Component
public class CheckCounter {

    private record Key(long user, LocalDate day) {
    }

    private record Counts(LongAdder checks, LongAdder known) {
    }

    private final Map<Key, Counts> pending = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;

    CheckCounter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void count(long user, LocalDate day, int checks, int known) {
        Counts c = pending.computeIfAbsent(new Key(user, day), k -> new Counts(new LongAdder(), new LongAdder()));
        c.checks().add(checks);
        c.known().add(known);
    }

    @Scheduled(fixedDelay = 5_000, initialDelay = 5_000)
    @PreDestroy
    public void flush() {
        for (Key key : pending.keySet()) {
            Counts c = pending.remove(key);
            if (c == null) {
                continue;
            }
            jdbc.sql("""
                    insert into scam_check_daily (user_id, day, checks, known) values (:user, :day, :checks, :known)
                    on conflict (user_id, day) do update set checks = scam_check_daily.checks + excluded.checks,
                        known = scam_check_daily.known + excluded.known
                    """).param("user", key.user()).param("day", key.day()).param("checks", c.checks().sum())
                    .param("known", c.known().sum()).update();
        }
    }

    /** A client's checks of a day, as written so far. */
    public record Daily(long userId, String username, String memberCode, LocalDate day, long checks, long known) {
    }

    public java.util.List<Daily> daily(LocalDate from) {
        flush();
        return jdbc.sql("""
                select d.user_id, u.username, u.member_code, d.day, d.checks, d.known
                from scam_check_daily d join app_user u on u.id = d.user_id
                where d.day >= :from order by d.day desc, d.checks desc
                """).param("from", from).query((rs, n) -> new Daily(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getLong(5), rs.getLong(6))).list();
    }
}
