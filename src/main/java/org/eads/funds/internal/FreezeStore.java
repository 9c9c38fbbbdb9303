package org.eads.funds.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eads.funds.Account;
import org.eads.funds.AccountKind;
import org.eads.funds.FreezeRequest;
import org.eads.funds.FreezeStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of freeze requests and what was done about them. */
@Repository
public class FreezeStore {

    private static final String SELECT = """
            select r.*, a.country, a.bank, a.number, a.kind from funds_freeze_request r
            join funds_account a on a.id = r.account_id
            """;

    private final JdbcClient jdbc;

    FreezeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new request; its reference names the requesting member and its number. */
    public long insert(long caseId, Long traceId, long accountId, String requesting, String receiving, long cents,
                       List<String> transfers, String legalBasis, FreezeRequest.Urgency urgency, String contact,
                       long userId) {
        long id = jdbc.sql("select nextval('funds_freeze_request_id_seq')").query(Long.class).single();
        jdbc.sql("""
                insert into funds_freeze_request (id, reference, case_id, trace_id, account_id, requesting_member,
                    receiving_member, amount_usd_cents, transfers, legal_basis, urgency, contact, created_by)
                values (:id, :ref, :case, :trace, :account, :requesting, :receiving, :cents, :transfers, :basis,
                    :urgency, :contact, :user)
                """).param("id", id).param("ref", "FRZ-" + requesting + "-" + id).param("case", caseId)
                .param("trace", traceId).param("account", accountId).param("requesting", requesting)
                .param("receiving", receiving).param("cents", cents).param("transfers", transfers.toArray(String[]::new))
                .param("basis", legalBasis).param("urgency", urgency.name()).param("contact", contact)
                .param("user", userId).update();
        return id;
    }

    public void alerted(long id, UUID alertId) {
        jdbc.sql("update funds_freeze_request set alert_id = :alert where id = :id").param("alert", alertId)
                .param("id", id).update();
    }

    public Optional<FreezeRequest> find(long id) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(this::request).optional()
                .map(this::withActions);
    }

    /** Requests the member sent or received, newest first. */
    public List<FreezeRequest> of(String member, boolean received, int limit) {
        return jdbc.sql(SELECT + " where r." + (received ? "receiving_member" : "requesting_member")
                        + " = :m order by r.created_at desc limit :limit").param("m", member).param("limit", limit)
                .query(this::request).list();
    }

    public List<FreezeRequest> ofCase(long caseId) {
        return jdbc.sql(SELECT + " where r.case_id = :c order by r.created_at desc").param("c", caseId)
                .query(this::request).list();
    }

    /** Records an action and moves the request and its case's totals, in the caller's transaction. */
    public void act(long id, FreezeRequest.ActionKind action, FreezeStatus status, long cents, String note,
                    long userId, String member, long frozenDelta, long returnedDelta) {
        jdbc.sql("""
                insert into funds_freeze_action (request_id, action, usd_cents, note, by_user, by_member)
                values (:id, :action, :cents, :note, :user, :member)
                """).param("id", id).param("action", action.name()).param("cents", cents == 0 ? null : cents)
                .param("note", note).param("user", userId).param("member", member).update();
        jdbc.sql("""
                update funds_freeze_request set status = :status, frozen_usd_cents = frozen_usd_cents + :frozen,
                    returned_usd_cents = returned_usd_cents + :returned, updated_at = now()
                where id = :id
                """).param("status", status.name()).param("frozen", frozenDelta).param("returned", returnedDelta)
                .param("id", id).update();
        jdbc.sql("""
                update funds_case set frozen_usd_cents = frozen_usd_cents + :frozen,
                    returned_usd_cents = returned_usd_cents + :returned
                where id = (select case_id from funds_freeze_request where id = :id)
                """).param("frozen", frozenDelta).param("returned", returnedDelta).param("id", id).update();
    }

    /** Requested, frozen and returned totals of the requests a member sent or received, in cents. */
    public Map<String, Long> totals(String member) {
        return jdbc.sql("""
                select coalesce(sum(amount_usd_cents), 0) requested, coalesce(sum(frozen_usd_cents), 0) frozen,
                       coalesce(sum(returned_usd_cents), 0) returned,
                       count(*) filter (where status not in ('REFUSED', 'RETURNED')) open
                from funds_freeze_request where requesting_member = :m or receiving_member = :m
                """).param("m", member).query((rs, i) -> Map.of("requested", rs.getLong(1), "frozen", rs.getLong(2),
                "returned", rs.getLong(3), "open", rs.getLong(4))).single();
    }

    private FreezeRequest withActions(FreezeRequest r) {
        List<FreezeRequest.Action> actions = jdbc.sql("""
                select f.action, f.usd_cents, f.note, f.by_member, u.display_name, f.at
                from funds_freeze_action f join app_user u on u.id = f.by_user
                where f.request_id = :id order by f.at, f.id
                """).param("id", r.id()).query((rs, i) -> new FreezeRequest.Action(
                FreezeRequest.ActionKind.valueOf(rs.getString(1)),
                rs.getObject(2) == null ? null : FundsStore.usd(rs.getLong(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getTimestamp(6).toInstant())).list();
        return new FreezeRequest(r.id(), r.reference(), r.caseId(), r.traceId(), r.account(), r.requestingMember(),
                r.receivingMember(), r.amountUsd(), r.transfers(), r.legalBasis(), r.urgency(), r.contact(), r.status(),
                r.frozenUsd(), r.returnedUsd(), r.alertId(), r.createdBy(), r.createdAt(), r.updatedAt(), actions);
    }

    private FreezeRequest request(ResultSet rs, int row) throws SQLException {
        Array transfers = rs.getArray("transfers");
        return new FreezeRequest(rs.getLong("id"), rs.getString("reference"), rs.getLong("case_id"),
                rs.getObject("trace_id", Long.class),
                new Account(rs.getLong("account_id"), rs.getString("country"), rs.getString("bank"),
                        rs.getString("number"), AccountKind.valueOf(rs.getString("kind"))),
                rs.getString("requesting_member"), rs.getString("receiving_member"),
                FundsStore.usd(rs.getLong("amount_usd_cents")), Arrays.asList((String[]) transfers.getArray()),
                rs.getString("legal_basis"), FreezeRequest.Urgency.valueOf(rs.getString("urgency")),
                rs.getString("contact"), FreezeStatus.valueOf(rs.getString("status")),
                FundsStore.usd(rs.getLong("frozen_usd_cents")), FundsStore.usd(rs.getLong("returned_usd_cents")),
                rs.getObject("alert_id", UUID.class), rs.getLong("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), List.of());
    }
}
