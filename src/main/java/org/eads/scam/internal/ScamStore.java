package org.eads.scam.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.eads.scam.Hold;
import org.eads.scam.IndicatorKind;
import org.eads.scam.IndicatorStatus;
import org.eads.scam.ScamChannel;
import org.eads.scam.ScamIndicator;
import org.eads.scam.ScamReport;
import org.eads.sharing.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of scam reports and of the indicator registry. Joins the caller's transaction. */
@Repository
public class ScamStore {

    private static final String INDICATOR_COLUMNS = """
            i.id, i.kind, i.value, i.display, i.status, i.status_reason, i.status_at, i.report_count, i.members,
            i.first_seen, i.last_seen, i.total_loss_usd, i.review_pending""";

    private final JdbcClient jdbc;

    ScamStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The registry's id of an indicator, made on first sight. */
    public long indicatorId(IndicatorKind kind, String value, String display) {
        return jdbc.sql("""
                insert into scam_indicator (kind, value, display) values (:kind, :value, :display)
                on conflict (kind, value) do update set kind = excluded.kind
                returning id
                """).param("kind", kind.name()).param("value", value).param("display", display)
                .query(Long.class).single();
    }

    /** A report as its columns, for inserting. */
    public record NewReport(UUID id, String member, Long agencyId, String caseReference, LocalDate reportDate,
                            String victimKind, String victimName, String victimContact, boolean victimIdentityShared,
                            String victimNationality, String victimAgeBand, String victimSex, String scamType,
                            ScamChannel channel, LocalDate firstContact, BigDecimal lossAmount, String lossCurrency,
                            BigDecimal lossUsd, String summary, String sharingLevel, Set<String> sharedWith,
                            String indicatorSharing, long createdBy) {
    }

    public void insert(NewReport r) {
        jdbc.sql("""
                insert into scam_report (id, owner_member, agency_id, case_reference, report_date, victim_kind,
                    victim_name, victim_contact, victim_identity_shared, victim_nationality, victim_age_band,
                    victim_sex, scam_type, channel, first_contact, loss_amount, loss_currency, loss_usd, summary,
                    sharing_level, shared_with, indicator_sharing, created_by)
                values (:id, :member, :agency, :ref, :date, :vkind, :vname, :vcontact, :vshared, :vnat, :vage, :vsex,
                    :type, :channel, :first, :loss, :currency, :usd, :summary, :level, :with, :isharing, :by)
                """).param("id", r.id()).param("member", r.member()).param("agency", r.agencyId())
                .param("ref", r.caseReference()).param("date", r.reportDate()).param("vkind", r.victimKind())
                .param("vname", r.victimName()).param("vcontact", r.victimContact())
                .param("vshared", r.victimIdentityShared()).param("vnat", r.victimNationality())
                .param("vage", r.victimAgeBand()).param("vsex", r.victimSex()).param("type", r.scamType())
                .param("channel", r.channel().name()).param("first", r.firstContact()).param("loss", r.lossAmount())
                .param("currency", r.lossCurrency()).param("usd", r.lossUsd()).param("summary", r.summary())
                .param("level", r.sharingLevel()).param("with", r.sharedWith().toArray(String[]::new))
                .param("isharing", r.indicatorSharing()).param("by", r.createdBy()).update();
    }

    public boolean caseReferenceTaken(String member, String reference) {
        return jdbc.sql("select exists (select 1 from scam_report where owner_member = :m and case_reference = :r)")
                .param("m", member).param("r", reference).query(Boolean.class).single();
    }

    public void link(UUID report, long indicator, String role) {
        jdbc.sql("insert into scam_report_indicator (report_id, indicator_id, role) values (:r, :i, :role) "
                        + "on conflict do nothing")
                .param("r", report).param("i", indicator).param("role", role).update();
    }

    public void payment(UUID report, long indicator, java.time.OffsetDateTime paidAt, BigDecimal amount,
                        String currency, BigDecimal usd) {
        jdbc.sql("""
                insert into scam_payment (report_id, indicator_id, paid_at, amount, currency, amount_usd)
                values (:r, :i, :at, :amount, :currency, :usd)
                """).param("r", report).param("i", indicator)
                .param("at", paidAt == null ? null : Timestamp.from(paidAt.toInstant())).param("amount", amount)
                .param("currency", currency).param("usd", usd).update();
    }

