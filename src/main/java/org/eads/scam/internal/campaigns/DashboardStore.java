package org.eads.scam.internal.campaigns;

import java.time.LocalDate;
import java.util.List;

import org.eads.scam.IndicatorKind;
import org.eads.scam.IndicatorStatus;
import org.eads.scam.ScamDashboard;
import org.eads.sharing.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the centre's dashboard. */
@Repository
public class DashboardStore {

    private final JdbcClient jdbc;

    public DashboardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reports and losses per week and per value of a column of scam_report ({@code r.owner_member} or {@code r.scam_type}). */
    public List<ScamDashboard.WeekFigure> weekly(SqlCondition visible, String column, LocalDate since) {
        if (!List.of("r.owner_member", "r.scam_type").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("select date_trunc('week', r.report_date)::date, " + column
                        + ", count(*), coalesce(sum(r.loss_usd), 0) from scam_report r where r.report_date >= :since"
                        + " and " + visible.sql() + " group by 1, 2 order by 1, 2")
                .param("since", since).params(visible.params())
                .query((rs, n) -> new ScamDashboard.WeekFigure(rs.getObject(1, LocalDate.class), rs.getString(2),
                        rs.getInt(3), rs.getBigDecimal(4))).list();
    }

    public List<ScamDashboard.TopIndicator> topIndicators(int limit) {
        return jdbc.sql("""
                select id, kind, display, status, report_count, total_loss_usd from scam_indicator
                where report_count > 0 order by report_count desc, last_seen desc nulls last, id limit :limit
                """).param("limit", limit)
                .query((rs, n) -> new ScamDashboard.TopIndicator(rs.getLong(1), IndicatorKind.valueOf(rs.getString(2)),
                        rs.getString(3), IndicatorStatus.valueOf(rs.getString(4)), rs.getInt(5),
                        rs.getBigDecimal(6))).list();
    }
}
