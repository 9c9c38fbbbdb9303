package org.eads.crisis.internal;

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

import org.eads.crisis.AssistanceRequest;
import org.eads.crisis.Attachment;
import org.eads.crisis.Casualties;
import org.eads.crisis.Crisis;
import org.eads.crisis.CrisisStatus;
import org.eads.crisis.CrisisType;
import org.eads.crisis.DeploymentState;
import org.eads.crisis.Distribution;
import org.eads.crisis.IntelligenceItem;
import org.eads.crisis.IntelligenceKind;
import org.eads.crisis.Offer;
import org.eads.crisis.OfferResponse;
import org.eads.crisis.ResourceType;
import org.eads.crisis.SituationReport;
import org.eads.sharing.SharingLevel;
import org.eads.sharing.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The crisis tables, read and written by hand. Every read of a crisis or a situation report takes the sharing
 * policy's condition, so that what a member may not see is never loaded.
 */
@Repository
public class CrisisStore {

    private static final String CRISIS = """
            select c.id, c.owner_member, c.type, c.title, c.place, c.latitude, c.longitude, c.occurred_at, c.dead,
                   c.injured, c.missing, c.status, c.exercise, c.sharing_level, c.declaration_alert_id,
                   u.display_name as declared_by, c.declared_at, c.updated_at
            from crisis c join app_user u on u.id = c.declared_by
            """;

    private final JdbcClient jdbc;

    CrisisStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, String member, long user, ValidCrisis c, UUID alertId, Instant now) {
        jdbc.sql("""
                        insert into crisis (id, owner_member, sharing_level, type, title, place, latitude, longitude,
                            occurred_at, dead, injured, missing, status, exercise, declaration_alert_id, declared_by,
                            declared_at, updated_at)
                        values (:id, :member, :level, :type, :title, :place, :lat, :lon, :occurred, :dead, :injured,
                            :missing, 'ACTIVE', :exercise, :alert, :user, :now, :now)
                        """)
                .param("id", id).param("member", member).param("level", c.distribution().sharingLevel().name())
                .param("type", c.type().name()).param("title", c.title()).param("place", c.place())
                .param("lat", c.latitude()).param("lon", c.longitude()).param("occurred", ts(c.occurredAt()))
                .param("dead", c.casualties().dead()).param("injured", c.casualties().injured())
                .param("missing", c.casualties().missing()).param("exercise", c.exercise()).param("alert", alertId)
                .param("user", user).param("now", ts(now))
                .update();
    }

    public Optional<Crisis> find(UUID id, SqlCondition visible) {
        return jdbc.sql(CRISIS + " where c.id = :id and " + visible.sql()).params(visible.params()).param("id", id)
                .query(CrisisStore::crisis).optional();
    }

    public List<Crisis> list(SqlCondition visible, CrisisStatus status, int limit) {
        String sql = CRISIS + " where " + visible.sql() + (status == null ? "" : " and c.status = :status")
                + " order by c.declared_at desc, c.id limit :limit";
        var spec = jdbc.sql(sql).params(visible.params()).param("limit", limit);
        if (status != null) {
            spec = spec.param("status", status.name());
        }
        return spec.query(CrisisStore::crisis).list();
    }

    public void setStatus(UUID id, CrisisStatus status, Instant now) {
        jdbc.sql("update crisis set status = :status, updated_at = :now where id = :id")
                .param("status", status.name()).param("now", ts(now)).param("id", id).update();
    }

    public void setCasualties(UUID id, Casualties c, Instant now) {
        jdbc.sql("update crisis set dead = :dead, injured = :injured, missing = :missing, updated_at = :now where id = :id")
                .param("dead", c.dead()).param("injured", c.injured()).param("missing", c.missing())
                .param("now", ts(now)).param("id", id).update();
    }

    public void insertRequest(UUID id, UUID crisisId, String member, long user, ValidRequest r, Instant now) {
        jdbc.sql("""
                        insert into crisis_request (id, crisis_id, member_code, resource_type, quantity, needed_by,
                            place, notes, created_by, created_at)
                        values (:id, :crisis, :member, :type, :quantity, :neededBy, :place, :notes, :user, :now)
                        """)
                .param("id", id).param("crisis", crisisId).param("member", member)
                .param("type", r.resourceType().name()).param("quantity", r.quantity())
                .param("neededBy", ts(r.neededBy())).param("place", r.place()).param("notes", r.notes())
                .param("user", user).param("now", ts(now))
                .update();
    }

    /** The crisis's requests, oldest first, each with its offers. */
    public List<AssistanceRequest> requests(UUID crisisId) {
        Map<UUID, List<Offer>> offers = new LinkedHashMap<>();
        for (Offer o : offers(crisisId)) {
            offers.computeIfAbsent(o.requestId(), k -> new ArrayList<>()).add(o);
        }
        return jdbc.sql("""
                        select r.id, r.crisis_id, r.member_code, r.resource_type, r.quantity, r.needed_by, r.place,
                               r.notes, u.display_name, r.created_at
                        from crisis_request r join app_user u on u.id = r.created_by
                        where r.crisis_id = :crisis order by r.created_at, r.id
                        """).param("crisis", crisisId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new AssistanceRequest(id, rs.getObject("crisis_id", UUID.class),
                            rs.getString("member_code"), ResourceType.valueOf(rs.getString("resource_type")),
                            rs.getInt("quantity"), instant(rs, "needed_by"), rs.getString("place"),
                            rs.getString("notes"), rs.getString("display_name"), instant(rs, "created_at"),
                            List.copyOf(offers.getOrDefault(id, List.of())));
                }).list();
    }

    public void insertOffer(UUID id, AssistanceRequest request, String member, long user, ValidOffer o, Instant now) {
        jdbc.sql("""
                        insert into crisis_offer (id, request_id, crisis_id, member_code, response, quantity, reason,
                            notes, state, created_by, created_at, updated_at)
                        values (:id, :request, :crisis, :member, :response, :quantity, :reason, :notes, :state, :user,
                            :now, :now)
                        """)
                .param("id", id).param("request", request.id()).param("crisis", request.crisisId())
                .param("member", member).param("response", o.response().name()).param("quantity", o.quantity())
                .param("reason", o.reason()).param("notes", o.notes())
                .param("state", o.response() == OfferResponse.DECLINE ? null : DeploymentState.OFFERED.name())
                .param("user", user).param("now", ts(now))
                .update();
    }

    private List<Offer> offers(UUID crisisId) {
        return jdbc.sql("""
                        select o.id, o.request_id, o.crisis_id, o.member_code, o.response, o.quantity, o.reason,
                               o.notes, o.state, u.display_name, o.created_at, o.updated_at
                        from crisis_offer o join app_user u on u.id = o.created_by
                        where o.crisis_id = :crisis order by o.created_at, o.id
                        """).param("crisis", crisisId)
                .query((rs, n) -> new Offer(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
                        rs.getObject("crisis_id", UUID.class), rs.getString("member_code"),
                        OfferResponse.valueOf(rs.getString("response")), rs.getInt("quantity"),
                        rs.getString("reason"), rs.getString("notes"),
                        rs.getString("state") == null ? null : DeploymentState.valueOf(rs.getString("state")),
                        rs.getString("display_name"), instant(rs, "created_at"), instant(rs, "updated_at")))
                .list();
    }

    /** Moves an offer from one state to the next; false when it was no longer in {@code from}. */
    public boolean moveOffer(UUID id, DeploymentState from, DeploymentState to, Instant now) {
        return jdbc.sql("update crisis_offer set state = :to, updated_at = :now where id = :id and state = :from")
                .param("to", to.name()).param("now", ts(now)).param("id", id).param("from", from.name())
                .update() == 1;
    }

    public void insertSitrep(UUID id, UUID crisisId, String member, long user, String text, Distribution to,
                             Attachment attachment, Instant now) {
        jdbc.sql("""
                        insert into crisis_sitrep (id, crisis_id, owner_member, sharing_level, text, created_by,
                            created_at)
                        values (:id, :crisis, :member, :level, :text, :user, :now)
                        """)
                .param("id", id).param("crisis", crisisId).param("member", member)
                .param("level", to.sharingLevel().name()).param("text", text).param("user", user)
                .param("now", ts(now))
                .update();
        if (attachment != null) {
            jdbc.sql("""
                            insert into crisis_attachment (sitrep_id, file_name, content_type, size, content)
                            values (:id, :name, :type, :size, :content)
                            """)
                    .param("id", id).param("name", attachment.fileName()).param("type", attachment.contentType())
                    .param("size", attachment.content().length).param("content", attachment.content())
                    .update();
        }
    }

    /** The situation reports of a crisis that the condition lets through, newest first. */
    public List<SituationReport> sitreps(UUID crisisId, SqlCondition visible, int limit) {
        return sitreps(crisisId, null, visible, limit);
    }

    public Optional<SituationReport> sitrep(UUID crisisId, UUID sitrepId, SqlCondition visible) {
        return sitreps(crisisId, sitrepId, visible, 1).stream().findFirst();
    }

    private List<SituationReport> sitreps(UUID crisisId, UUID sitrepId, SqlCondition visible, int limit) {
        return jdbc.sql("""
                        select s.id, s.crisis_id, s.owner_member, s.text, s.sharing_level, s.created_at,
                               u.display_name, a.file_name, a.content_type, a.size
                        from crisis_sitrep s join app_user u on u.id = s.created_by
                        left join crisis_attachment a on a.sitrep_id = s.id
                        where s.crisis_id = :crisis and (cast(:sitrep as uuid) is null or s.id = :sitrep) and %s
                        order by s.created_at desc, s.id limit :limit
                        """.formatted(visible.sql()))
                .params(visible.params()).param("crisis", crisisId).param("sitrep", sitrepId).param("limit", limit)
                .query((rs, n) -> new SituationReport(rs.getObject("id", UUID.class),
                        rs.getObject("crisis_id", UUID.class), rs.getString("owner_member"),
                        rs.getString("display_name"), rs.getString("text"),
                        Distribution.of(SharingLevel.valueOf(rs.getString("sharing_level"))),
                        rs.getString("file_name"), rs.getString("content_type"), (Integer) rs.getObject("size"),
                        instant(rs, "created_at")))
                .list();
    }

    public Optional<Attachment> attachment(UUID crisisId, UUID sitrepId, SqlCondition visible) {
        return jdbc.sql("""
                        select a.file_name, a.content_type, a.content
                        from crisis_attachment a join crisis_sitrep s on s.id = a.sitrep_id
                        where s.id = :sitrep and s.crisis_id = :crisis and %s
                        """.formatted(visible.sql()))
                .params(visible.params()).param("sitrep", sitrepId).param("crisis", crisisId)
                .query((rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    public void insertIntelligence(UUID id, UUID crisisId, String member, long user, IntelligenceKind kind,
                                   String value, String note, Instant now) {
        jdbc.sql("""
                        insert into crisis_intelligence (id, crisis_id, member_code, kind, value, note, created_by,
                            created_at)
                        values (:id, :crisis, :member, :kind, :value, :note, :user, :now)
                        """)
                .param("id", id).param("crisis", crisisId).param("member", member).param("kind", kind.name())
                .param("value", value).param("note", note).param("user", user).param("now", ts(now))
                .update();
    }

    public List<IntelligenceItem> intelligence(UUID crisisId) {
        return jdbc.sql("""
                        select i.id, i.crisis_id, i.member_code, i.kind, i.value, i.note, u.display_name, i.created_at
                        from crisis_intelligence i join app_user u on u.id = i.created_by
                        where i.crisis_id = :crisis order by i.created_at, i.id
                        """).param("crisis", crisisId)
                .query((rs, n) -> new IntelligenceItem(rs.getObject("id", UUID.class),
                        rs.getObject("crisis_id", UUID.class), rs.getString("member_code"),
                        IntelligenceKind.valueOf(rs.getString("kind")), rs.getString("value"), rs.getString("note"),
                        rs.getString("display_name"), instant(rs, "created_at")))
                .list();
    }

    private static Crisis crisis(ResultSet rs, int row) throws SQLException {
        return new Crisis(rs.getObject("id", UUID.class), rs.getString("owner_member"),
                CrisisType.valueOf(rs.getString("type")), rs.getString("title"), rs.getString("place"),
                (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"), instant(rs, "occurred_at"),
                new Casualties(rs.getInt("dead"), rs.getInt("injured"), rs.getInt("missing")),
                CrisisStatus.valueOf(rs.getString("status")), rs.getBoolean("exercise"),
                Distribution.of(SharingLevel.valueOf(rs.getString("sharing_level"))),
                rs.getObject("declaration_alert_id", UUID.class), rs.getString("declared_by"), instant(rs, "declared_at"), instant(rs, "updated_at"));
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
