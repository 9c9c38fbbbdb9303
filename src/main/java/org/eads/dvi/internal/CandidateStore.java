package org.eads.dvi.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eads.dvi.DviFile;
import org.eads.dvi.MatchingRun;
import org.eads.dvi.StoredCandidate;
import org.eads.dvi.internal.matching.Assessment;
import org.eads.dvi.internal.matching.Evidence;
import org.eads.dvi.internal.matching.Matcher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of matching: stored candidate lists, the queue of changed files, fingerprint decisions, full runs and the
 * version of an operation's missing persons.
 */
@Repository
public class CandidateStore {

    private final JdbcClient jdbc;

    CandidateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces a body's candidate list (excluded candidates are not kept) and notes when it was computed. */
    public void replace(UUID pm, UUID operation, List<Matcher.Candidate> candidates) {
        jdbc.sql("delete from dvi_candidate where pm_file_id = :pm").param("pm", pm).update();
        for (Matcher.Candidate c : candidates) {
            insert(pm, operation, c);
        }
        jdbc.sql("update dvi_pm_file set matched_at = now() where id = :pm").param("pm", pm).update();
    }

    /** Adds or replaces one pair of a body's list. */
    public void put(UUID pm, UUID operation, Matcher.Candidate c) {
        jdbc.sql("delete from dvi_candidate where pm_file_id = :pm and am_file_id = :am").param("pm", pm)
                .param("am", c.missingId()).update();
        insert(pm, operation, c);
    }

    public void remove(UUID pm, UUID am) {
        jdbc.sql("delete from dvi_candidate where pm_file_id = :pm and am_file_id = :am").param("pm", pm)
                .param("am", am).update();
    }

    private void insert(UUID pm, UUID operation, Matcher.Candidate c) {
        Assessment a = c.assessment();
        if (a.status() == Assessment.Status.EXCLUDED) {
            return;
        }
        jdbc.sql("""
                insert into dvi_candidate (pm_file_id, am_file_id, operation_id, status, log10_lr, log10_posterior,
                    methods, dna_kind, dna_loci, dental_informative, dental_red)
                values (:pm, :am, :op, :status, :lr, :posterior, :methods, :dnaKind, :dnaLoci, :informative, :red)
                """).param("pm", pm).param("am", c.missingId()).param("op", operation)
                .param("status", a.status().name()).param("lr", a.log10Lr()).param("posterior", a.log10PosteriorOdds())
                .param("methods", a.methods().toArray(String[]::new)).param("dnaKind", c.dnaKind())
                .param("dnaLoci", c.dnaLoci())
                .param("informative", c.dental() == null ? null : c.dental().informative())
                .param("red", c.dental() == null ? null : c.dental().red()).update();
    }

    private static final String CANDIDATE = """
            select c.pm_file_id, p.number as pm_number, c.am_file_id, a.number as am_number, a.name, c.status,
                   c.log10_lr, c.log10_posterior, c.methods, c.dna_kind, c.dna_loci, c.dental_informative,
                   c.dental_red, c.computed_at
            from dvi_candidate c join dvi_pm_file p on p.id = c.pm_file_id join dvi_am_file a on a.id = c.am_file_id
            """;
    private static final String BEST_FIRST = " order by case c.status when 'STRONG' then 0 when 'PROBABLE' then 1 "
            + "else 2 end, c.log10_posterior desc, a.number";

    /** A body's stored candidates, best first. */
    public List<StoredCandidate> ofBody(UUID pm) {
        return jdbc.sql(CANDIDATE + " where c.pm_file_id = :pm" + BEST_FIRST).param("pm", pm)
                .query((rs, i) -> candidate(rs)).list();
    }

    /** The bodies whose lists hold a missing person, best first. */
    public List<StoredCandidate> ofMissing(UUID am) {
        return jdbc.sql(CANDIDATE + " where c.am_file_id = :am" + BEST_FIRST).param("am", am)
                .query((rs, i) -> candidate(rs)).list();
    }

    /** Strong candidates of an operation. */
    public List<StoredCandidate> strong(UUID operation) {
        return jdbc.sql(CANDIDATE + " where c.operation_id = :o and c.status = 'STRONG'" + BEST_FIRST)
                .param("o", operation).query((rs, i) -> candidate(rs)).list();
    }

