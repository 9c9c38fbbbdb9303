package org.eads.scam.internal.campaigns;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.eads.scam.Campaign;
import org.eads.scam.CampaignDetail;
import org.eads.scam.IndicatorKind;
import org.eads.scam.IndicatorStatus;
import org.eads.sharing.SqlCondition;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of campaigns: membership, the analysts' decisions, the stop-list, and what a viewer may see of them. */
@Repository
public class CampaignStore {

    /** One key for every change of campaign membership, so that concurrent reports never race a merge. */
    private static final long MEMBERSHIP_LOCK = 7_341_202_611L;

    private static final String FIGURES = """
            select c.id, c.name, c.notes, c.locked, c.created_at, c.updated_at, count(*) as reports,
                   coalesce(sum(r.loss_usd), 0) as loss, min(r.report_date) as first_report,
                   max(r.report_date) as last_report
            from scam_campaign c join scam_campaign_report cr on cr.campaign_id = c.id
                 join scam_report r on r.id = cr.report_id
            """;

    private final JdbcClient jdbc;

    public CampaignStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A neighbour of a new report: a report sharing a linking indicator with it, and its campaign if any. */
    public record Neighbour(UUID reportId, long indicatorId, Long campaignId, boolean locked) {
    }

    public void lockMembership() {
        jdbc.sql("select pg_advisory_xact_lock(:k)").param("k", MEMBERSHIP_LOCK).query((rs, n) -> 1).list();
    }

    /** The indicators among these that link reports: not stop-listed and named by at most {@code cap} reports. */
    public List<Long> linking(Collection<Long> indicators, int cap) {
        if (indicators.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select i.id from unnest(:ids) as i(id)
                where not exists (select 1 from scam_campaign_stop s where s.indicator_id = i.id)
                  and (select count(*) from (select distinct ri.report_id from scam_report_indicator ri
                       where ri.indicator_id = i.id order by ri.report_id limit :over) x) <= :cap
                """).param("ids", indicators.toArray(Long[]::new)).param("over", cap + 1).param("cap", cap)
                .query(Long.class).list();
    }

    public List<Neighbour> neighbours(UUID report, List<Long> linking) {
        return jdbc.sql("""
                select ri.report_id, ri.indicator_id, cr.campaign_id, coalesce(c.locked, false)
                from scam_report_indicator ri
                     left join scam_campaign_report cr on cr.report_id = ri.report_id
                     left join scam_campaign c on c.id = cr.campaign_id
                where ri.indicator_id = any(:ids) and ri.report_id <> :r
                """).param("ids", linking.toArray(Long[]::new)).param("r", report)
                .query((rs, n) -> new Neighbour(rs.getObject(1, UUID.class), rs.getLong(2),
                        (Long) rs.getObject(3), rs.getBoolean(4))).list();
    }

    public Optional<Long> campaignOf(UUID report) {
        return jdbc.sql("select campaign_id from scam_campaign_report where report_id = :r").param("r", report)
                .query(Long.class).optional();
    }

    /** Report counts of campaigns, largest first. */
    public Map<Long, Integer> sizes(Collection<Long> campaigns) {
        Map<Long, Integer> out = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                select campaign_id, count(*) from scam_campaign_report where campaign_id = any(:ids)
                group by campaign_id order by count(*) desc, campaign_id
                """).param("ids", campaigns.toArray(Long[]::new))
                .query((RowCallbackHandler) rs -> out.put(rs.getLong(1), rs.getInt(2)));
        return out;
    }

    public long newCampaign(boolean locked) {
        return jdbc.sql("insert into scam_campaign (locked) values (:locked) returning id").param("locked", locked)
                .query(Long.class).single();
    }

