package org.eads.stats.internal.capability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eads.stats.CapabilityAssessment;
import org.eads.stats.CapabilityAssessment.Answer;
import org.eads.stats.CapabilityAssessment.Status;
import org.eads.stats.CapabilityDimension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of capability self-assessments and their answers. */
@Repository
public class AssessmentStore {

    private static final String SELECT = """
            select a.*, m.name member_name, c.display_name created_name, u.display_name updated_name,
                   s.display_name submitted_name
            from stats_capability_assessment a
            join member m on m.code = a.member
            join app_user c on c.id = a.created_by
            join app_user u on u.id = a.updated_by
            left join app_user s on s.id = a.submitted_by
            """;

    /** An assessment without its answers; the service adds them and the crime areas of its year. */
    public record Row(UUID id, String member, String memberName, int year, int revision, Status status,
                      int classification, UUID copiedFrom, String revisionReason, String createdBy, Instant createdAt,
                      String updatedBy, Instant updatedAt, String submittedBy, Instant submittedAt) {
    }

    private final JdbcClient jdbc;

    AssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts a draft; false when another request made the same member's draft or revision of that year at the same
     * moment (the unique indexes decide).
     */
    public boolean insert(UUID id, String member, int year, int revision, int classification, UUID copiedFrom,
                          String reason, long userId) {
        return jdbc.sql("""
                insert into stats_capability_assessment (id, member, year, revision, status, classification,
                    copied_from, revision_reason, created_by, updated_by)
                values (:id, :member, :year, :revision, 'DRAFT', :classification, :copied, :reason, :user, :user)
                on conflict do nothing
                """).param("id", id).param("member", member).param("year", year).param("revision", revision)
                .param("classification", classification).param("copied", copiedFrom).param("reason", reason)
                .param("user", userId).update() == 1;
    }

    /** Copies the answers of one assessment into another, for the crime areas given. */
    public void copyAnswers(UUID from, UUID to, List<String> crimeAreas) {
        jdbc.sql("""
                insert into stats_capability_answer (assessment, crime_area, dimension, score, evidence, training_need)
                select :to, crime_area, dimension, score, evidence, training_need from stats_capability_answer
                where assessment = :from and crime_area = any(:areas)
                """).param("to", to).param("from", from).param("areas", crimeAreas.toArray(String[]::new)).update();
    }

    /** Writes the answers given, replacing what was there for the same crime area and dimension. */
    public void saveAnswers(UUID id, List<Answer> answers, long userId) {
        for (Answer a : answers) {
            jdbc.sql("""
                    insert into stats_capability_answer (assessment, crime_area, dimension, score, evidence,
                        training_need)
                    values (:id, :area, :dimension, :score, :evidence, :need)
                    on conflict (assessment, crime_area, dimension) do update set score = excluded.score,
                        evidence = excluded.evidence, training_need = excluded.training_need
                    """).param("id", id).param("area", a.crimeArea()).param("dimension", a.dimension().name())
                    .param("score", a.score()).param("evidence", a.evidence()).param("need", a.trainingNeed())
                    .update();
        }
        touch(id, userId);
    }

    public void touch(UUID id, long userId) {
        jdbc.sql("update stats_capability_assessment set updated_by = :user, updated_at = now() where id = :id")
                .param("user", userId).param("id", id).update();
    }

    /**
     * Makes a draft the assessment in force for its year, the one it replaces superseded. The caller holds the lock
     * of the draft ({@link #lock}).
     */
    public void submit(UUID id, long userId) {
        jdbc.sql("""
                update stats_capability_assessment set status = 'SUPERSEDED'
                where status = 'SUBMITTED' and (member, year) = (select member, year from stats_capability_assessment
                                                                 where id = :id)
                """).param("id", id).update();
        jdbc.sql("""
                update stats_capability_assessment set status = 'SUBMITTED', submitted_by = :user, submitted_at = now(),
                    updated_by = :user, updated_at = now()
                where id = :id and status = 'DRAFT'
                """).param("user", userId).param("id", id).update();
    }

    /** The assessment, its row locked until the transaction ends: two submissions of one draft queue up. */
    public Optional<Row> lock(UUID id) {
        jdbc.sql("select id from stats_capability_assessment where id = :id for update").param("id", id)
                .query(UUID.class).optional();
        return find(id);
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(this::row).optional();
    }

    /** Every revision of a member's assessment of a year, first to last. */
    public List<Row> revisions(String member, int year) {
        return jdbc.sql(SELECT + " where a.member = :m and a.year = :y order by a.revision").param("m", member)
                .param("y", year).query(this::row).list();
    }

