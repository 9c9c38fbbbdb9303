package org.eads.stats.internal.analysis;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import org.eads.stats.StatsFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Accepted values in force ({@code stats_fact}) summed per member and period of a step, in one query answered from
 * the index {@code stats_fact_cells} alone (crime area, indicator, part, member, year). A value covers one month,
 * one quarter (three) or one year (twelve) as its period says; a period of the step is complete when its months are
 * all covered. A value reported as "not available" covers nothing and is counted apart.
 */
@Repository
public class FactCells {

    /**
     * One member's sum for one crime area, indicator, part and period.
     *
     * @param value          null when no value was reported (or only "not available")
     * @param monthsReported months covered by values
     */
    public record Cell(String member, String crimeArea, String indicator, String part, String period,
                       BigDecimal value, int monthsReported, int notAvailable) {
    }

    private static final String MONTHS = """
            case when length(period) = 4 then 12 when substr(period, 6, 1) = 'Q' then 3 else 1 end""";

    private final JdbcClient jdbc;

    FactCells(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Cell> cells(StatsFilter.Step step, Collection<String> crimeAreas, Collection<String> indicators,
                            Collection<String> parts, Collection<String> members, int fromYear, int toYear) {
        if (crimeAreas.isEmpty() || indicators.isEmpty() || parts.isEmpty() || members.isEmpty()) {
            return List.of();
        }
        // Values reported for a longer period than the step (a year's value in a series by quarter) cannot be
        // placed in one of its periods and are left out; the caller chooses a step the indicator is reported by.
        String key = switch (step) {
            case YEAR -> "year::text";
            case QUARTER -> "case when substr(period, 6, 1) = 'Q' then period "
                    + "else year || '-Q' || ((substr(period, 6, 2)::int + 2) / 3) end";
            case MONTH -> "period";
        };
        String finer = switch (step) {
            case YEAR -> "";
            case QUARTER -> " and length(period) > 4";
            case MONTH -> " and length(period) = 7 and substr(period, 6, 1) <> 'Q'";
        };
        return jdbc.sql("select member, crime_area, indicator, disaggregation, " + key + " as cell_period,"
                        + " sum(value), coalesce(sum(" + MONTHS + ") filter (where value is not null), 0),"
                        + " count(*) filter (where value is null)"
                        + " from stats_fact where crime_area = any(:areas) and indicator = any(:indicators)"
                        + " and disaggregation = any(:parts) and member = any(:members)"
                        + " and year between :from and :to" + finer
                        + " group by 1, 2, 3, 4, 5")
                .param("areas", crimeAreas.toArray(String[]::new))
                .param("indicators", indicators.toArray(String[]::new))
                .param("parts", parts.toArray(String[]::new))
                .param("members", members.toArray(String[]::new))
                .param("from", fromYear).param("to", toYear)
                .query((rs, i) -> new Cell(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBigDecimal(6), rs.getInt(7), rs.getInt(8)))
                .list();
    }

    /**
     * The latest year with an accepted value of one of the members, or null when there is none: one step down the
     * (member, year) index per member rather than a scan.
     */
    public Integer latestYear(Collection<String> members) {
        return jdbc.sql("""
                select max((select max(f.year) from stats_fact f where f.member = u.m))
                from unnest(cast(:m as text[])) as u(m)""").param("m", members.toArray(String[]::new))
                .query(Integer.class).optional().orElse(null);
    }
}