    /**
     * Counts a report on its indicators: report count, reporting members, first and last seen, and losses (the
     * report's loss once per indicator). Only indicators shared at MEMBERS or wider count in the shared registry.
     */
    public void countOn(Set<Long> indicators, String member, LocalDate date, BigDecimal lossUsd) {
        jdbc.sql("""
                update scam_indicator set report_count = report_count + 1,
                    members = case when :member = any(members) then members else members || :member end,
                    first_seen = least(coalesce(first_seen, :date), :date),
                    last_seen = greatest(coalesce(last_seen, :date), :date),
                    total_loss_usd = total_loss_usd + :loss
                where id = any(:ids)
                """).param("ids", indicators.toArray(Long[]::new)).param("member", member).param("date", date)
                .param("loss", lossUsd == null ? BigDecimal.ZERO : lossUsd).update();
    }

    public Optional<ScamIndicator> indicator(long id) {
        return jdbc.sql("select " + INDICATOR_COLUMNS + " from scam_indicator i where i.id = :id").param("id", id)
                .query(ScamStore::indicator).optional();
    }

    public Optional<ScamIndicator> indicator(IndicatorKind kind, String value) {
        return jdbc.sql("select " + INDICATOR_COLUMNS
                        + " from scam_indicator i where i.kind = :kind and i.value = :value")
                .param("kind", kind.name()).param("value", value).query(ScamStore::indicator).optional();
    }

    /** The registry's entries of one kind among these values. */
    public List<ScamIndicator> indicators(IndicatorKind kind, java.util.Collection<String> values) {
        return jdbc.sql("select " + INDICATOR_COLUMNS
                        + " from scam_indicator i where i.kind = :kind and i.value = any(:values)")
                .param("kind", kind.name()).param("values", values.toArray(String[]::new))
                .query(ScamStore::indicator).list();
    }

    /** A registry entry as a check answers it: with the hold the banks are asked to keep on it now, if any. */
    public record Checked(ScamIndicator indicator, Hold hold) {
    }

