package org.eads.scam.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every single check, kept {@link #KEEP_DAYS} days so that an auditor can answer "who checked this account, and
 * when". Checks are queued in memory and written every second in one statement, never on the path of the answer; a
 * crash loses at most the last second. The table has one partition a day, made a few days ahead and dropped whole
 * when it is older than the keeping period; a default partition catches anything outside them.
 */
@Component
public class CheckLog {

    public static final int KEEP_DAYS = 90;
    private static final int FLUSH_AT = 20_000;
    private static final int DAYS_AHEAD = 3;
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final Logger log = LoggerFactory.getLogger(CheckLog.class);

    /** One logged check. */
    public record Entry(Instant at, long userId, String kind, String value, boolean known, String risk) {
    }

    private final JdbcClient jdbc;
    private final ConcurrentLinkedQueue<Entry> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();

    CheckLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(List<Entry> entries) {
        queue.addAll(entries);
        if (queued.addAndGet(entries.size()) >= FLUSH_AT) {
            flush();
        }
    }

    @Scheduled(fixedDelay = 1_000, initialDelay = 1_000)
    @PreDestroy
    public synchronized void flush() {
        while (true) {
            List<Entry> batch = new ArrayList<>();
            Entry e;
            while (batch.size() < FLUSH_AT && (e = queue.poll()) != null) {
                batch.add(e);
            }
            if (batch.isEmpty()) {
                return;
            }
            queued.addAndGet(-batch.size());
            write(batch);
        }
    }

    private void write(List<Entry> batch) {
        int n = batch.size();
        Timestamp[] at = new Timestamp[n];
        Long[] user = new Long[n];
        String[] kind = new String[n];
        String[] value = new String[n];
        Boolean[] known = new Boolean[n];
        String[] risk = new String[n];
        for (int i = 0; i < n; i++) {
            Entry e = batch.get(i);
            at[i] = Timestamp.from(e.at());
            user[i] = e.userId();
            kind[i] = e.kind();
            value[i] = e.value();
            known[i] = e.known();
            risk[i] = e.risk();
        }
        jdbc.sql("""
                insert into scam_check_log (at, user_id, kind, value, known, risk)
                select * from unnest(cast(:at as timestamptz[]), cast(:user as bigint[]), cast(:kind as text[]),
                    cast(:value as text[]), cast(:known as boolean[]), cast(:risk as text[]))
                """).param("at", at).param("user", user).param("kind", kind).param("value", value)
                .param("known", known).param("risk", risk).update();
    }

    /** A logged check with its client's name and member, as the auditors read it. */
    public record Line(Instant at, String username, String memberCode, String kind, String value, boolean known,
                       String risk) {
    }

    /**
     * The checks in a period, newest first: of one indicator ({@code kind} and canonical {@code value}) or all, by
     * one client ({@code username}) or all, of one member's clients ({@code memberCode}) or of every member's.
     */
    public List<Line> find(String memberCode, String username, String kind, String value, Instant from, Instant to,
                           int limit) {
        flush();
        return jdbc.sql("""
                select l.at, u.username, u.member_code, l.kind, l.value, l.known, l.risk
                from scam_check_log l join app_user u on u.id = l.user_id
                where l.at >= :from and l.at < :to
                  and (cast(:member as text) is null or u.member_code = :member)
                  and (cast(:username as text) is null or u.username = :username)
                  and (cast(:kind as text) is null or (l.kind = :kind and l.value = :value))
                order by l.at desc limit :limit
                """).param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("member", memberCode)
                .param("username", username).param("kind", kind).param("value", value).param("limit", limit)
                .query((rs, i) -> new Line(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getString(7))).list();
    }

    /** Makes the partitions of the coming days and drops those past the keeping period. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "0 17 * * * *", zone = "UTC")
    public void maintain() {
        maintain(LocalDate.now(ZoneOffset.UTC));
    }

    void maintain(LocalDate today) {
        for (int d = 0; d <= DAYS_AHEAD; d++) {
            LocalDate day = today.plusDays(d);
            try {
                jdbc.sql("create table if not exists scam_check_log_" + day.format(SUFFIX)
                        + " partition of scam_check_log for values from ('" + day + "') to ('" + day.plusDays(1)
                        + "')").update();
            } catch (RuntimeException e) {
                // rows of that day already in the default partition: they stay there and are purged from it
                log.warn("No check log partition for {}: {}", day, e.getMessage());
            }
        }
        purge(today.minusDays(KEEP_DAYS));
    }

    /** Forgets the checks made before the given day. */
    public void purge(LocalDate before) {
        List<String> old = jdbc.sql("""
                select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                join pg_class p on p.oid = i.inhparent
                where p.relname = 'scam_check_log' and c.relname ~ '^scam_check_log_[0-9]{8}$'
                """).query(String.class).list().stream()
                .filter(name -> LocalDate.parse(name.substring(name.length() - 8), SUFFIX).isBefore(before))
                .toList();
        for (String name : old) {
            jdbc.sql("drop table " + name).update();
        }
        jdbc.sql("delete from scam_check_log_default where at < :before")
                .param("before", Timestamp.from(before.atStartOfDay(ZoneOffset.UTC).toInstant())).update();
    }
}