    private static StoredCandidate candidate(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StoredCandidate(rs.getObject("pm_file_id", UUID.class), rs.getString("pm_number"),
                rs.getObject("am_file_id", UUID.class), rs.getString("am_number"), rs.getString("name"),
                StoredCandidate.Status.valueOf(rs.getString("status")), rs.getDouble("log10_lr"),
                rs.getDouble("log10_posterior"), List.of((String[]) rs.getArray("methods").getArray()),
                rs.getString("dna_kind"), (Integer) rs.getObject("dna_loci"),
                (Integer) rs.getObject("dental_informative"), (Integer) rs.getObject("dental_red"),
                rs.getTimestamp("computed_at").toInstant());
    }

    /** A body's list as ranking needs it: the missing persons and their posterior odds. */
    public record Entry(UUID am, String status, double log10Posterior) {
    }

    /** Every body's list of an operation. */
    public Map<UUID, List<Entry>> lists(UUID operation) {
        Map<UUID, List<Entry>> out = new HashMap<>();
        jdbc.sql("select pm_file_id, am_file_id, status, log10_posterior from dvi_candidate where operation_id = :o")
                .param("o", operation).query((rs, i) -> out.computeIfAbsent(rs.getObject(1, UUID.class),
                        k -> new ArrayList<>()).add(new Entry(rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getDouble(4)))).list();
        return out;
    }

    /** The missing persons a body has as strong candidates. */
    public Set<UUID> strongOf(UUID pm) {
        return jdbc.sql("select am_file_id from dvi_candidate where pm_file_id = :pm and status = 'STRONG'")
                .param("pm", pm).query(UUID.class).set();
    }

    // The queue of changed files.

    public void queue(DviFile.Kind kind, UUID file, UUID operation) {
        jdbc.sql("insert into dvi_match_pending (kind, file_id, operation_id) values (:k, :f, :o) "
                        + "on conflict (kind, file_id) do update set queued_at = now()")
                .param("k", kind.name()).param("f", file).param("o", operation).update();
    }

    /** Takes a queued file if no other node holds it (the lock lasts until the caller's transaction ends). */
    public boolean take(DviFile.Kind kind, UUID file) {
        return jdbc.sql("delete from dvi_match_pending where kind = :k and file_id = :f and file_id in "
                        + "(select file_id from dvi_match_pending where kind = :k and file_id = :f for update skip locked)")
                .param("k", kind.name()).param("f", file).update() > 0;
    }

    /** Files queued before a moment (their first handling was lost), oldest first. */
    public List<Map.Entry<DviFile.Kind, UUID>> queuedBefore(Instant before, int limit) {
        return jdbc.sql("select kind, file_id from dvi_match_pending where queued_at < :t order by queued_at limit :n")
                .param("t", Timestamp.from(before)).param("n", limit)
                .query((rs, i) -> Map.entry(DviFile.Kind.valueOf(rs.getString(1)), rs.getObject(2, UUID.class)))
                .list();
    }

    public long amVersion(UUID operation) {
        return jdbc.sql("select am_version from dvi_operation where id = :o").param("o", operation)
                .query(Long.class).single();
    }

    public void missingChanged(UUID operation) {
        jdbc.sql("update dvi_operation set am_version = am_version + 1 where id = :o").param("o", operation).update();
    }

    // Fingerprint decisions.

    public void decide(UUID pm, UUID am, Evidence.Fingerprints decision, String note, long examiner) {
        jdbc.sql("""
                insert into dvi_fingerprint_decision (pm_file_id, am_file_id, decision, note, examiner_id)
                values (:pm, :am, :d, :note, :u)
                on conflict (pm_file_id, am_file_id) do update set decision = excluded.decision, note = excluded.note,
                    examiner_id = excluded.examiner_id, decided_at = now()
                """).param("pm", pm).param("am", am).param("d", decision.name()).param("note", note)
                .param("u", examiner).update();
    }

    /** A body's decisions, by missing person. */
    public Map<UUID, Evidence.Fingerprints> decisionsOfBody(UUID pm) {
        return decisions("pm_file_id", pm);
    }

    /** A missing person's decisions, by body. */
    public Map<UUID, Evidence.Fingerprints> decisionsOfMissing(UUID am) {
        return decisions("am_file_id", am);
    }

