package org.eads.imports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eads.imports.ImportFormat;
import org.eads.imports.ImportJob;
import org.eads.imports.ImportMode;
import org.eads.imports.ImportStatus;
import org.eads.imports.RowError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The SQL of import jobs. */
@Repository
class ImportJobStore {

    /** How many row errors a job keeps to show; the count covers all of them. */
    static final int KEPT_ERRORS = 1000;

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ImportJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void create(UUID id, String kind, Map<String, String> parameters, long userId, String fileName,
                ImportFormat format, ImportMode mode, ImportStatus status, Integer totalRows) {
        jdbc.sql("""
                insert into import_job (id, kind, parameters, user_id, file_name, format, mode, status, total_rows)
                values (:id, :kind, :parameters::jsonb, :user, :file, :format, :mode, :status, :total)
                """)
                .param("id", id).param("kind", kind).param("parameters", json.writeValueAsString(parameters)).param("user", userId).param("file", fileName).param("format", format.name())
                .param("mode", mode.name()).param("status", status.name()).param("total", totalRows).update();
    }

    void storeFile(UUID id, byte[] content) {
        jdbc.sql("insert into import_file (job_id, content) values (:id, :content)")
                .param("id", id).param("content", content).update();
    }

    Optional<byte[]> file(UUID id) {
        return jdbc.sql("select content from import_file where job_id = :id").param("id", id)
                .query((rs, i) -> rs.getBytes(1)).optional();
    }

    Map<String, String> parameters(UUID id) {
        String text = jdbc.sql("select parameters::text from import_job where id = :id").param("id", id)
                .query(String.class).single();
        return json.readValue(text, new TypeReference<Map<String, String>>() { });
    }

    void dropFile(UUID id) {
        jdbc.sql("delete from import_file where job_id = :id").param("id", id).update();
    }

    Optional<ImportJob> find(UUID id) {
        return jdbc.sql("select * from import_job where id = :id").param("id", id).query(this::map).optional();
    }

    List<ImportJob> recent(long userId, int limit) {
        return jdbc.sql("select * from import_job where user_id = :user order by created_at desc limit :limit")
                .param("user", userId).param("limit", limit).query(this::map).list();
    }

    /** Takes the oldest queued job for this node; other nodes skip it. */
    Optional<UUID> claim(String node) {
        return jdbc.sql("""
                update import_job set status = 'RUNNING', node = :node, heartbeat_at = now(),
                    started_at = coalesce(started_at, now()), processed_rows = 0, imported_rows = 0, error_rows = 0
                where id = (select id from import_job where status = 'QUEUED' order by created_at
                            limit 1 for update skip locked)
                returning id
                """).param("node", node).query(UUID.class).optional();
    }

    /** Jobs whose node stopped beating (crashed or restarted) are queued again: their rows were never committed. */
    int requeueAbandoned(int seconds) {
        return jdbc.sql("""
                update import_job set status = 'QUEUED', node = null
                where status = 'RUNNING' and heartbeat_at < now() - make_interval(secs => :secs)
                """).param("secs", seconds).update();
    }

    void progress(UUID id, int processed, int imported, int errorRows) {
        jdbc.sql("""
                update import_job set processed_rows = :p, imported_rows = :i, error_rows = :e, heartbeat_at = now()
                where id = :id
                """).param("id", id).param("p", processed).param("i", imported).param("e", errorRows).update();
    }

    void finish(UUID id, ImportStatus status, int processed, int imported, int errorRows, List<RowError> errors,
                String message) {
        jdbc.sql("""
                update import_job set status = :status, processed_rows = :p, imported_rows = :i, error_rows = :e,
                    errors = cast(:errors as jsonb), message = :message, finished_at = :finished, total_rows = :p
                where id = :id
                """)
                .param("id", id).param("status", status.name()).param("p", processed).param("i", imported)
                .param("e", errorRows).param("errors", json.writeValueAsString(errors)).param("message", message)
                .param("finished", status.finished() ? Timestamp.from(Instant.now()) : null).update();
    }

    boolean moveStatus(UUID id, ImportStatus from, ImportStatus to, ImportMode mode) {
        return jdbc.sql("update import_job set status = :to, mode = :mode where id = :id and status = :from")
                .param("id", id).param("from", from.name()).param("to", to.name()).param("mode", mode.name())
                .update() == 1;
    }

    private ImportJob map(ResultSet rs, int row) throws SQLException {
        int total = rs.getInt("total_rows");
        Integer totalRows = rs.wasNull() ? null : total;
        return new ImportJob(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getLong("user_id"), rs.getString("file_name"),
                ImportFormat.valueOf(rs.getString("format")), ImportMode.valueOf(rs.getString("mode")),
                ImportStatus.valueOf(rs.getString("status")), totalRows, rs.getInt("processed_rows"),
                rs.getInt("imported_rows"), rs.getInt("error_rows"),
                json.readValue(rs.getString("errors"), new TypeReference<List<RowError>>() { }),
                rs.getString("message"), instant(rs, "created_at"), instant(rs, "started_at"),
                instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