    /** Puts reports in a campaign, moving them from any other. */
    public void assign(Collection<UUID> reports, long campaign, boolean pinned) {
        if (reports.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into scam_campaign_report (report_id, campaign_id, pinned)
                select r, :c, :pinned from unnest(:reports) as r
                on conflict (report_id) do update set campaign_id = excluded.campaign_id, pinned = excluded.pinned
                """).param("reports", reports.toArray(UUID[]::new)).param("c", campaign).param("pinned", pinned)
                .update();
        touch(campaign);
    }

    /** Puts many reports in many campaigns at once (a rebuild), unpinned. */
    public void assignAll(UUID[] reports, Long[] campaigns) {
        jdbc.sql("""
                insert into scam_campaign_report (report_id, campaign_id)
                select * from unnest(:reports, :campaigns)
                on conflict (report_id) do update set campaign_id = excluded.campaign_id
                """).param("reports", reports).param("campaigns", campaigns).update();
    }

    /** Moves the reports and compound links of other campaigns into one, and deletes the others. */
    public void absorb(long keep, Collection<Long> others) {
        if (others.isEmpty()) {
            return;
        }
        Long[] ids = others.toArray(Long[]::new);
        jdbc.sql("update scam_campaign_report set campaign_id = :keep where campaign_id = any(:ids)")
                .param("keep", keep).param("ids", ids).update();
        jdbc.sql("""
                insert into scam_campaign_compound (campaign_id, compound_id, evidence, created_by, created_member,
                                                    created_at)
                select :keep, compound_id, evidence, created_by, created_member, created_at
                from scam_campaign_compound where campaign_id = any(:ids)
                on conflict do nothing
                """).param("keep", keep).param("ids", ids).update();
        jdbc.sql("""
                update scam_campaign k set notes = concat_ws(E'\\n\\n', k.notes,
                    (select string_agg(o.notes, E'\\n\\n' order by o.id) from scam_campaign o
                     where o.id = any(:ids) and o.notes is not null))
                where k.id = :keep
                """).param("keep", keep).param("ids", ids).update();
        delete(others);
        touch(keep);
    }

    public void delete(Collection<Long> campaigns) {
        jdbc.sql("delete from scam_campaign where id = any(:ids)").param("ids", campaigns.toArray(Long[]::new))
                .update();
    }

    public void setLocked(long campaign, boolean locked) {
        jdbc.sql("update scam_campaign set locked = :l, updated_at = now() where id = :id").param("id", campaign)
                .param("l", locked).update();
    }

    /** Pins every report of a campaign: an analyst has decided its membership. */
    public void pinAll(long campaign) {
        jdbc.sql("update scam_campaign_report set pinned = true where campaign_id = :c").param("c", campaign).update();
    }

    public void describe(long campaign, String name, String notes) {
        jdbc.sql("update scam_campaign set name = :name, notes = :notes, updated_at = now() where id = :id")
                .param("id", campaign).param("name", name).param("notes", notes).update();
    }

    private void touch(long campaign) {
        jdbc.sql("update scam_campaign set updated_at = now() where id = :id").param("id", campaign).update();
    }

    /** The reports of a campaign among these. */
    public List<UUID> reportsIn(long campaign, Collection<UUID> reports) {
        return jdbc.sql("select report_id from scam_campaign_report where campaign_id = :c and report_id = any(:r)")
                .param("c", campaign).param("r", reports.toArray(UUID[]::new)).query(UUID.class).list();
    }

    // ---- the full rebuild

    /** Indicators that link no reports: stop-listed, or named by more than {@code cap} reports. */
    public Set<Long> nonLinking(int cap) {
        Set<Long> out = new java.util.HashSet<>(jdbc.sql("select indicator_id from scam_campaign_stop")
                .query(Long.class).list());
        out.addAll(jdbc.sql("""
                select indicator_id from scam_report_indicator group by indicator_id
                having count(distinct report_id) > :cap
                """).param("cap", cap).query(Long.class).list());
        return out;
    }

    /** Every (indicator, report) pair, grouped by indicator. */
    public void pairs(RowCallbackHandler each) {
        jdbc.sql("select distinct indicator_id, report_id from scam_report_indicator order by indicator_id")
                .query(each);
    }

    /** Reports placed by analysts, with their (locked) campaign. */
    public Map<UUID, Long> pinned() {
        Map<UUID, Long> out = new java.util.HashMap<>();
        jdbc.sql("select report_id, campaign_id from scam_campaign_report where pinned")
                .query((RowCallbackHandler) rs -> out.put(rs.getObject(1, UUID.class), rs.getLong(2)));
        return out;
    }

    /** The automatic campaigns (not locked) and their reports. */
    public Map<UUID, Long> automaticMembership() {
        Map<UUID, Long> out = new java.util.HashMap<>();
        jdbc.sql("""
                select cr.report_id, cr.campaign_id from scam_campaign_report cr
                join scam_campaign c on c.id = cr.campaign_id where not c.locked
                """).query((RowCallbackHandler) rs -> out.put(rs.getObject(1, UUID.class), rs.getLong(2)));
        return out;
    }

    public List<Long> automaticCampaigns() {
        return jdbc.sql("select id from scam_campaign where not locked").query(Long.class).list();
    }

    public void clearUnpinned() {
        jdbc.sql("delete from scam_campaign_report where not pinned").update();
    }

    /** Marks as changed the campaigns whose membership a rebuild changed. */
    public void touchAll(Collection<Long> campaigns) {
        jdbc.sql("update scam_campaign set updated_at = now() where id = any(:ids)")
                .param("ids", campaigns.toArray(Long[]::new)).update();
    }

    // ---- the stop-list

    public record Stop(long indicatorId, IndicatorKind kind, String display, String reason, OffsetDateTime addedAt) {
    }

    public List<Stop> stopList() {
        return jdbc.sql("""
                select s.indicator_id, i.kind, i.display, s.reason, s.added_at
                from scam_campaign_stop s join scam_indicator i on i.id = s.indicator_id order by i.kind, i.display
                """).query((rs, n) -> new Stop(rs.getLong(1), IndicatorKind.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getObject(5, OffsetDateTime.class))).list();
    }

    public void stop(long indicator, String reason, long by) {
        jdbc.sql("""
                insert into scam_campaign_stop (indicator_id, reason, added_by) values (:i, :reason, :by)
                on conflict (indicator_id) do update set reason = excluded.reason
                """).param("i", indicator).param("reason", reason).param("by", by).update();
    }

    public boolean unstop(long indicator) {
        return jdbc.sql("delete from scam_campaign_stop where indicator_id = :i").param("i", indicator).update() > 0;
    }

    // ---- what a viewer sees

    public List<Campaign> campaigns(SqlCondition visible, OffsetDateTime since, boolean newestFirst, int limit,
                                    int offset) {
        return jdbc.sql(FIGURES + " where " + visible.sql() + (since == null ? "" : " and c.created_at >= :since")
                        + " group by c.id order by "
                        + (newestFirst ? "c.created_at desc, c.id desc" : "reports desc, c.id")
                        + " limit :limit offset :offset")
                .params(visible.params()).params(since == null ? Map.of() : Map.of("since", since))
                .param("limit", limit).param("offset", offset).query(CampaignStore::campaign).list();
    }

    public Optional<Campaign> campaign(long id, SqlCondition visible) {
        return jdbc.sql(FIGURES + " where c.id = :id and " + visible.sql() + " group by c.id")
                .param("id", id).params(visible.params()).query(CampaignStore::campaign).optional();
    }

    private static final String VISIBLE_REPORTS = " from scam_campaign_report cr join scam_report r on r.id = cr.report_id"
            + " where cr.campaign_id = :id and ";

    public List<CampaignDetail.Week> weeks(long id, SqlCondition visible) {
        return jdbc.sql("select date_trunc('week', r.report_date)::date, count(*), coalesce(sum(r.loss_usd), 0)"
                        + VISIBLE_REPORTS + visible.sql() + " group by 1 order by 1")
                .param("id", id).params(visible.params())
                .query((rs, n) -> new CampaignDetail.Week(rs.getObject(1, LocalDate.class), rs.getInt(2),
                        rs.getBigDecimal(3))).list();
    }

    public List<CampaignDetail.Count> nationalities(long id, SqlCondition visible) {
        return jdbc.sql("select coalesce(r.victim_nationality, 'unknown'), count(*)" + VISIBLE_REPORTS
                        + visible.sql() + " group by 1 order by 2 desc, 1")
                .param("id", id).params(visible.params())
                .query((rs, n) -> new CampaignDetail.Count(rs.getString(1), rs.getInt(2))).list();
    }

    public List<CampaignDetail.Indicator> indicators(long id, SqlCondition visible, int cap, int limit) {
        return jdbc.sql("""
                select i.id, i.kind, i.display, i.status, count(distinct r.id), bool_or(ri.role = 'PAYMENT'),
                       not exists (select 1 from scam_campaign_stop s where s.indicator_id = i.id)
                       and (select count(*) from (select distinct x.report_id from scam_report_indicator x
                            where x.indicator_id = i.id order by x.report_id limit :over) y) <= :cap
                """ + VISIBLE_REPORTS.replace(" where", " join scam_report_indicator ri on ri.report_id = r.id"
                        + " join scam_indicator i on i.id = ri.indicator_id where") + visible.sql()
                        + " group by i.id order by 5 desc, i.kind, i.display limit :limit")
                .param("id", id).params(visible.params()).param("over", cap + 1).param("cap", cap)
                .param("limit", limit)
                .query((rs, n) -> new CampaignDetail.Indicator(rs.getLong(1), IndicatorKind.valueOf(rs.getString(2)),
                        rs.getString(3), IndicatorStatus.valueOf(rs.getString(4)), rs.getInt(5), rs.getBoolean(6),
                        rs.getBoolean(7))).list();
    }

    public List<CampaignDetail.Report> reports(long id, SqlCondition visible, int limit) {
        return jdbc.sql("select r.id, r.owner_member, r.case_reference, r.report_date, r.scam_type, r.loss_usd,"
                        + " r.victim_nationality, cr.pinned" + VISIBLE_REPORTS + visible.sql()
                        + " order by r.report_date desc, r.id limit :limit")
                .param("id", id).params(visible.params()).param("limit", limit)
                .query((rs, n) -> new CampaignDetail.Report(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5), rs.getBigDecimal(6),
                        rs.getString(7), rs.getBoolean(8))).list();
    }

    public List<CampaignDetail.Edge> edges(Collection<UUID> reports) {
        return jdbc.sql("select report_id, indicator_id, role from scam_report_indicator where report_id = any(:r)")
                .param("r", reports.toArray(UUID[]::new))
                .query((rs, n) -> new CampaignDetail.Edge(rs.getObject(1, UUID.class), rs.getLong(2),
                        rs.getString(3))).list();
    }

    private static Campaign campaign(ResultSet rs, int n) throws SQLException {
        BigDecimal loss = rs.getBigDecimal("loss");
        return new Campaign(rs.getLong("id"), rs.getString("name"), rs.getString("notes"), rs.getBoolean("locked"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("reports"), loss, rs.getObject("first_report", LocalDate.class),
                rs.getObject("last_report", LocalDate.class));
    }
}
