package org.eads.alerts.internal.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eads.alerts.Disclosure;
import org.eads.alerts.internal.AlertStore;
import org.eads.screening.DisclosureRequested;
import org.eads.sharing.HandlingCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The disclosure table: requests to disclose HIT_NO_HIT records and the owners' decisions. */
@Repository
public class DisclosureStore {

    private static final String COLUMNS = """
            d.request_id, d.record_id, d.owner_member, r.display_name as requester, d.requester_member, d.reason,
            d.requested_at, d.status, o.display_name as decided_by, d.decided_at, d.decision_reason,
            d.handling_codes, d.handling_note, d.disclosed::text as disclosed, d.requester_id
            from disclosure d
            join app_user r on r.id = d.requester_id
            left join app_user o on o.id = d.decided_by""";

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    DisclosureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a request once: a replayed event adds nothing. Returns whether it was new. */
    public boolean insert(DisclosureRequested e) {
        return jdbc.sql("""
                insert into disclosure (request_id, record_id, owner_member, requester_id, requester_member, reason,
                    requested_at)
                values (:id, :record, :owner, :requester, :member, :reason, :at) on conflict do nothing
                """).param("id", e.requestId()).param("record", e.recordId()).param("owner", e.ownerMember())
                .param("requester", e.requesterId()).param("member", e.requesterMember()).param("reason", e.reason())
                .param("at", AlertStore.ts(e.at())).update() > 0;
    }

    public void setAlert(UUID id, UUID alert) {
        jdbc.sql("update disclosure set alert_id = :alert where request_id = :id").param("id", id)
                .param("alert", alert).update();
    }

    /** The two sides of a request: owner member, requester member and requester. */
    public record Sides(UUID id, UUID recordId, String ownerMember, String requesterMember, long requesterId,
                        Disclosure.Status status) {
    }

    public Optional<Sides> sides(UUID id) {
        return jdbc.sql("select request_id, record_id, owner_member, requester_member, requester_id, status "
                        + "from disclosure where request_id = :id")
                .param("id", id).query((rs, n) -> new Sides(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getLong(5), Disclosure.Status.valueOf(rs.getString(6))))
                .optional();
    }

    public Optional<Disclosure> find(UUID id, boolean ownerSide) {
        return jdbc.sql("select " + COLUMNS + " where d.request_id = :id").param("id", id)
                .query((rs, n) -> disclosure(rs, ownerSide)).optional();
    }

    /** Requests to the member ({@code received}) or made by it, newest first. */
    public List<Disclosure> list(String member, boolean received, int limit) {
        return jdbc.sql("select " + COLUMNS + " where " + (received ? "d.owner_member" : "d.requester_member")
                        + " = :member order by d.requested_at desc limit :limit")
                .param("member", member).param("limit", limit).query((rs, n) -> disclosure(rs, received)).list();
    }

    /** Records the decision on an open request; false when it was decided meanwhile. */
    public boolean decide(UUID id, Disclosure.Status status, long by, Instant at, String reason,
                          Set<HandlingCode> codes, String note, Map<String, JsonNode> disclosed) {
        String fields = disclosed == null ? null : json.writeValueAsString(disclosed);
        return jdbc.sql("""
                update disclosure set status = :status, decided_by = :by, decided_at = :at, decision_reason = :reason,
                    handling_codes = :codes, handling_note = :note, disclosed = cast(:disclosed as jsonb)
                where request_id = :id and status = 'OPEN'
                """).param("id", id).param("status", status.name()).param("by", by).param("at", AlertStore.ts(at))
                .param("reason", reason).param("codes", codes.stream().map(Enum::name).toArray(String[]::new))
                .param("note", note).param("disclosed", fields).update() > 0;
    }

    /** Requests to the member since a time, by status. */
    public Map<String, Long> receivedByStatus(String member, Instant since) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Disclosure.Status s : Disclosure.Status.values()) {
            out.put(s.name(), 0L);
        }
        jdbc.sql("""
                select status, count(*) from disclosure where owner_member = :member and requested_at >= :since
                group by status
                """).param("member", member).param("since", AlertStore.ts(since))
                .query((rs, n) -> out.put(rs.getString(1), rs.getLong(2))).list();
        return out;
    }

    private Disclosure disclosure(ResultSet rs, boolean ownerSide) throws SQLException {
        String[] codes = (String[]) rs.getArray("handling_codes").getArray();
        Map<String, String> disclosed = new LinkedHashMap<>();
        String fields = rs.getString("disclosed");
        String type = null;
        if (fields != null) {
            JsonNode node = json.readTree(fields);
            for (var e : node.properties()) {
                if (e.getKey().equals("type")) {
                    type = e.getValue().asString();
                } else {
                    disclosed.put(e.getKey(), FieldText.of(e.getValue()));
                }
            }
        }
        return new Disclosure(rs.getObject("request_id", UUID.class),
                ownerSide ? rs.getObject("record_id", UUID.class) : null, rs.getString("owner_member"),
                rs.getString("requester"), rs.getString("requester_member"), rs.getString("reason"),
                AlertStore.instant(rs, "requested_at"), Disclosure.Status.valueOf(rs.getString("status")),
                rs.getString("decided_by"), AlertStore.instant(rs, "decided_at"), rs.getString("decision_reason"),
                java.util.Arrays.stream(codes).map(HandlingCode::valueOf).collect(Collectors.toCollection(
                        () -> java.util.EnumSet.noneOf(HandlingCode.class))),
                rs.getString("handling_note"), type, disclosed, ownerSide);
    }
}
