package org.eads.records.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.eads.records.Classification;
import org.eads.records.LinkKind;
import org.eads.records.RecordCodec;
import org.eads.records.RecordFilter;
import org.eads.records.RecordLink;
import org.eads.records.RecordSummary;
import org.eads.records.RecordType;
import org.eads.records.RecordVersion;
import org.eads.records.SharedRecord;
import org.eads.records.SharingProfile;
import org.eads.sharing.HandlingCode;
import org.eads.sharing.RecordSharing;
import org.eads.sharing.SharingLevel;
import org.eads.sharing.SqlCondition;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;

/** The SQL of the records module: records, their versions, links and the change sequence. */
@Repository
public class RecordStore {

    private static final String SELECT = """
            select r.id, r.type, r.owner_member, r.agency_id, cu.username as created_by_name, r.sharing_level,
                   r.shared_with, r.handling_codes, r.handling_note, r.classification, r.review_date, r.label,
                   r.data::text as data, r.version, r.created_at, r.updated_at, uu.username as updated_by_name,
                   r.deleted_at
            from record r
            left join app_user cu on cu.id = r.created_by
            left join app_user uu on uu.id = r.updated_by
            """;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final RecordCodec codec;

    public RecordStore(JdbcClient jdbc, DataSource dataSource, RecordCodec codec) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.codec = codec;
    }

    /** A record row and whether it is deleted. */
    public record Stored(SharedRecord record, boolean deleted) {
    }

    /** The current state of each record, or empty when it is deleted or gone. */
    public Map<UUID, Optional<SharedRecord>> current(List<UUID> ids) {
        Map<UUID, Optional<SharedRecord>> out = new HashMap<>();
        ids.forEach(id -> out.put(id, Optional.empty()));
        if (!ids.isEmpty()) {
            jdbc.sql(SELECT + " where r.id = any(:ids) and r.deleted_at is null").param("ids", ids.toArray(new UUID[0]))
                    .query(this::map).list().forEach(s -> out.put(s.record().id(), Optional.of(s.record())));
        }
        return out;
    }

    /** Live records after {@code after} in id order. */
    public List<SharedRecord> liveAfter(UUID after, int limit) {
        return jdbc.sql(SELECT + " where r.deleted_at is null" + (after == null ? "" : " and r.id > :after")
                        + " order by r.id limit :limit")
                .params(after == null ? Map.of("limit", limit) : Map.of("after", after, "limit", limit))
                .query(this::map).list().stream().map(Stored::record).toList();
    }

    public Optional<Stored> find(UUID id) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(this::map).optional();
    }

    public void insert(SharedRecord r, long userId, UUID importId) {
        jdbc.sql("""
                insert into record (id, type, owner_member, agency_id, created_by, sharing_level, shared_with,
                    handling_codes, handling_note, classification, review_date, label, data, version, created_at,
                    updated_at, updated_by, import_id)
                values (:id, :type, :owner, :agency, :user, :level, cast(:sharedWith as text[]),
                    cast(:codes as text[]), :note, :classification, :review, :label, cast(:data as jsonb), :version,
                    :at, :at, :user, :importId)
                """)
                .param("id", r.id()).param("type", r.type().name()).param("owner", r.ownerMember())
                .param("agency", r.agencyId()).param("user", userId).param("level", r.sharingLevel().name())
                .param("sharedWith", arrayLiteral(r.sharedWith())).param("codes", arrayLiteral(names(r.handlingCodes())))
                .param("note", r.handlingNote()).param("classification", r.classification().name())
                .param("review", r.reviewDate()).param("label", r.label()).param("data", codec.dataJson(r.data()))
                .param("version", r.version()).param("at", Timestamp.from(r.createdAt())).param("importId", importId)
                .update();
        changed(r);
    }

    /**
     * Replaces {@code previous} by {@code r} if the record is still at the previous version; false when it is not.
     * The previous version goes to the history.
     */
    public boolean update(SharedRecord previous, SharedRecord r, long userId) {
        int expectedVersion = previous.version();
        int rows = jdbc.sql("""
                update record set sharing_level = :level, shared_with = cast(:sharedWith as text[]),
                    handling_codes = cast(:codes as text[]), handling_note = :note, classification = :classification,
                    review_date = :review, label = :label, data = cast(:data as jsonb), version = :version,
                    updated_at = :at, updated_by = :user, agency_id = :agency
                where id = :id and version = :expected and deleted_at is null
                """)
                .param("id", r.id()).param("level", r.sharingLevel().name())
                .param("sharedWith", arrayLiteral(r.sharedWith())).param("codes", arrayLiteral(names(r.handlingCodes())))
                .param("note", r.handlingNote()).param("classification", r.classification().name())
                .param("review", r.reviewDate()).param("label", r.label()).param("data", codec.dataJson(r.data()))
                .param("version", r.version()).param("at", Timestamp.from(r.updatedAt())).param("user", userId)
                .param("agency", r.agencyId()).param("expected", expectedVersion)
                .update();
        if (rows == 1) {
            superseded(previous);
            changed(r);
        }
        return rows == 1;
    }

    /** Marks the record deleted if it is still at the previous version; its last live version goes to the history. */
    public boolean softDelete(SharedRecord previous, SharedRecord r, long userId, String reason) {
        int expectedVersion = previous.version();
        int rows = jdbc.sql("""
                update record set deleted_at = :at, deleted_by = :user, deleted_reason = :reason, version = :version,
                    updated_at = :at, updated_by = :user
                where id = :id and version = :expected and deleted_at is null
                """)
                .param("id", r.id()).param("at", Timestamp.from(r.updatedAt())).param("user", userId)
                .param("reason", reason).param("version", r.version()).param("expected", expectedVersion)
                .update();
        if (rows == 1) {
            superseded(previous);
            changed(r);
        }
        return rows == 1;
    }

    /**
     * Keeps a version that has just been replaced. The current version lives in the record row only, so creating a
     * record (and importing a million) writes no history row at all.
     */
    private void superseded(SharedRecord previous) {
        jdbc.sql("""
                insert into record_version (record_id, version, change, changed_by, changed_at, snapshot)
                values (:id, :version, :change, (select id from app_user where username = :by), :at,
                        cast(:snapshot as jsonb))
                """)
                .param("id", previous.id()).param("version", previous.version())
                .param("change", previous.version() == 1 ? "CREATE" : "UPDATE").param("by", previous.updatedBy())
                .param("at", Timestamp.from(previous.updatedAt())).param("snapshot", codec.write(previous).toString())
                .update();
    }

    /** The change sequence that derived state (the search index) follows. */
    private void changed(SharedRecord r) {
        jdbc.sql("insert into record_change (record_id, version) values (:id, :version)")
                .param("id", r.id()).param("version", r.version()).update();
    }

    /**
     * Writes many new records with PostgreSQL's COPY, in the caller's transaction: the fast path of imports. Each
     * record gets its entry in the change sequence, as {@link #insert} does.
     */
    /** New records as the text COPY reads; pure work on values, so that it can run off the writing thread. */
    public CopyRows copyRows(List<SharedRecord> records, long userId, UUID importId) {
        StringBuilder recordRows = new StringBuilder(records.size() * 600);
        StringBuilder changeRows = new StringBuilder(records.size() * 50);
        for (SharedRecord r : records) {
            String at = r.createdAt().toString();
            row(recordRows, r.id(), r.type().name(), r.ownerMember(), r.agencyId(), userId, r.sharingLevel().name(),
                    arrayLiteral(r.sharedWith()), arrayLiteral(names(r.handlingCodes())), r.handlingNote(),
                    r.classification().name(), r.reviewDate(), r.label(), codec.dataJson(r.data()), r.version(), at,
                    at, userId, importId);
            row(changeRows, r.id(), r.version());
        }
        return new CopyRows(recordRows.toString(), changeRows.toString());
    }

    /** Rows of the record table and of the change sequence in COPY's text format. */
    public record CopyRows(String records, String changes) {
    }

    /** Writes prepared rows with COPY, in the caller's transaction. */
    public void copyIn(CopyRows rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("""
                    copy record (id, type, owner_member, agency_id, created_by, sharing_level, shared_with,
                        handling_codes, handling_note, classification, review_date, label, data, version, created_at,
                        updated_at, updated_by, import_id) from stdin""", new StringReader(rows.records()));
            copy.copyIn("copy record_change (record_id, version) from stdin", new StringReader(rows.changes()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Bulk insert failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** One line of COPY's text format. */
    private static void row(StringBuilder sb, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                sb.append("\\N");
                continue;
            }
            String s = v.toString();
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                switch (c) {
                    case '\\' -> sb.append("\\\\");
                    case '\t' -> sb.append("\\t");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    default -> sb.append(c);
                }
            }
        }
        sb.append('\n');
    }

    /** Every version of a record, newest first: the current one from the record row, the older ones kept. */
    public List<RecordVersion> versions(UUID id) {
        List<RecordVersion> versions = new java.util.ArrayList<>();
        find(id).ifPresent(s -> {
            SharedRecord r = s.record();
            String change = s.deleted() ? "DELETE" : r.version() == 1 ? "CREATE" : "UPDATE";
            versions.add(new RecordVersion(r.version(), change, r.updatedBy(), r.updatedAt(), codec.write(r).toString()));
        });
        versions.addAll(jdbc.sql("""
                select v.version, v.change, u.username, v.changed_at, v.snapshot::text as snapshot
                from record_version v left join app_user u on u.id = v.changed_by
                where v.record_id = :id order by v.version desc
                """)
                .param("id", id)
                .query((rs, i) -> new RecordVersion(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .list());
        return versions;
    }

    /** How a version was shared while it was current, as its snapshot records it. */
    public RecordSharing sharingAt(RecordVersion v) {
        JsonNode snapshot = codec.mapper().readTree(v.snapshotJson());
        Set<String> sharedWith = new java.util.HashSet<>();
        snapshot.path("sharedWith").forEach(m -> sharedWith.add(m.asString()));
        return new RecordSharing(snapshot.path("ownerMember").asString(),
                SharingLevel.valueOf(snapshot.path("sharingLevel").asString()), sharedWith);
    }

    /**
     * One page of the records the condition lets through, newest change first. Fetches one row more than the page
     * to know whether there is a next page.
     */
    public List<RecordSummary> list(SqlCondition visible, RecordFilter filter, String viewerMember, long offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("""
                select r.id, r.type, r.label, r.owner_member, r.sharing_level, r.handling_codes, r.classification,
                       r.review_date, r.version, r.updated_at
                from record r where\s""").append(where(visible, filter, viewerMember, params));
        sql.append(Boolean.TRUE.equals(filter.dueForReview()) ? " order by r.review_date, r.id" : " order by r.updated_at desc, r.id");
        sql.append(" limit :limit offset :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql.toString()).params(params).query((rs, i) -> new RecordSummary(
                rs.getObject("id", UUID.class), RecordType.valueOf(rs.getString("type")), rs.getString("label"),
                rs.getString("owner_member"), SharingLevel.valueOf(rs.getString("sharing_level")),
                handlingCodes(rs), Classification.valueOf(rs.getString("classification")),
                rs.getObject("review_date", LocalDate.class), rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant())).list();
    }

    /**
     * The next whole records after {@code after} (by id) that the condition and filter let through. Exports page by
     * id rather than by offset so that each batch costs the same however deep the export has gone.
     */
    public List<SharedRecord> batchAfter(SqlCondition visible, RecordFilter filter, String viewerMember, UUID after,
                                         int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder(SELECT).append(" where ").append(where(visible, filter, viewerMember, params));
        if (after != null) {
            sql.append(" and r.id > :after");
            params.put("after", after);
        }
        sql.append(" order by r.id limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(this::map).list().stream().map(Stored::record).toList();
    }

    /** How many live records of each type and sharing level the member owns, among those the condition lets through. */
    public SharingProfile sharingProfile(SqlCondition visible, String ownerMember) {
        Map<RecordType, Map<SharingLevel, Long>> counts = new java.util.EnumMap<>(RecordType.class);
        jdbc.sql("select r.type, r.sharing_level, count(*) from record r where r.deleted_at is null"
                        + " and r.owner_member = :owner and " + visible.sql() + " group by r.type, r.sharing_level")
                .params(visible.params()).param("owner", ownerMember)
                .query((rs, i) -> {
                    counts.computeIfAbsent(RecordType.valueOf(rs.getString(1)), t -> new java.util.EnumMap<>(SharingLevel.class))
                            .put(SharingLevel.valueOf(rs.getString(2)), rs.getLong(3));
                    return null;
                }).list();
        return new SharingProfile(counts);
    }

    /** The where clause of lists and exports: live, visible, and matching the filter. Fills in its parameters. */
    private static String where(SqlCondition visible, RecordFilter filter, String viewerMember, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("r.deleted_at is null and ").append(visible.sql());
        params.putAll(visible.params());
        if (filter.type() != null) {
            sql.append(" and r.type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.owner() != null) {
            sql.append(" and r.owner_member = :owner");
            params.put("owner", filter.owner());
        }
        if (filter.sharingLevel() != null) {
            sql.append(" and r.sharing_level = :level");
            params.put("level", filter.sharingLevel().name());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.append(" and r.label ilike :text");
            params.put("text", "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (Boolean.TRUE.equals(filter.dueForReview())) {
            sql.append(" and r.owner_member = :dueMember and r.review_date <= current_date + 30");
            params.put("dueMember", viewerMember);
        }
        return sql.toString();
    }

    public void link(UUID from, UUID to, LinkKind kind, long userId) {
        jdbc.sql("""
                insert into record_link (from_id, to_id, kind, created_by) values (:from, :to, :kind, :user)
                on conflict (from_id, to_id, kind) do nothing
                """)
                .param("from", from).param("to", to).param("kind", kind.name()).param("user", userId).update();
    }

    public boolean unlink(long linkId, UUID recordId) {
        return jdbc.sql("delete from record_link where id = :id and (from_id = :rid or to_id = :rid)")
                .param("id", linkId).param("rid", recordId).update() == 1;
    }

    /** The links of a record to the other records the condition lets through. */
    public List<RecordLink> links(UUID id, SqlCondition visible) {
        String sql = """
                select l.id, l.kind, l.created_at, l.from_id = :id as outgoing, r.id as other_id, r.type, r.label,
                       r.owner_member
                from record_link l
                join record r on r.id = case when l.from_id = :id then l.to_id else l.from_id end
                where (l.from_id = :id or l.to_id = :id) and r.deleted_at is null and\s""" + visible.sql()
                + " order by l.kind, r.label";
        return jdbc.sql(sql).params(visible.params()).param("id", id)
                .query((rs, i) -> new RecordLink(rs.getLong("id"), rs.getObject("other_id", UUID.class),
                        RecordType.valueOf(rs.getString("type")), rs.getString("label"), rs.getString("owner_member"),
                        LinkKind.valueOf(rs.getString("kind")), rs.getBoolean("outgoing"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private Stored map(ResultSet rs, int row) throws SQLException {
        RecordType type = RecordType.valueOf(rs.getString("type"));
        long agency = rs.getLong("agency_id");
        Long agencyId = rs.wasNull() ? null : agency;
        SharedRecord r = new SharedRecord(rs.getObject("id", UUID.class), type, rs.getString("owner_member"),
                agencyId, rs.getString("created_by_name"), SharingLevel.valueOf(rs.getString("sharing_level")),
                Set.of((String[]) rs.getArray("shared_with").getArray()), handlingCodes(rs),
                rs.getString("handling_note"), Classification.valueOf(rs.getString("classification")),
                rs.getObject("review_date", LocalDate.class), rs.getString("label"),
                codec.dataFromJson(type, rs.getString("data")), rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by_name"));
        return new Stored(r, rs.getTimestamp("deleted_at") != null);
    }

    private static Set<HandlingCode> handlingCodes(ResultSet rs) throws SQLException {
        Set<HandlingCode> codes = EnumSet.noneOf(HandlingCode.class);
        Arrays.stream((String[]) rs.getArray("handling_codes").getArray()).map(HandlingCode::valueOf).forEach(codes::add);
        return codes;
    }

    private static List<String> names(Set<HandlingCode> codes) {
        return codes.stream().map(Enum::name).sorted().toList();
    }

    /** A PostgreSQL array literal; the values are member codes and handling codes, checked before they get here. */
    private static String arrayLiteral(java.util.Collection<String> values) {
        return values.stream().sorted().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    static Instant now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

}
