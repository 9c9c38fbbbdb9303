package org.eads.stats.internal.analysis;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eads.stats.SharingChoice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The members' sharing choices in {@code stats_sharing}; a member without a row never chose. */
@Repository
public class SharingStore {

    /** A stored choice. */
    public record Stored(SharingChoice choice, String changedBy, Instant changedAt) {
    }

    private final JdbcClient jdbc;

    SharingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Stored> all() {
        Map<String, Stored> out = new LinkedHashMap<>();
        jdbc.sql("select member, level, changed_by, changed_at from stats_sharing").query((rs, i) -> out.put(
                rs.getString(1), new Stored(SharingChoice.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))).list();
        return out;
    }

    public void save(String member, SharingChoice choice, String changedBy) {
        jdbc.sql("""
                insert into stats_sharing (member, level, changed_by, changed_at) values (:m, :l, :b, now())
                on conflict (member) do update set level = excluded.level, changed_by = excluded.changed_by,
                    changed_at = excluded.changed_at
                """).param("m", member).param("l", choice.name()).param("b", changedBy).update();
    }
}