    private Map<UUID, Evidence.Fingerprints> decisions(String column, UUID file) {
        String other = column.equals("pm_file_id") ? "am_file_id" : "pm_file_id";
        return jdbc.sql("select " + other + ", decision from dvi_fingerprint_decision where " + column + " = :f")
                .param("f", file).query((rs, i) -> Map.entry(rs.getObject(1, UUID.class),
                        Evidence.Fingerprints.valueOf(rs.getString(2)))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Every decision of an operation, by body and missing person. */
    public Map<UUID, Map<UUID, Evidence.Fingerprints>> decisionsOfOperation(UUID operation) {
        Map<UUID, Map<UUID, Evidence.Fingerprints>> out = new HashMap<>();
        jdbc.sql("select d.pm_file_id, d.am_file_id, d.decision from dvi_fingerprint_decision d "
                        + "join dvi_pm_file p on p.id = d.pm_file_id where p.operation_id = :o")
                .param("o", operation).query((rs, i) -> out.computeIfAbsent(rs.getObject(1, UUID.class),
                        k -> new HashMap<>()).put(rs.getObject(2, UUID.class),
                        Evidence.Fingerprints.valueOf(rs.getString(3)))).list();
        return out;
    }

    // Full runs.

    public UUID startRun(UUID operation, int bodies, long user) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into dvi_matching_run (id, operation_id, status, bodies, started_by) "
                        + "values (:id, :o, 'RUNNING', :n, :u)")
                .param("id", id).param("o", operation).param("n", bodies).param("u", user).update();
        return id;
    }

    public void progress(UUID run, int done) {
        jdbc.sql("update dvi_matching_run set done = :d, heartbeat_at = now() where id = :id").param("d", done)
                .param("id", run).update();
    }

    public void finish(UUID run, MatchingRun.Status status, int done, String message) {
        jdbc.sql("update dvi_matching_run set status = :s, done = :d, message = :m, finished_at = now(), "
                        + "heartbeat_at = now() where id = :id")
                .param("s", status.name()).param("d", done).param("m", message).param("id", run).update();
    }

    public Optional<MatchingRun> run(UUID id) {
        return jdbc.sql("select * from dvi_matching_run where id = :id").param("id", id).query((rs, i) -> run(rs))
                .optional();
    }

    public Optional<MatchingRun> latestRun(UUID operation) {
        return jdbc.sql("select * from dvi_matching_run where operation_id = :o order by started_at desc limit 1")
                .param("o", operation).query((rs, i) -> run(rs)).optional();
    }

    /** Runs whose node stopped sending heartbeats (it stopped or crashed). */
    public List<MatchingRun> abandonedRuns(Instant heartbeatBefore) {
        return jdbc.sql("select * from dvi_matching_run where status = 'RUNNING' and heartbeat_at < :t")
                .param("t", Timestamp.from(heartbeatBefore)).query((rs, i) -> run(rs)).list();
    }

    /** Claims an abandoned run for this node; false when another node was quicker. */
    public boolean claim(UUID run, Instant heartbeatBefore) {
        return jdbc.sql("update dvi_matching_run set heartbeat_at = now() where id = :id and status = 'RUNNING' "
                        + "and heartbeat_at < :t")
                .param("id", run).param("t", Timestamp.from(heartbeatBefore)).update() > 0;
    }

    public int bodyCount(UUID operation) {
        return jdbc.sql("select count(*) from dvi_pm_file where operation_id = :o").param("o", operation)
                .query(Integer.class).single();
    }

    /** The bodies of an operation not matched since a moment, by id. */
    public List<UUID> bodiesNotMatchedSince(UUID operation, Instant since) {
        return jdbc.sql("select id from dvi_pm_file where operation_id = :o and (matched_at is null or matched_at < :t) "
                        + "order by number")
                .param("o", operation).param("t", Timestamp.from(since)).query(UUID.class).list();
    }

    private static MatchingRun run(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new MatchingRun(rs.getObject("id", UUID.class), rs.getObject("operation_id", UUID.class),
                MatchingRun.Status.valueOf(rs.getString("status")), rs.getInt("bodies"), rs.getInt("done"),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                rs.getString("message"));
    }
}
