package org.eads.scam.internal.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eads.scam.Compound;
import org.eads.scam.CompoundInput;
import org.eads.scam.CompoundLink;
import org.eads.scam.VictimInput;
import org.eads.sharing.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of scam compounds, their victims, and their links to campaigns. */
@Repository
public class CompoundStore {

    private final JdbcClient jdbc;

    public CompoundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A compound's own fields, before its operators, victims and campaigns are added. */
    public record Row(long id, String name, String country, String location, BigDecimal latitude,
                      BigDecimal longitude, String notes) {
    }

    public long insert(CompoundInput in, long by, String member) {
        return jdbc.sql("""
                insert into scam_compound (name, country, location, latitude, longitude, notes, created_by,
                                           created_member)
                values (:name, :country, :location, :lat, :lon, :notes, :by, :member) returning id
                """).param("name", in.name().strip()).param("country", in.country().strip().toUpperCase())
                .param("location", in.location()).param("lat", in.latitude()).param("lon", in.longitude())
                .param("notes", in.notes()).param("by", by).param("member", member).query(Long.class).single();
    }

    public void operator(long compound, UUID record) {
        jdbc.sql("insert into scam_compound_operator (compound_id, record_id) values (:c, :r) on conflict do nothing")
                .param("c", compound).param("r", record).update();
    }

    public List<UUID> operators(long compound) {
        return jdbc.sql("select record_id from scam_compound_operator where compound_id = :c order by record_id")
                .param("c", compound).query(UUID.class).list();
    }

    public long victim(long compound, VictimInput in, long by, String member) {
        return jdbc.sql("""
                insert into scam_compound_victim (compound_id, nationality, sex, age_band, recruited_by, rescued_on,
                                                  entered_by_member, created_by)
                values (:c, :nat, :sex, :age, :how, :rescued, :member, :by) returning id
                """).param("c", compound).param("nat", in.nationality().strip().toUpperCase())
                .param("sex", in.sex() == null || in.sex().isBlank() ? null : in.sex().strip().toUpperCase())
                .param("age", in.ageBand() == null || in.ageBand().isBlank() ? null : in.ageBand())
                .param("how", in.recruitedBy().strip().toUpperCase()).param("rescued", in.rescuedOn())
                .param("member", member).param("by", by).query(Long.class).single();
    }

    public List<Compound.Victim> victims(long compound) {
        return jdbc.sql("""
                select id, nationality, sex, age_band, recruited_by, rescued_on, entered_by_member
                from scam_compound_victim where compound_id = :c order by rescued_on desc nulls last, id
                """).param("c", compound).query((rs, n) -> new Compound.Victim(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), Compound.Recruitment.valueOf(rs.getString(5)),
                rs.getObject(6, LocalDate.class), rs.getString(7))).list();
    }

    public Optional<Row> compound(long id) {
        return jdbc.sql("select id, name, country, location, latitude, longitude, notes from scam_compound"
                        + " where id = :id").param("id", id).query(CompoundStore::row).optional();
    }

    public List<Row> compounds() {
        return jdbc.sql("select id, name, country, location, latitude, longitude, notes from scam_compound"
                        + " order by country, name").query(CompoundStore::row).list();
    }

    public void link(long campaign, long compound, String evidence, long by, String member) {
        jdbc.sql("""
                insert into scam_campaign_compound (campaign_id, compound_id, evidence, created_by, created_member)
                values (:campaign, :compound, :evidence, :by, :member)
                on conflict (campaign_id, compound_id) do update set evidence = excluded.evidence,
                    created_by = excluded.created_by, created_member = excluded.created_member, created_at = now()
                """).param("campaign", campaign).param("compound", compound).param("evidence", evidence)
                .param("by", by).param("member", member).update();
    }

    /**
     * Links of campaigns to compounds, with victim counts, limited to campaigns with a report the viewer may see.
     * Either or both of campaign and compound may be null for all.
     */
    public List<CompoundLink> links(SqlCondition visible, String nationality, Long campaign, Long compound) {
        return jdbc.sql("""
                select l.campaign_id, coalesce(c.name, 'Campaign ' || c.id), k.id, k.name, k.country, l.evidence,
                       (select count(*) from scam_compound_victim v where v.compound_id = k.id),
                       (select count(*) from scam_compound_victim v where v.compound_id = k.id
                        and v.nationality = :nationality)
                from scam_campaign_compound l join scam_campaign c on c.id = l.campaign_id
                     join scam_compound k on k.id = l.compound_id
                where (cast(:campaign as bigint) is null or l.campaign_id = :campaign)
                  and (cast(:compound as bigint) is null or l.compound_id = :compound)
                  and exists (select 1 from scam_campaign_report cr join scam_report r on r.id = cr.report_id
                              where cr.campaign_id = l.campaign_id and\s""" + visible.sql() + """
                )
                order by k.country, k.name, l.campaign_id
                """).params(visible.params()).param("nationality", nationality).param("campaign", campaign)
                .param("compound", compound)
                .query((rs, n) -> new CompoundLink(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8))).list();
    }

    /** Victims of a nationality in a compound. */
    public int victimsOf(long compound, String nationality) {
        return jdbc.sql("select count(*) from scam_compound_victim where compound_id = :c and nationality = :n")
                .param("c", compound).param("n", nationality).query(Integer.class).single();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
                rs.getBigDecimal(6), rs.getString(7));
    }
}
