package org.eads.screening.internal.batch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eads.screening.ScreeningBatch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The SQL of screening batches. */
@Repository
public class BatchStore {

    static final int KEPT_ERRORS = 1000;

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    BatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void create(UUID id, long userId, String fileName, String purpose, int rows, byte[] content) {
        jdbc.sql("""
                insert into screening_batch (id, user_id, file_name, purpose, status, total_rows, content)
                values (:id, :user, :file, :purpose, 'QUEUED', :rows, :content)
                """).param("id", id).param("user", userId).param("file", fileName).param("purpose", purpose)
                .param("rows", rows).param("content", content).update();
    }

    public Optional<ScreeningBatch> find(UUID id) {
        return jdbc.sql("select * from screening_batch where id = :id").param("id", id).query(this::map).optional();
    }

    public List<ScreeningBatch> recent(long userId) {
        return jdbc.sql("select * from screening_batch where user_id = :u order by created_at desc limit 20")
                .param("u", userId).query(this::map).list();
    }

    public Optional<byte[]> results(UUID id) {
        return jdbc.sql("select results from screening_batch where id = :id and results is not null").param("id", id)
                .query((rs, i) -> rs.getBytes(1)).optional();
    }

    /** The oldest queued batch, for this node only (others skip it). */
    Optional<UUID> claim() {
        return jdbc.sql("""
                update screening_batch set status = 'RUNNING', heartbeat_at = now(), processed_rows = 0, hit_rows = 0,
                    error_rows = 0
                where id = (select id from screening_batch where status = 'QUEUED' order by created_at
                            limit 1 for update skip locked)
                returning id
                """).query(UUID.class).optional();
    }

    /** Batches whose node stopped beating go back to the queue and run again from the start. */
    int requeueAbandoned(int seconds) {
        return jdbc.sql("""
                update screening_batch set status = 'QUEUED'
                where status = 'RUNNING' and heartbeat_at < now() - make_interval(secs => :s)
                """).param("s", seconds).update();
    }

    String purpose(UUID id) {
        return jdbc.sql("select purpose from screening_batch where id = :id").param("id", id).query(String.class)
                .optional().orElse(null);
    }

    byte[] content(UUID id) {
        return jdbc.sql("select content from screening_batch where id = :id").param("id", id)
                .query((rs, i) -> rs.getBytes(1)).single();
    }

    void progress(UUID id, int processed, int hits, int errors) {
        jdbc.sql("""
                update screening_batch set processed_rows = :p, hit_rows = :h, error_rows = :e, heartbeat_at = now()
                where id = :id
                """).param("id", id).param("p", processed).param("h", hits).param("e", errors).update();
    }

    void finish(UUID id, ScreeningBatch.Status status, int processed, int hits, List<ScreeningBatch.RowProblem> errors,
                int errorRows, Map<String, Integer> hitsByMember, byte[] results, String message) {
        jdbc.sql("""
                update screening_batch set status = :status, processed_rows = :p, hit_rows = :h, error_rows = :e,
                    errors = cast(:errors as jsonb), hits_by_member = cast(:members as jsonb), results = :results,
                    message = :message, finished_at = now(), content = null
                where id = :id
                """).param("id", id).param("status", status.name()).param("p", processed).param("h", hits)
                .param("e", errorRows).param("errors", json.writeValueAsString(errors))
                .param("members", json.writeValueAsString(hitsByMember)).param("results", results)
                .param("message", message).update();
    }

    private ScreeningBatch map(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ScreeningBatch(rs.getObject("id", UUID.class), rs.getLong("user_id"), rs.getString("file_name"),
                ScreeningBatch.Status.valueOf(rs.getString("status")), rs.getInt("total_rows"),
                rs.getInt("processed_rows"), rs.getInt("hit_rows"), rs.getInt("error_rows"),
                json.readValue(rs.getString("errors"), new TypeReference<List<ScreeningBatch.RowProblem>>() { }),
                json.readValue(rs.getString("hits_by_member"), new TypeReference<Map<String, Integer>>() { }),
                rs.getString("message"), rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
