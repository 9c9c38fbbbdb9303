package org.eads.funds.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.eads.funds.Account;
import org.eads.funds.AccountKind;
import org.eads.funds.FundsCase;
import org.eads.funds.Trace;
import org.eads.funds.TraceAnswer;
import org.eads.funds.TraceQuestion;
import org.eads.funds.Transfer;
import org.eads.sharing.SharingLevel;
import org.eads.sharing.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The SQL of tracing cases, accounts, transfers and traces. */
@Repository
public class FundsStore {

    private static final String TRANSFER = """
            select t.id, t.case_id, t.source, t.txn_id, t.at, t.amount, t.currency, t.usd_cents, t.channel, t.reference,
                   f.id f_id, f.country f_country, f.bank f_bank, f.number f_number, f.kind f_kind,
                   o.id o_id, o.country o_country, o.bank o_bank, o.number o_number, o.kind o_kind
            from funds_transfer t join funds_account f on f.id = t.from_account join funds_account o on o.id = t.to_account
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    FundsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertCase(String member, String reference, String title, UUID scamReport, SharingLevel level,
                           Set<String> sharedWith, long userId) {
        return jdbc.sql("""
                insert into funds_case (owner_member, reference, title, scam_report_id, sharing_level, shared_with,
                    created_by)
                values (:member, :reference, :title, :report, :level, :shared, :user) returning id
                """).param("member", member).param("reference", reference).param("title", title)
                .param("report", scamReport).param("level", level.name())
                .param("shared", sharedWith.toArray(String[]::new)).param("user", userId).query(Long.class).single();
    }

    public boolean referenceTaken(String member, String reference) {
        return jdbc.sql("select exists (select 1 from funds_case where owner_member = :m and reference = :r)")
                .param("m", member).param("r", reference).query(Boolean.class).single();
    }

    public Optional<FundsCase> fundsCase(long id, SqlCondition visible) {
        return jdbc.sql("select * from funds_case c where c.id = :id and " + visible.sql()).param("id", id)
                .params(visible.params()).query(FundsStore::fundsCase).optional();
    }

    public List<FundsCase> cases(SqlCondition visible, int limit) {
        return jdbc.sql("select * from funds_case c where " + visible.sql() + " order by c.created_at desc limit :limit")
                .params(visible.params()).param("limit", limit).query(FundsStore::fundsCase).list();
    }

    /** The ids of every case the condition lets through, for the tracer's ledger. */
    public List<Long> caseIds(SqlCondition visible) {
        return jdbc.sql("select c.id from funds_case c where " + visible.sql()).params(visible.params())
                .query(Long.class).list();
    }

    public void countTransfers(long caseId, long added) {
        jdbc.sql("update funds_case set transfers = transfers + :n where id = :id").param("n", added)
                .param("id", caseId).update();
    }

    /** A case's transfers, newest first, optionally those touching one account. */
    public List<Transfer> transfers(long caseId, Long account, int offset, int limit) {
        return jdbc.sql(TRANSFER + " where t.case_id = :case"
                        + (account == null ? "" : " and (t.from_account = :account or t.to_account = :account)")
                        + " order by t.at desc, t.id desc offset :offset limit :limit")
                .param("case", caseId).param("account", account).param("offset", offset).param("limit", limit)
                .query(FundsStore::transfer).list();
    }

    /** Transfers by id among the given cases, by id. */
    public Map<Long, Transfer> transfersById(Collection<Long> ids, Collection<Long> cases) {
        Map<Long, Transfer> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql(TRANSFER + " where t.id = any(:ids) and t.case_id = any(:cases)")
                .param("ids", ids.toArray(Long[]::new)).param("cases", cases.toArray(Long[]::new))
                .query(FundsStore::transfer).list().forEach(t -> out.put(t.id(), t));
        return out;
    }

    public Map<Long, Account> accounts(Collection<Long> ids) {
        Map<Long, Account> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("select id, country, bank, number, kind from funds_account where id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, i) -> new Account(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        AccountKind.valueOf(rs.getString(5)))).list().forEach(a -> out.put(a.id(), a));
        return out;
    }

    public long insertTrace(long caseId, String member, TraceQuestion question, TraceAnswer answer, long tookMs,
                            long userId) {
        return jdbc.sql("""
                insert into funds_trace (case_id, member, direction, rule, question, answer, took_ms, created_by)
                values (:case, :member, :direction, :rule, :question::jsonb, :answer::jsonb, :took, :user) returning id
                """).param("case", caseId).param("member", member).param("direction", question.direction().name())
                .param("rule", question.rule().name()).param("question", json.writeValueAsString(question))
                .param("answer", json.writeValueAsString(answer)).param("took", (int) tookMs).param("user", userId)
                .query(Long.class).single();
    }

    public Optional<Trace> trace(long id) {
        return jdbc.sql("select id, case_id, member, question::text, answer::text, took_ms, created_by, created_at "
                        + "from funds_trace where id = :id").param("id", id)
                .query((rs, i) -> new Trace(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        json.readValue(rs.getString(4), TraceQuestion.class),
                        json.readValue(rs.getString(5), TraceAnswer.class), rs.getLong(6), rs.getLong(7),
                        rs.getTimestamp(8).toInstant())).optional();
    }

    /** A case's traces run by a member, newest first, without their answers. */
    public List<TraceSummary> traces(long caseId, String member) {
        return jdbc.sql("""
                select id, direction, rule, took_ms, created_at,
                       (answer ->> 'remaining')::numeric + (answer ->> 'cashedOut')::numeric as found,
                       jsonb_array_length(answer -> 'accounts') as accounts
                from funds_trace where case_id = :case and member = :member order by created_at desc limit 50
                """).param("case", caseId).param("member", member)
                .query((rs, i) -> new TraceSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getTimestamp(5).toInstant(), rs.getBigDecimal(6), rs.getInt(7))).list();
    }

    /** A trace in a list. */
    public record TraceSummary(long id, String direction, String rule, long tookMs, Instant createdAt,
                               BigDecimal found, int accounts) {
    }

    private static FundsCase fundsCase(ResultSet rs, int row) throws SQLException {
        Array shared = rs.getArray("shared_with");
        return new FundsCase(rs.getLong("id"), rs.getString("owner_member"), rs.getString("reference"),
                rs.getString("title"), rs.getObject("scam_report_id", UUID.class),
                SharingLevel.valueOf(rs.getString("sharing_level")),
                Set.copyOf(Arrays.asList((String[]) shared.getArray())), rs.getLong("transfers"),
                usd(rs.getLong("frozen_usd_cents")), usd(rs.getLong("returned_usd_cents")), rs.getLong("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Transfer transfer(ResultSet rs, int row) throws SQLException {
        return new Transfer(rs.getLong("id"), rs.getLong("case_id"), rs.getString("source"), rs.getString("txn_id"),
                rs.getTimestamp("at").toInstant(), account(rs, "f_"), account(rs, "o_"), rs.getBigDecimal("amount"),
                rs.getString("currency"), usd(rs.getLong("usd_cents")), rs.getString("channel"),
                rs.getString("reference"));
    }

    private static Account account(ResultSet rs, String prefix) throws SQLException {
        return new Account(rs.getLong(prefix + "id"), rs.getString(prefix + "country"), rs.getString(prefix + "bank"),
                rs.getString(prefix + "number"), AccountKind.valueOf(rs.getString(prefix + "kind")));
    }

    public static BigDecimal usd(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
