package org.eads.stats.internal.rules;

import org.eads.stats.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a member's accepted values for the rule functions, in one query. */
@Repository
public class HistoryStore {

    private final JdbcClient jdbc;

    HistoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The member's accepted values (not those "not available") of the years from {@code fromYear} to {@code toYear};
     * only totals when {@code totalsOnly}.
     */
    public AcceptedHistory load(String member, int fromYear, int toYear, boolean totalsOnly) {
        AcceptedHistory.Builder history = new AcceptedHistory.Builder();
        jdbc.sql("select crime_area, indicator, disaggregation, year, month, quarter, value from stats_fact "
                        + "where member = :m and year between :from and :to and value is not null"
                        + (totalsOnly ? " and disaggregation = ''" : ""))
                .param("m", member).param("from", fromYear).param("to", toYear)
                .query(rs -> {
                    int year = rs.getInt("year");
                    int month = rs.getInt("month");
                    boolean monthly = !rs.wasNull();
                    int quarter = rs.getInt("quarter");
                    boolean quarterly = !rs.wasNull();
                    Period period = monthly ? Period.month(year, month)
                            : quarterly ? Period.quarter(year, quarter) : Period.year(year);
                    history.add(rs.getString("crime_area"), rs.getString("indicator"), rs.getString("disaggregation"),
                            period, rs.getDouble("value"));
                });
        return history.build();
    }
}
