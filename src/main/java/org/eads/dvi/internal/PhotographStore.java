package org.eads.dvi.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eads.dvi.DviFile;
import org.eads.dvi.Photograph;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the photographs of PM and AM files. */
@Repository
public class PhotographStore {

    private static final String COLUMNS = "id, file_kind, file_id, caption, content_type, width, height, size_bytes, "
            + "sha256, uploaded_at";

    private final JdbcClient jdbc;

    PhotographStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Photograph p, UUID operation, byte[] content, byte[] preview, long userId) {
        jdbc.sql("insert into dvi_photograph (id, file_kind, file_id, operation_id, caption, content_type, width, "
                        + "height, size_bytes, sha256, content, preview, uploaded_by) values (:id, :kind, :file, :op, "
                        + ":caption, :type, :w, :h, :size, :sha, :content, :preview, :user)")
                .param("id", p.id()).param("kind", p.fileKind().name()).param("file", p.fileId()).param("op", operation)
                .param("caption", p.caption()).param("type", p.contentType()).param("w", p.width())
                .param("h", p.height()).param("size", p.sizeBytes()).param("sha", p.sha256())
                .param("content", content).param("preview", preview).param("user", userId).update();
    }

    public List<Photograph> of(DviFile.Kind kind, UUID file) {
        return jdbc.sql("select " + COLUMNS + " from dvi_photograph where file_kind = :kind and file_id = :file "
                        + "order by uploaded_at, id")
                .param("kind", kind.name()).param("file", file).query(PhotographStore::photograph).list();
    }

    public Optional<Photograph> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from dvi_photograph where id = :id").param("id", id)
                .query(PhotographStore::photograph).optional();
    }

    /** The original bytes, or the preview's. */
    public byte[] bytes(UUID id, boolean preview) {
        return jdbc.sql("select " + (preview ? "preview" : "content") + " from dvi_photograph where id = :id")
                .param("id", id).query(byte[].class).single();
    }

    private static Photograph photograph(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Photograph(rs.getObject("id", UUID.class), DviFile.Kind.valueOf(rs.getString("file_kind")),
                rs.getObject("file_id", UUID.class), rs.getString("caption"), rs.getString("content_type"),
                rs.getInt("width"), rs.getInt("height"), rs.getInt("size_bytes"), rs.getString("sha256"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
