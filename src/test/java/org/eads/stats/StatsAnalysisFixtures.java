package org.eads.stats;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accepted statistics written straight into the database, as the approval step leaves them: an ACCEPTED submission
 * per member and period (an existing one is reused, as a member has one accepted submission per period) and its
 * facts. Each test works in a crime area of its own, so that other tests' facts never mix into its figures.
 */
final class StatsAnalysisFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final JdbcClient jdbc;

    StatsAnalysisFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new crime area, placed after the real ones. */
    String crimeArea() {
        String code = "TEST_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + "_"
                + SEQ.incrementAndGet();
        jdbc.sql("insert into stats_crime_area (code, name, position) values (:c, :n, 1000 + :s)")
                .param("c", code).param("n", "Test area " + code).param("s", SEQ.get()).update();
        return code;
    }

    /** One value of a period ({@code 2024}, {@code 2024-Q1}, {@code 2024-03}); null value: "not available". */
    void fact(String crimeArea, String member, String period, String indicator, String part, Number value) {
        int year = Integer.parseInt(period.substring(0, 4));
        Integer month = period.length() == 7 && period.charAt(5) != 'Q' ? Integer.parseInt(period.substring(5)) : null;
        Integer quarter = period.length() == 7 && period.charAt(5) == 'Q' ? Integer.parseInt(period.substring(6))
                : month == null ? null : (month + 2) / 3;
        jdbc.sql("""
                insert into stats_fact (crime_area, indicator, disaggregation, member, period, year, month, quarter,
                                        value, submission)
                values (:a, :i, :d, :m, :p, :y, :mo, :q, :v, :s)
                """).param("a", crimeArea).param("i", indicator).param("d", part).param("m", member)
                .param("p", period).param("y", year).param("mo", month).param("q", quarter)
                .param("v", value == null ? null : new BigDecimal(value.toString()))
                .param("s", submission(member, period)).update();
    }

    /** The same monthly value in each of the months. */
    void months(String crimeArea, String member, int year, String indicator, Number value, int... months) {
        for (int m : months) {
            fact(crimeArea, member, year + "-" + (m < 10 ? "0" : "") + m, indicator, "", value);
        }
    }

    /** The same monthly total in all twelve months of a year. */
    void year(String crimeArea, String member, int year, String indicator, Number monthly) {
        months(crimeArea, member, year, indicator, monthly, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    }

    void share(String member, SharingChoice choice) {
        jdbc.sql("""
                insert into stats_sharing (member, level, changed_by) values (:m, :l, 'test')
                on conflict (member) do update set level = excluded.level
                """).param("m", member).param("l", choice.name()).update();
    }

    /** The member's accepted submission for the period, made when there is none. */
    private UUID submission(String member, String period) {
        return jdbc.sql("select id from stats_submission where member = :m and period = :p and status = 'ACCEPTED'")
                .param("m", member).param("p", period).query(UUID.class).optional().orElseGet(() -> {
                    UUID id = UUID.randomUUID();
                    jdbc.sql("""
                            insert into stats_submission (id, member, period, revision, status, classification,
                                                          created_by)
                            select :id, :m, :p, coalesce(max(revision), 0) + 1, 'ACCEPTED', 1, 'test'
                            from stats_submission where member = :m and period = :p
                            """).param("id", id).param("m", member).param("p", period).update();
                    return id;
                });
    }
}
