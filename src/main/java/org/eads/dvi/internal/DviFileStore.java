package org.eads.dvi.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eads.dvi.DviFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The SQL of PM and AM files, their DNA profiles and dental charts. */
@Repository
public class DviFileStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    DviFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String table(DviFile.Kind kind) {
        return kind == DviFile.Kind.PM ? "dvi_pm_file" : "dvi_am_file";
    }

    public boolean numberTaken(DviFile.Kind kind, UUID operation, String number) {
        return jdbc.sql("select exists (select 1 from " + table(kind) + " where operation_id = :o and number = :n)")
                .param("o", operation).param("n", number).query(Boolean.class).single();
    }

    public void insert(UUID id, DviFile.Kind kind, UUID operation, String member, DviFile.Input in, long userId) {
        String common = "id, operation_id, number, member_code, sex, age_min, age_max, stature_min_cm, stature_max_cm, "
                + "description, fingerprints, afis_reference, created_by";
        String values = ":id, :op, :number, :member, :sex, :ageMin, :ageMax, :statMin, :statMax, :description::jsonb, "
                + ":fingerprints, :afis, :user";
        String sql = kind == DviFile.Kind.PM
                ? "insert into dvi_pm_file (" + common + ", recovered_at, recovery_place, condition) values ("
                        + values + ", :recoveredAt, :recoveryPlace, :condition)"
                : "insert into dvi_am_file (" + common + ", name, nationality, birth_date, circumstances) values ("
                        + values + ", :name, :nationality, :birthDate, :circumstances)";
        var statement = jdbc.sql(sql).param("id", id).param("op", operation).param("number", in.number().strip())
                .param("member", member).param("sex", in.sex()).param("ageMin", in.ageMin())
                .param("ageMax", in.ageMax()).param("statMin", in.statureMinCm()).param("statMax", in.statureMaxCm())
                .param("description", JSON.writeValueAsString(in.description() == null ? Map.of() : in.description()))
                .param("fingerprints", Boolean.TRUE.equals(in.fingerprints())).param("afis", in.afisReference())
                .param("user", userId);
        if (kind == DviFile.Kind.PM) {
            statement.param("recoveredAt", in.recoveredAt() == null ? null : java.sql.Timestamp.from(in.recoveredAt()))
                    .param("recoveryPlace", in.recoveryPlace()).param("condition", in.condition());
        } else {
            statement.param("name", in.name().strip()).param("nationality", in.nationality())
                    .param("birthDate", in.birthDate()).param("circumstances", in.circumstances());
        }
        statement.update();
    }

    public Optional<DviFile> find(DviFile.Kind kind, UUID id) {
        return jdbc.sql("select * from " + table(kind) + " where id = :id").param("id", id)
                .query((rs, i) -> file(rs, kind)).optional();
    }

    public List<DviFile> of(DviFile.Kind kind, UUID operation, int offset, int limit) {
        return jdbc.sql("select * from " + table(kind) + " where operation_id = :o order by number offset :off limit :lim")
                .param("o", operation).param("off", offset).param("lim", limit).query((rs, i) -> file(rs, kind)).list();
    }

    /** Sets the marks or the personal effects of a file. */
    public void setMarks(DviFile.Kind kind, UUID file, List<DviFile.Mark> marks) {
        jdbc.sql("update " + table(kind) + " set marks = :m::jsonb, updated_at = now() where id = :id")
                .param("m", JSON.writeValueAsString(marks)).param("id", file).update();
    }

    public void setEffects(DviFile.Kind kind, UUID file, List<DviFile.Effect> effects) {
        jdbc.sql("update " + table(kind) + " set effects = :e::jsonb, updated_at = now() where id = :id")
                .param("e", JSON.writeValueAsString(effects)).param("id", file).update();
    }

    public void setImplants(DviFile.Kind kind, UUID file, List<DviFile.Implant> implants) {
        jdbc.sql("update " + table(kind) + " set implants = :i::jsonb, updated_at = now() where id = :id")
                .param("i", JSON.writeValueAsString(implants)).param("id", file).update();
    }

    public long addDna(DviFile.Kind kind, UUID file, String profileKind, String sample, String relativeName,
                       String relationship, Map<String, List<String>> loci, List<String> dropout, long userId) {
        return jdbc.sql("""
                insert into dvi_dna_profile (pm_file_id, am_file_id, kind, sample, relative_name, relationship, loci,
                    dropout, created_by)
                values (:pm, :am, :kind, :sample, :relative, :relationship, :loci::jsonb, :dropout, :user) returning id
                """).param("pm", kind == DviFile.Kind.PM ? file : null).param("am", kind == DviFile.Kind.AM ? file : null)
                .param("kind", profileKind).param("sample", sample).param("relative", relativeName)
                .param("relationship", relationship).param("loci", JSON.writeValueAsString(loci))
                .param("dropout", dropout.toArray(String[]::new)).param("user", userId).query(Long.class).single();
    }

    /** A file's DNA profiles: kind, relationship, loci, dropout loci. */
    public List<StoredProfile> dna(DviFile.Kind kind, UUID file) {
        return jdbc.sql("select id, kind, relationship, loci::text, dropout from dvi_dna_profile where "
                        + (kind == DviFile.Kind.PM ? "pm_file_id" : "am_file_id") + " = :f order by id")
                .param("f", file).query((rs, i) -> new StoredProfile(rs.getLong(1), rs.getString(2), rs.getString(3),
                        JSON.readValue(rs.getString(4), new TypeReference<Map<String, List<String>>>() { }),
                        List.of((String[]) rs.getArray(5).getArray()))).list();
    }

    /** The DNA profiles of all files of a kind in an operation, by file. */
    public Map<UUID, List<StoredProfile>> dnaOfOperation(DviFile.Kind kind, UUID operation) {
        String column = kind == DviFile.Kind.PM ? "pm_file_id" : "am_file_id";
        Map<UUID, List<StoredProfile>> out = new java.util.HashMap<>();
        jdbc.sql("select d." + column + ", d.id, d.kind, d.relationship, d.loci::text, d.dropout from dvi_dna_profile d "
                        + "join " + table(kind) + " f on f.id = d." + column + " where f.operation_id = :o order by d.id")
                .param("o", operation).query((rs, i) -> {
                    out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                            .add(new StoredProfile(rs.getLong(2), rs.getString(3), rs.getString(4),
                                    JSON.readValue(rs.getString(5), new TypeReference<Map<String, List<String>>>() { }),
                                    List.of((String[]) rs.getArray(6).getArray())));
                    return null;
                }).list();
        return out;
    }

    /** The dental charts of all files of a kind in an operation, by file. */
    public Map<UUID, Map<String, Map<String, Object>>> chartsOfOperation(DviFile.Kind kind, UUID operation) {
        String column = kind == DviFile.Kind.PM ? "pm_file_id" : "am_file_id";
        Map<UUID, Map<String, Map<String, Object>>> out = new java.util.HashMap<>();
        jdbc.sql("select c." + column + ", c.teeth::text from dvi_dental_chart c join " + table(kind)
                        + " f on f.id = c." + column + " where f.operation_id = :o")
                .param("o", operation).query((rs, i) -> {
                    out.put(rs.getObject(1, UUID.class), JSON.readValue(rs.getString(2),
                            new TypeReference<Map<String, Map<String, Object>>>() { }));
                    return null;
                }).list();
        return out;
    }

    /** A profile as stored. */
    public record StoredProfile(long id, String kind, String relationship, Map<String, List<String>> loci,
                                List<String> dropout) {
    }

    public void saveChart(DviFile.Kind kind, UUID file, LocalDate recordedOn, Map<String, Map<String, Object>> teeth,
                          long userId) {
        String column = kind == DviFile.Kind.PM ? "pm_file_id" : "am_file_id";
        jdbc.sql("insert into dvi_dental_chart (" + column + ", recorded_on, teeth, created_by) "
                        + "values (:f, :on, :teeth::jsonb, :user) on conflict (" + column + ") do update set "
                        + "recorded_on = excluded.recorded_on, teeth = excluded.teeth, created_by = excluded.created_by, "
                        + "updated_at = now()")
                .param("f", file).param("on", recordedOn).param("teeth", JSON.writeValueAsString(teeth))
                .param("user", userId).update();
    }

    public Optional<Map<String, Map<String, Object>>> chart(DviFile.Kind kind, UUID file) {
        return jdbc.sql("select teeth::text from dvi_dental_chart where "
                        + (kind == DviFile.Kind.PM ? "pm_file_id" : "am_file_id") + " = :f")
                .param("f", file).query(String.class).optional()
                .map(t -> JSON.readValue(t, new TypeReference<Map<String, Map<String, Object>>>() { }));
    }

    private static DviFile file(ResultSet rs, DviFile.Kind kind) throws SQLException {
        boolean pm = kind == DviFile.Kind.PM;
        var recovered = pm ? rs.getTimestamp("recovered_at") : null;
        return new DviFile(rs.getObject("id", UUID.class), kind, rs.getObject("operation_id", UUID.class),
                rs.getString("number"), rs.getString("member_code"), rs.getString("sex"),
                (Integer) rs.getObject("age_min"), (Integer) rs.getObject("age_max"),
                (Integer) rs.getObject("stature_min_cm"), (Integer) rs.getObject("stature_max_cm"),
                JSON.readValue(rs.getString("description"), new TypeReference<Map<String, String>>() { }),
                rs.getBoolean("fingerprints"), rs.getString("afis_reference"), rs.getString("status"),
                recovered == null ? null : recovered.toInstant(), pm ? rs.getString("recovery_place") : null,
                pm ? rs.getString("condition") : null, pm ? null : rs.getString("name"),
                pm ? null : rs.getString("nationality"), pm ? null : rs.getObject("birth_date", LocalDate.class),
                pm ? null : rs.getString("circumstances"), rs.getTimestamp("created_at").toInstant(),
                JSON.readValue(rs.getString("implants"), new TypeReference<List<DviFile.Implant>>() { }),
                JSON.readValue(rs.getString("marks"), new TypeReference<List<DviFile.Mark>>() { }),
                JSON.readValue(rs.getString("effects"), new TypeReference<List<DviFile.Effect>>() { }));
    }
}