    /** The assessments of a year (or of every year), of one member or of all, newest year and revision first. */
    public List<Row> list(String member, Integer year) {
        return jdbc.sql(SELECT + " where (cast(:m as text) is null or a.member = :m)"
                        + " and (cast(:y as int) is null or a.year = :y) order by a.year desc, m.name, a.revision desc")
                .param("m", member).param("y", year).query(this::row).list();
    }

    /** The member's latest submitted assessment of a year before the one given: what "copy last year" copies. */
    public Optional<Row> latestSubmittedBefore(String member, int year) {
        return jdbc.sql(SELECT + " where a.member = :m and a.year < :y and a.status = 'SUBMITTED'"
                        + " order by a.year desc limit 1")
                .param("m", member).param("y", year).query(this::row).optional();
    }

    public int nextRevision(String member, int year) {
        return jdbc.sql("select coalesce(max(revision), 0) + 1 from stats_capability_assessment where member = :m and year = :y")
                .param("m", member).param("y", year).query(Integer.class).single();
    }

    public List<Answer> answers(UUID id) {
        return jdbc.sql("""
                select crime_area, dimension, score, evidence, training_need from stats_capability_answer
                where assessment = :id
                """).param("id", id).query(AssessmentStore::answer).list();
    }

    /** How many scores each assessment has, by id. */
    public Map<UUID, Integer> answeredCounts(List<UUID> ids) {
        Map<UUID, Integer> out = new LinkedHashMap<>();
        jdbc.sql("""
                select assessment, count(score) from stats_capability_answer where assessment = any(:ids)
                group by assessment
                """).param("ids", ids.toArray(UUID[]::new))
                .query(rs -> {
                    out.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return out;
    }

    /** The answers of the assessments in force for a year, by member (of one member, or of all when null). */
    public Map<String, List<Answer>> submittedAnswers(int year, String member) {
        Map<String, List<Answer>> out = new LinkedHashMap<>();
        jdbc.sql("""
                select a.member, v.crime_area, v.dimension, v.score, v.evidence, v.training_need
                from stats_capability_assessment a join stats_capability_answer v on v.assessment = a.id
                where a.year = :y and a.status = 'SUBMITTED' and (cast(:m as text) is null or a.member = :m)
                """).param("y", year).param("m", member).query(rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Answer(rs.getString(2),
                            CapabilityDimension.valueOf(rs.getString(3)), rs.getObject(4, Integer.class),
                            rs.getString(5), rs.getString(6)));
                });
        return out;
    }

    /** The members with a draft for the year (a first assessment or a new revision). */
    public List<String> drafting(int year) {
        return jdbc.sql("select member from stats_capability_assessment where year = :y and status = 'DRAFT'")
                .param("y", year).query(String.class).list();
    }

    private static Answer answer(ResultSet rs, int row) throws SQLException {
        return new Answer(rs.getString("crime_area"), CapabilityDimension.valueOf(rs.getString("dimension")),
                rs.getObject("score", Integer.class), rs.getString("evidence"), rs.getString("training_need"));
    }

    private Row row(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("member"), rs.getString("member_name"),
                rs.getInt("year"), rs.getInt("revision"), Status.valueOf(rs.getString("status")),
                rs.getInt("classification"), rs.getObject("copied_from", UUID.class),
                rs.getString("revision_reason"), rs.getString("created_name"), instant(rs.getTimestamp("created_at")),
                rs.getString("updated_name"), instant(rs.getTimestamp("updated_at")), rs.getString("submitted_name"),
                instant(rs.getTimestamp("submitted_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** The answers as the API shows them: in the order of the crime areas given, then of the dimensions. */
    public static List<Answer> ordered(List<Answer> answers, List<String> crimeAreas) {
        List<Answer> out = new ArrayList<>(answers);
        out.sort(java.util.Comparator.<Answer>comparingInt(a -> {
            int i = crimeAreas.indexOf(a.crimeArea());
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(Answer::crimeArea).thenComparing(Answer::dimension));
        return out;
    }

    /** The row with its crime areas, answers and outstanding problems: the assessment as the API shows it. */
    public static CapabilityAssessment assessment(Row r, List<CapabilityAssessment.Area> areas, List<Answer> answers,
                                                  List<org.eads.records.Problems.FieldProblem> outstanding) {
        return new CapabilityAssessment(r.id(), r.member(), r.memberName(), r.year(), r.revision(), r.status(),
                r.classification(), r.copiedFrom(), r.revisionReason(), r.createdBy(), r.createdAt(), r.updatedBy(),
                r.updatedAt(), r.submittedBy(), r.submittedAt(), areas,
                ordered(answers, areas.stream().map(CapabilityAssessment.Area::code).toList()), outstanding);
    }
}