    /**
     * The registry entries of many indicators at once ({@code kinds[i]} with {@code values[i]}), each with its latest
     * active hold: what a check needs, in one query.
     */
    public List<Checked> checked(List<String> kinds, List<String> values, Instant now) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + INDICATOR_COLUMNS + """
                , h.id as hold_id, h.amount as hold_amount, h.currency as hold_currency, h.reason as hold_reason,
                  h.member_code as hold_member, h.created_at as hold_created, h.expires_at as hold_expires
                from scam_indicator i
                join unnest(cast(:kinds as text[]), cast(:values as text[])) as q(kind, value)
                  on i.kind = q.kind and i.value = q.value
                left join lateral (select * from scam_hold h
                                   where h.indicator_id = i.id and h.released_at is null and h.expires_at > :now
                                   order by h.created_at desc limit 1) h on true
                """).param("kinds", kinds.toArray(String[]::new)).param("values", values.toArray(String[]::new))
                .param("now", Timestamp.from(now))
                .query((rs, n) -> {
                    long hold = rs.getLong("hold_id");
                    boolean none = rs.wasNull();
                    return new Checked(indicator(rs, n), none ? null : new Hold(hold,
                            rs.getLong("id"), rs.getBigDecimal("hold_amount"), rs.getString("hold_currency"),
                            rs.getString("hold_reason"), rs.getString("hold_member"),
                            rs.getTimestamp("hold_created").toInstant(), rs.getTimestamp("hold_expires").toInstant()));
                }).list();
    }

    /** Indicators named in the same reports as this one (reports the viewer may see), most shared first. */
    public List<ScamIndicator> related(long id, SqlCondition visible, int limit) {
        return jdbc.sql("select " + INDICATOR_COLUMNS + " " + """
                 from scam_indicator i
                 join (select b.indicator_id, count(*) as together
                       from scam_report_indicator a
                       join scam_report r on r.id = a.report_id
                       join scam_report_indicator b on b.report_id = a.report_id and b.indicator_id <> a.indicator_id
                       where a.indicator_id = :id and """ + visible.sql() + """
                       group by b.indicator_id order by count(*) desc limit :limit) t on t.indicator_id = i.id
                 order by t.together desc, i.id
                """).param("id", id).param("limit", limit).params(visible.params())
                .query(ScamStore::indicator).list();
    }

    public void setStatus(long id, IndicatorStatus status, String reason, long by) {
        jdbc.sql("""
                update scam_indicator set status = :status, status_reason = :reason, status_by = :by, status_at = now(),
                    review_pending = false
                where id = :id
                """).param("id", id).param("status", status.name()).param("reason", reason).param("by", by).update();
    }

    public Optional<ScamReport> report(UUID id, SqlCondition visible, String viewerMember) {
        return jdbc.sql("select * from scam_report r where r.id = :id and " + visible.sql()).param("id", id)
                .params(visible.params())
                .query((rs, n) -> report(rs, viewerMember)).optional()
                .map(r -> withParts(r));
    }

    /** The reports the viewer may see, newest first, optionally of one member. */
    public List<ScamReport> reports(SqlCondition visible, String viewerMember, String member, int limit, int offset) {
        return jdbc.sql("select * from scam_report r where " + visible.sql()
                        + (member == null ? "" : " and r.owner_member = :member")
                        + " order by r.report_date desc, r.created_at desc limit :limit offset :offset")
                .params(visible.params()).params(member == null ? Map.of() : Map.of("member", member))
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> report(rs, viewerMember)).list();
    }

    private ScamReport withParts(ScamReport r) {
        List<ScamReport.ReportIndicator> indicators = jdbc.sql("""
                select i.id, i.kind, i.value, i.display, ri.role, i.status
                from scam_report_indicator ri join scam_indicator i on i.id = ri.indicator_id
                where ri.report_id = :r order by ri.role, i.kind, i.value
                """).param("r", r.id()).query((rs, n) -> new ScamReport.ReportIndicator(rs.getLong(1),
                        IndicatorKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                        IndicatorStatus.valueOf(rs.getString(6)))).list();
        List<ScamReport.Payment> payments = jdbc.sql("""
                select p.indicator_id, i.kind, i.display, p.paid_at, p.amount, p.currency, p.amount_usd
                from scam_payment p join scam_indicator i on i.id = p.indicator_id
                where p.report_id = :r order by p.paid_at nulls last, p.id
                """).param("r", r.id()).query((rs, n) -> new ScamReport.Payment(rs.getLong(1),
                        IndicatorKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant().atOffset(ZoneOffset.UTC),
                        rs.getBigDecimal(5), rs.getString(6), rs.getBigDecimal(7))).list();
        return new ScamReport(r.id(), r.memberCode(), r.caseReference(), r.reportDate(), r.victimKind(),
                r.victimName(), r.victimContact(), r.victimIdentityShared(), r.victimNationality(), r.victimAgeBand(),
                r.victimSex(), r.scamType(), r.channel(), r.firstContact(), r.lossAmount(), r.lossCurrency(),
                r.lossUsd(), r.summary(), r.sharingLevel(), r.sharedWith(), r.indicatorSharing(), indicators, payments,
                r.createdAt());
    }

    private static ScamReport report(ResultSet rs, String viewerMember) throws SQLException {
        String owner = rs.getString("owner_member");
        boolean identity = owner.equals(viewerMember) || rs.getBoolean("victim_identity_shared");
        return new ScamReport(rs.getObject("id", UUID.class), owner, rs.getString("case_reference"),
                rs.getObject("report_date", LocalDate.class), rs.getString("victim_kind"),
                identity ? rs.getString("victim_name") : null, identity ? rs.getString("victim_contact") : null,
                rs.getBoolean("victim_identity_shared"), rs.getString("victim_nationality"),
                rs.getString("victim_age_band"), rs.getString("victim_sex"), rs.getString("scam_type"),
                ScamChannel.valueOf(rs.getString("channel")), rs.getObject("first_contact", LocalDate.class),
                rs.getBigDecimal("loss_amount"), rs.getString("loss_currency"), rs.getBigDecimal("loss_usd"),
                rs.getString("summary"), rs.getString("sharing_level"),
                new LinkedHashSet<>(Arrays.asList((String[]) rs.getArray("shared_with").getArray())),
                rs.getString("indicator_sharing"), List.of(), List.of(), rs.getTimestamp("created_at").toInstant());
    }

    private static ScamIndicator indicator(ResultSet rs, int row) throws SQLException {
        Timestamp at = rs.getTimestamp("status_at");
        return new ScamIndicator(rs.getLong("id"), IndicatorKind.valueOf(rs.getString("kind")), rs.getString("value"),
                rs.getString("display"), IndicatorStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"), at == null ? null : at.toInstant(), rs.getInt("report_count"),
                new LinkedHashSet<>(Arrays.asList((String[]) rs.getArray("members").getArray())),
                rs.getObject("first_seen", LocalDate.class), rs.getObject("last_seen", LocalDate.class),
                rs.getBigDecimal("total_loss_usd"), rs.getBoolean("review_pending"));
    }
}
