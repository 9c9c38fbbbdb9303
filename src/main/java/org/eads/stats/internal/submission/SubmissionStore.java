package org.eads.stats.internal.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eads.stats.Classification;
import org.eads.stats.Period;
import org.eads.stats.ReportedValue;
import org.eads.stats.Submission;
import org.eads.stats.SubmissionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of submissions, their values in long format, and the accepted values in force ({@code stats_fact}). */
@Repository
public class SubmissionStore {

    private static final String SELECT = """
            select id, member, period, revision, status, classification, revision_reason, created_by, created_at,
                   updated_at, submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment
            from stats_submission
            """;

    private final JdbcClient jdbc;

    SubmissionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, String member, Period period, int revision, int classification, String reason,
                       String createdBy) {
        jdbc.sql("""
                insert into stats_submission (id, member, period, revision, status, classification, revision_reason,
                    created_by)
                values (:id, :member, :period, :revision, 'DRAFT', :classification, :reason, :by)
                """).param("id", id).param("member", member).param("period", period.toString())
                .param("revision", revision).param("classification", classification).param("reason", reason)
                .param("by", createdBy).update();
    }

    public Optional<Submission> find(UUID id) {
        return jdbc.sql(SELECT + "where id = :id").param("id", id).query(SubmissionStore::submission).optional();
    }

    /** Locks the submission's row for a change of state, so that two reviewers cannot both act on it. */
    public Optional<Submission> lock(UUID id) {
        return jdbc.sql(SELECT + "where id = :id for update").param("id", id).query(SubmissionStore::submission)
                .optional();
    }

    /**
     * Locks submissions for a change of their values and counts those still editable (draft or returned): fewer
     * than asked means one changed state meanwhile.
     */
    public int lockEditable(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select status from stats_submission where id = any(:ids::uuid[]) for update")
                .param("ids", ids.stream().map(UUID::toString).toArray(String[]::new)).query(String.class).list()
                .stream().filter(s -> SubmissionStatus.valueOf(s).editable()).mapToInt(s -> 1).sum();
    }

    /** The member's open submission for the period (draft, submitted or returned), if any. */
    public Optional<Submission> open(String member, Period period) {
        return jdbc.sql(SELECT + "where member = :m and period = :p and status in ('DRAFT', 'SUBMITTED', 'RETURNED')")
                .param("m", member).param("p", period.toString()).query(SubmissionStore::submission).optional();
    }

    /** The member's open submissions for several periods, by period. */
    public Map<String, Submission> open(String member, Collection<String> periods) {
        Map<String, Submission> out = new HashMap<>();
        jdbc.sql(SELECT + "where member = :m and period = any(:p) and status in ('DRAFT', 'SUBMITTED', 'RETURNED')")
                .param("m", member).param("p", periods.toArray(String[]::new)).query(SubmissionStore::submission)
                .list().forEach(s -> out.put(s.period(), s));
        return out;
    }

    /** Which of the periods have an accepted submission of the member. */
    public java.util.Set<String> acceptedPeriods(String member, Collection<String> periods) {
        return new java.util.HashSet<>(jdbc.sql("select period from stats_submission where member = :m "
                        + "and period = any(:p) and status = 'ACCEPTED'")
                .param("m", member).param("p", periods.toArray(String[]::new)).query(String.class).list());
    }

    /** The last revision number of each of the member's periods that has one. */
    public Map<String, Integer> lastRevisions(String member, Collection<String> periods) {
        Map<String, Integer> out = new HashMap<>();
        jdbc.sql("select period, max(revision) r from stats_submission where member = :m and period = any(:p) "
                        + "group by period")
                .param("m", member).param("p", periods.toArray(String[]::new))
                .query(rs -> {
                    out.put(rs.getString("period"), rs.getInt("r"));
                });
        return out;
    }

    /** A new draft: its id, period, revision and classification version. */
    public record NewDraft(UUID id, Period period, int revision, int classification) {
    }

    /** Starts many drafts of a member in one statement. */
    public void insertDrafts(String member, Collection<NewDraft> drafts, String createdBy) {
        if (drafts.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into stats_submission (id, member, period, revision, status, classification, created_by)
                select d.id, :member, d.period, d.revision, 'DRAFT', d.classification, :by
                from unnest(:ids::uuid[], :periods::text[], :revisions::int[], :classifications::int[])
                    as d(id, period, revision, classification)
                """).param("member", member).param("by", createdBy)
                .param("ids", drafts.stream().map(d -> d.id().toString()).toArray(String[]::new))
                .param("periods", drafts.stream().map(d -> d.period().toString()).toArray(String[]::new))
                .param("revisions", drafts.stream().map(d -> Integer.toString(d.revision())).toArray(String[]::new))
                .param("classifications", drafts.stream().map(d -> Integer.toString(d.classification()))
                        .toArray(String[]::new))
                .update();
    }

    public Optional<Submission> accepted(String member, Period period) {
        return jdbc.sql(SELECT + "where member = :m and period = :p and status = 'ACCEPTED'")
                .param("m", member).param("p", period.toString()).query(SubmissionStore::submission).optional();
    }

    /** Every revision of a member's period, oldest first. */
    public List<Submission> revisions(String member, String period) {
        return jdbc.sql(SELECT + "where member = :m and period = :p order by revision")
                .param("m", member).param("p", period).query(SubmissionStore::submission).list();
    }

    public int lastRevision(String member, Period period) {
        return jdbc.sql("select coalesce(max(revision), 0) from stats_submission where member = :m and period = :p")
                .param("m", member).param("p", period.toString()).query(Integer.class).single();
    }

    /**
     * Submissions, newest change first, at most {@code limit}: of one member (null for every member), of one year
     * (null for any) and in some states (empty for any).
     */
    public List<Submission> list(String member, Integer year, Collection<SubmissionStatus> statuses, int limit) {
        StringBuilder where = new StringBuilder("where true");
        Map<String, Object> params = new HashMap<>();
        if (member != null) {
            where.append(" and member = :member");
            params.put("member", member);
        }
        if (year != null) {
            where.append(" and substr(period, 1, 4) = :year");
            params.put("year", Integer.toString(year));
        }
        if (!statuses.isEmpty()) {
            where.append(" and status = any(:statuses)");
            params.put("statuses", statuses.stream().map(Enum::name).toArray(String[]::new));
        }
        params.put("limit", limit);
        return jdbc.sql(SELECT + where + " order by updated_at desc, period limit :limit").params(params)
                .query(SubmissionStore::submission).list();
    }

    public List<ReportedValue> values(UUID id) {
        return jdbc.sql("""
                select crime_area, indicator, disaggregation, value, note from stats_value where submission = :id
                order by crime_area, indicator, disaggregation
                """).param("id", id).query((rs, i) -> value(rs)).list();
    }

    /** The values of several submissions, in one query. */
    public Map<UUID, List<ReportedValue>> values(Collection<UUID> ids) {
        Map<UUID, List<ReportedValue>> out = new HashMap<>();
        ids.forEach(id -> out.put(id, new ArrayList<>()));
        jdbc.sql("select submission, crime_area, indicator, disaggregation, value, note from stats_value "
                        + "where submission = any(:ids::uuid[])")
                .param("ids", ids.stream().map(UUID::toString).toArray(String[]::new))
                .query(rs -> {
                    out.get(rs.getObject("submission", UUID.class)).add(value(rs));
                });
        return out;
    }

    /** Replaces every value of a submission. */
    public void replaceValues(UUID id, Collection<ReportedValue> values) {
        jdbc.sql("delete from stats_value where submission = :id").param("id", id).update();
        mergeValues(Map.of(id, values), Map.of());
    }

    /**
     * Sets values of several submissions and removes others (no longer reported), leaving the rest as they are: one
     * statement for all the removals and one for all the values, arrays unnested rather than a statement per value.
     */
    public void mergeValues(Map<UUID, ? extends Collection<ReportedValue>> set,
                            Map<UUID, ? extends Collection<Classification.Cell>> cleared) {
        List<String> ids = new ArrayList<>();
        List<Classification.Cell> cells = new ArrayList<>();
        cleared.forEach((id, list) -> list.forEach(c -> {
            ids.add(id.toString());
            cells.add(c);
        }));
        if (!cells.isEmpty()) {
            jdbc.sql("""
                    delete from stats_value v using unnest(:ids::uuid[], :areas::text[], :indicators::text[],
                        :parts::text[]) as c(submission, crime_area, indicator, disaggregation)
                    where v.submission = c.submission and v.crime_area = c.crime_area and v.indicator = c.indicator
                        and v.disaggregation = c.disaggregation
                    """).param("ids", ids.toArray(String[]::new))
                    .param("areas", cells.stream().map(Classification.Cell::crimeArea).toArray(String[]::new))
                    .param("indicators", cells.stream().map(Classification.Cell::indicator).toArray(String[]::new))
                    .param("parts", cells.stream().map(Classification.Cell::disaggregation).toArray(String[]::new))
                    .update();
        }
        List<String> owners = new ArrayList<>();
        List<ReportedValue> values = new ArrayList<>();
        set.forEach((id, list) -> list.forEach(v -> {
            owners.add(id.toString());
            values.add(v);
        }));
        if (values.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into stats_value (submission, crime_area, indicator, disaggregation, value, note)
                select c.submission, c.crime_area, c.indicator, c.disaggregation, c.value, c.note
                from unnest(:ids::uuid[], :areas::text[], :indicators::text[], :parts::text[], :values::numeric[],
                    :notes::text[]) as c(submission, crime_area, indicator, disaggregation, value, note)
                on conflict (submission, crime_area, indicator, disaggregation)
                    do update set value = excluded.value, note = excluded.note
                """)
                .param("ids", owners.toArray(String[]::new))
                .param("areas", values.stream().map(ReportedValue::crimeArea).toArray(String[]::new))
                .param("indicators", values.stream().map(ReportedValue::indicator).toArray(String[]::new))
                .param("parts", values.stream().map(ReportedValue::disaggregation).toArray(String[]::new))
                .param("values", values.stream().map(v -> v.value() == null ? null : v.value().toPlainString())
                        .toArray(String[]::new))
                .param("notes", values.stream().map(v -> v.note() == null || v.note().isBlank() ? null : v.note())
                        .toArray(String[]::new))
                .update();
    }

    /** Marks drafts as changed, each under the classification version given (the one in force for its year). */
    public void touch(Map<UUID, Integer> classifications) {
        if (classifications.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update stats_submission s set updated_at = now(), classification = t.classification
                from unnest(:ids::uuid[], :classifications::int[]) as t(id, classification) where s.id = t.id
                """)
                .param("ids", classifications.keySet().stream().map(UUID::toString).toArray(String[]::new))
                .param("classifications", classifications.keySet().stream()
                        .map(id -> Integer.toString(classifications.get(id))).toArray(String[]::new)).update();
    }

    public void touch(UUID id, int classification) {
        touch(Map.of(id, classification));
    }

    public void markSubmitted(UUID id, String by, int classification) {
        jdbc.sql("""
                update stats_submission set status = 'SUBMITTED', submitted_by = :by, submitted_at = now(),
                    updated_at = now(), classification = :c
                where id = :id
                """).param("id", id).param("by", by).param("c", classification).update();
    }

    public void markReviewed(UUID id, SubmissionStatus status, String by, String comment) {
        jdbc.sql("""
                update stats_submission set status = :status, reviewed_by = :by, reviewed_at = now(),
                    review_comment = :comment, updated_at = now()
                where id = :id
                """).param("id", id).param("status", status.name()).param("by", by).param("comment", comment)
                .update();
    }

    public void markSuperseded(UUID id) {
        jdbc.sql("update stats_submission set status = 'SUPERSEDED', updated_at = now() where id = :id")
                .param("id", id).update();
    }

    /**
     * Makes a submission's values the accepted values in force for its member and period, replacing those of the
     * revision it supersedes.
     */
    public int writeFacts(Submission s, Period period) {
        jdbc.sql("delete from stats_fact where member = :m and period = :p").param("m", s.member())
                .param("p", s.period()).update();
        return jdbc.sql("""
                insert into stats_fact (crime_area, indicator, disaggregation, member, period, year, month, quarter,
                    value, submission)
                select crime_area, indicator, disaggregation, :m, :p, :year, :month, :quarter, value, submission
                from stats_value where submission = :id
                """).param("m", s.member()).param("p", s.period()).param("year", period.year())
                .param("month", period.month()).param("quarter", period.quarter()).param("id", s.id()).update();
    }

    /** Copies the values of one submission into another (a new revision starts from the accepted values). */
    public void copyValues(UUID from, UUID to) {
        jdbc.sql("""
                insert into stats_value (submission, crime_area, indicator, disaggregation, value, note)
                select :to, crime_area, indicator, disaggregation, value, note from stats_value where submission = :from
                """).param("from", from).param("to", to).update();
    }

    /** A submission of a year for the completeness matrix, with how many totals it reports. */
    public record YearEntry(UUID id, String member, String period, SubmissionStatus status, int totals) {
    }

    /** The submissions of a year that are not superseded, of the given members, with their reported totals. */
    public List<YearEntry> year(int year, Collection<String> members) {
        return jdbc.sql("""
                select s.id, s.member, s.period, s.status,
                       (select count(*) from stats_value v where v.submission = s.id and v.disaggregation = '') totals
                from stats_submission s
                where substr(s.period, 1, 4) = :year and s.status <> 'SUPERSEDED' and s.member = any(:members)
                """).param("year", Integer.toString(year)).param("members", members.toArray(String[]::new))
                .query((rs, i) -> new YearEntry(rs.getObject("id", UUID.class), rs.getString("member"),
                        rs.getString("period"), SubmissionStatus.valueOf(rs.getString("status")), rs.getInt("totals")))
                .list();
    }

    private static ReportedValue value(ResultSet rs) throws SQLException {
        return ReportedValue.of(rs.getString("crime_area"), rs.getString("indicator"), rs.getString("disaggregation"),
                rs.getBigDecimal("value"), rs.getString("note"));
    }

    private static Submission submission(ResultSet rs, int row) throws SQLException {
        return new Submission(rs.getObject("id", UUID.class), rs.getString("member"), rs.getString("period"),
                rs.getInt("revision"), SubmissionStatus.valueOf(rs.getString("status")), rs.getInt("classification"),
                rs.getString("revision_reason"), rs.getString("created_by"), instant(rs, "created_at"),
                instant(rs, "updated_at"), rs.getString("submitted_by"), instant(rs, "submitted_at"),
                rs.getString("reviewed_by"), instant(rs, "reviewed_at"), rs.getString("review_comment"), null);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
