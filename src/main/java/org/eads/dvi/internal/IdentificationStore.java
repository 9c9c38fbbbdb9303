package org.eads.dvi.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eads.dvi.Identification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of identifications and board votes. */
@Repository
public class IdentificationStore {

    private final JdbcClient jdbc;

    IdentificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, UUID operation, UUID pm, UUID am, List<String> methods, String note, String evidence,
                       long userId) {
        jdbc.sql("""
                insert into dvi_identification (id, operation_id, pm_file_id, am_file_id, methods, note, evidence,
                    proposed_by)
                values (:id, :op, :pm, :am, :methods, :note, :evidence::jsonb, :user)
                """).param("id", id).param("op", operation).param("pm", pm).param("am", am)
                .param("methods", methods.toArray(String[]::new)).param("note", note).param("evidence", evidence)
                .param("user", userId).update();
    }

    /** The open or confirmed identification of a body or of a missing person, if any. */
    public Optional<UUID> holding(UUID pm, UUID am) {
        return jdbc.sql("""
                select id from dvi_identification where status in ('PROPOSED', 'CONFIRMED')
                  and (pm_file_id = :pm or am_file_id = :am) limit 1
                """).param("pm", pm).param("am", am).query(UUID.class).optional();
    }

    public void vote(UUID id, long userId, String decision, String note) {
        jdbc.sql("insert into dvi_board_vote (identification_id, user_id, decision, note) values (:id, :u, :d, :n)")
                .param("id", id).param("u", userId).param("d", decision).param("n", note).update();
    }

    public void decide(UUID id, Identification.Status status, String reason) {
        jdbc.sql("update dvi_identification set status = :s, reason = coalesce(:r, reason), decided_at = now() where id = :id")
                .param("s", status.name()).param("r", reason).param("id", id).update();
    }

    /** Marks both files identified, or open again. */
    public void lock(UUID pm, UUID am, boolean identified) {
        String status = identified ? "IDENTIFIED" : "OPEN";
        jdbc.sql("update dvi_pm_file set status = :s, updated_at = now() where id = :id").param("s", status)
                .param("id", pm).update();
        jdbc.sql("update dvi_am_file set status = :s, updated_at = now() where id = :id").param("s", status)
                .param("id", am).update();
    }

    public Optional<Identification> find(UUID id) {
        return jdbc.sql("select * from dvi_identification where id = :id").param("id", id)
                .query(this::identification).optional();
    }

    /** The candidate's evidence kept with the proposal, as JSON. */
    public Optional<String> evidence(UUID id) {
        return jdbc.sql("select evidence::text from dvi_identification where id = :id").param("id", id)
                .query(String.class).optional();
    }

    public List<Identification> of(UUID operation) {
        return jdbc.sql("select * from dvi_identification where operation_id = :o order by created_at desc")
                .param("o", operation).query(this::identification).list();
    }

    private Identification identification(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<Identification.Vote> votes = jdbc.sql("""
                select user_id, decision, note, at from dvi_board_vote where identification_id = :id order by at
                """).param("id", id).query((v, i) -> new Identification.Vote(v.getLong(1), v.getString(2),
                v.getString(3), v.getTimestamp(4).toInstant())).list();
        var decided = rs.getTimestamp("decided_at");
        return new Identification(id, rs.getObject("operation_id", UUID.class), rs.getObject("pm_file_id", UUID.class),
                rs.getObject("am_file_id", UUID.class), Arrays.asList((String[]) rs.getArray("methods").getArray()),
                rs.getString("note"), Identification.Status.valueOf(rs.getString("status")), rs.getString("reason"),
                rs.getLong("proposed_by"), rs.getTimestamp("created_at").toInstant(),
                decided == null ? null : decided.toInstant(), votes);
    }
}
