package org.eads.scam.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.eads.scam.Partner;
import org.eads.web.TooManyRequestsException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A partner's rate limit and daily quota, counted in checks (a batch of 1,000 is 1,000 checks). The rate is a token
 * bucket that holds a minute's allowance and refills continuously, so a partner may burst up to its per-minute
 * figure and then goes on at its average. The quota is the partner's checks of the UTC day: a node starts from what
 * the database counted so far (written every few seconds) and adds its own. Both are kept per node, so with several
 * nodes a partner may briefly exceed its figures by the share of the other nodes.
 */
@Component
public class PartnerLimits {

    private static final class Bucket {
        double tokens;
        long lastNanos;
        int perMinute;
    }

    private record Day(LocalDate day, AtomicLong used) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<Long, Day> days = new ConcurrentHashMap<>();

    PartnerLimits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Takes {@code checks} from the partner's allowance, or refuses with how long to wait.
     *
     * @throws TooManyRequestsException when the minute's rate or the day's quota would be exceeded
     */
    public void take(Partner partner, int checks) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Day day = days.compute(partner.id(), (id, d) -> d != null && d.day().equals(today) ? d
                : new Day(today, new AtomicLong(usedSoFar(id, today))));
        if (day.used().get() + checks > partner.perDay()) {
            long secondsToMidnight = java.time.Duration.between(clock.instant(),
                    today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()).toSeconds();
            throw new TooManyRequestsException("The daily quota of " + partner.perDay() + " checks of partner '"
                    + partner.name() + "' is used up (" + day.used().get() + " today): it renews at 00:00 UTC",
                    secondsToMidnight + 1);
        }
        Bucket b = buckets.computeIfAbsent(partner.id(), id -> new Bucket());
        synchronized (b) {
            long now = System.nanoTime();
            if (b.perMinute != partner.perMinute()) {
                b.perMinute = partner.perMinute();
                b.tokens = partner.perMinute();
                b.lastNanos = now;
            }
            double perNano = partner.perMinute() / 60e9;
            b.tokens = Math.min(partner.perMinute(), b.tokens + (now - b.lastNanos) * perNano);
            b.lastNanos = now;
            if (checks > b.tokens) {
                double wait = checks > partner.perMinute() ? 60 : (checks - b.tokens) / perNano / 1e9;
                throw new TooManyRequestsException(checks > partner.perMinute()
                        ? "A call of " + checks + " checks is more than the " + partner.perMinute()
                        + " a minute allowed to partner '" + partner.name() + "': send smaller batches"
                        : "Partner '" + partner.name() + "' may make " + partner.perMinute()
                        + " checks a minute: slow down", (long) Math.ceil(wait));
            }
            b.tokens -= checks;
        }
        day.used().addAndGet(checks);
    }

    private long usedSoFar(long partnerId, LocalDate day) {
        return jdbc.sql("""
                select coalesce(sum(d.checks), 0) from scam_check_daily d
                join scam_partner_client c on c.user_id = d.user_id
                where c.partner_id = :p and d.day = :day
                """).param("p", partnerId).param("day", day).query(Long.class).single();
    }
}
