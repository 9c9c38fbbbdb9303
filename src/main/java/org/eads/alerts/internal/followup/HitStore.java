package org.eads.alerts.internal.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eads.alerts.Hit;
import org.eads.alerts.HitOutcome;
import org.eads.alerts.internal.AlertStore;
import org.eads.screening.SearchHit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The hit tables: hits on a member's records and their follow-up threads. */
@Repository
public class HitStore {

    private static final String COLUMNS = """
            h.id, h.record_id, h.record_type, h.owner_member, s.display_name as searcher, h.searcher_member,
            a.name as agency, h.query, h.score, h.hit_only, h.first_at, h.last_at, h.searches, h.alert_id,
            h.identity_outcome, h.action_taken, h.outcome_note, o.display_name as outcome_by, h.outcome_at
            from hit h
            join app_user s on s.id = h.searcher_id
            left join agency a on a.id = h.searcher_agency
            left join app_user o on o.id = h.outcome_by""";

    private final JdbcClient jdbc;

    HitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts the search on the hit of the same record by the same person within the last day, if there is one, and
     * returns its id; otherwise nothing.
     */
    public Optional<UUID> addToRecent(SearchHit e, Instant since) {
        return jdbc.sql("""
                update hit set searches = searches + 1, last_at = greatest(last_at, :at),
                    score = greatest(score, :score)
                where id = (select id from hit where record_id = :record and searcher_id = :searcher
                            and last_at >= :since order by last_at desc limit 1)
                returning id
                """).param("record", e.recordId()).param("searcher", e.searcherId()).param("at", AlertStore.ts(e.at()))
                .param("score", e.score()).param("since", AlertStore.ts(since)).query(UUID.class).optional();
    }

    public void insert(UUID id, SearchHit e) {
        jdbc.sql("""
                insert into hit (id, record_id, record_type, owner_member, searcher_id, searcher_member,
                    searcher_agency, query, score, hit_only, first_at, last_at)
                values (:id, :record, :type, :owner, :searcher, :member, :agency, :query, :score, :hitOnly, :at, :at)
                """).param("id", id).param("record", e.recordId()).param("type", e.recordType())
                .param("owner", e.ownerMember()).param("searcher", e.searcherId())
                .param("member", e.searcherMember()).param("agency", e.searcherAgencyId()).param("query", e.query())
                .param("score", e.score()).param("hitOnly", e.hitOnly()).param("at", AlertStore.ts(e.at())).update();
    }

    public void setAlert(UUID hit, UUID alert) {
        jdbc.sql("update hit set alert_id = :alert where id = :id").param("id", hit).param("alert", alert).update();
    }

    /** A hit with the member of each side, for the access decision. */
    public record Sides(UUID id, String ownerMember, String searcherMember, long searcherId) {
    }

    public Optional<Sides> sides(UUID id) {
        return jdbc.sql("select id, owner_member, searcher_member, searcher_id from hit where id = :id")
                .param("id", id).query((rs, n) -> new Sides(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getLong(4))).optional();
    }

    public Optional<Hit> find(UUID id, boolean ownerSide) {
        List<Hit.Message> messages = messages(id);
        return jdbc.sql("select " + COLUMNS + " where h.id = :id").param("id", id)
                .query((rs, n) -> hit(rs, ownerSide, messages)).optional();
    }

    /** The hits on a member's records ({@code received}) or made by its searches, newest first. */
    public List<Hit> list(String member, boolean received, int limit, int offset) {
        return jdbc.sql("select " + COLUMNS + " where " + (received ? "h.owner_member" : "h.searcher_member")
                        + " = :member order by h.first_at desc limit :limit offset :offset")
                .param("member", member).param("limit", limit).param("offset", offset)
                .query((rs, n) -> hit(rs, received, List.of())).list();
    }

    public List<Hit.Message> messages(UUID hit) {
        return jdbc.sql("""
                select m.id, u.display_name, m.author_member, m.body, m.attachment_name, m.attachment_type, m.at
                from hit_message m join app_user u on u.id = m.author_id
                where m.hit_id = :hit order by m.at, m.id
                """).param("hit", hit).query((rs, n) -> new Hit.Message(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant())).list();
    }

    public long addMessage(UUID hit, long author, String member, String body, Hit.Attachment attachment,
                           Instant at) {
        return jdbc.sql("""
                insert into hit_message (hit_id, author_id, author_member, body, attachment_name, attachment_type,
                    attachment, at)
                values (:hit, :author, :member, :body, :name, :type, :content, :at) returning id
                """).param("hit", hit).param("author", author).param("member", member).param("body", body)
                .param("name", attachment == null ? null : attachment.name())
                .param("type", attachment == null ? null : attachment.contentType())
                .param("content", attachment == null ? null : attachment.content())
                .param("at", AlertStore.ts(at)).query(Long.class).single();
    }

    public Optional<Hit.Attachment> attachment(UUID hit, long message) {
        return jdbc.sql("""
                select attachment_name, attachment_type, attachment from hit_message
                where hit_id = :hit and id = :id and attachment is not null
                """).param("hit", hit).param("id", message)
                .query((rs, n) -> new Hit.Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    public void setOutcome(UUID hit, HitOutcome.Identity identity, HitOutcome.Action action, String note, long by,
                           Instant at) {
        jdbc.sql("""
                update hit set identity_outcome = :identity, action_taken = :action, outcome_note = :note,
                    outcome_by = :by, outcome_at = :at where id = :id
                """).param("id", hit).param("identity", identity == null ? null : identity.name())
                .param("action", action == null ? null : action.name()).param("note", note).param("by", by)
                .param("at", AlertStore.ts(at)).update();
    }

    /** Hits on the member's records per day since a time, for the dashboard's chart. */
    public Map<String, Long> receivedPerDay(String member, Instant since) {
        Map<String, Long> out = new java.util.TreeMap<>();
        jdbc.sql("""
                select to_char(first_at at time zone 'UTC', 'YYYY-MM-DD'), count(*) from hit
                where owner_member = :member and first_at >= :since group by 1
                """).param("member", member).param("since", AlertStore.ts(since))
                .query((rs, n) -> out.put(rs.getString(1), rs.getLong(2))).list();
        return out;
    }

    /** Hits on the member's records since a time, per searching member. */
    public Map<String, Long> receivedBySearcher(String member, Instant since) {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                select searcher_member, count(*) from hit where owner_member = :member and first_at >= :since
                group by 1 order by 2 desc
                """).param("member", member).param("since", AlertStore.ts(since))
                .query((rs, n) -> out.put(rs.getString(1), rs.getLong(2))).list();
        return out;
    }

    /** Counts for the dashboard: received, without an outcome yet, confirmed, and made by the member's searches. */
    public Map<String, Long> counts(String member, Instant since) {
        return jdbc.sql("""
                select count(*) filter (where owner_member = :member),
                       count(*) filter (where owner_member = :member and identity_outcome is null),
                       count(*) filter (where owner_member = :member and identity_outcome = 'CONFIRMED_SAME_PERSON'),
                       count(*) filter (where searcher_member = :member)
                from hit where (owner_member = :member or searcher_member = :member) and first_at >= :since
                """).param("member", member).param("since", AlertStore.ts(since))
                .query((rs, n) -> Map.of("received", rs.getLong(1), "open", rs.getLong(2),
                        "confirmed", rs.getLong(3), "made", rs.getLong(4))).single();
    }

    private static Hit hit(ResultSet rs, boolean ownerSide, List<Hit.Message> messages) throws SQLException {
        String identity = rs.getString("identity_outcome");
        String action = rs.getString("action_taken");
        boolean hitOnly = rs.getBoolean("hit_only");
        boolean hideRecord = !ownerSide && hitOnly;
        return new Hit(rs.getObject("id", UUID.class), hideRecord ? null : rs.getObject("record_id", UUID.class),
                hideRecord ? null : rs.getString("record_type"), rs.getString("owner_member"),
                rs.getString("searcher"), rs.getString("searcher_member"), rs.getString("agency"),
                rs.getString("query"), rs.getDouble("score"), hitOnly, AlertStore.instant(rs, "first_at"),
                AlertStore.instant(rs, "last_at"), rs.getInt("searches"), rs.getObject("alert_id", UUID.class),
                identity == null ? null : HitOutcome.Identity.valueOf(identity),
                action == null ? null : HitOutcome.Action.valueOf(action), rs.getString("outcome_note"),
                rs.getString("outcome_by"), AlertStore.instant(rs, "outcome_at"), ownerSide, messages);
    }
}
