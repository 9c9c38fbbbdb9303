package org.eads.funds.internal.tracing;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.eads.funds.AccountKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The transfers of the cases a user may see, as the tracer reads them: one indexed query an account. A transfer
 * supplied in several cases (the same accounts, time, amount and currency) counts once, as its first copy.
 */
public final class DatabaseLedger implements Ledger {

    private static final String SAME = "from_account, to_account, at, amount, currency";
    private static final String COLUMNS = "select id, at, from_account, to_account, usd_cents from funds_transfer ";
    private static final RowMapper<Movement> MOVEMENT = DatabaseLedger::movement;

    private final JdbcTemplate jdbc;
    private final Long[] cases;

    public DatabaseLedger(JdbcTemplate jdbc, List<Long> cases) {
        this.jdbc = jdbc;
        this.cases = cases.toArray(Long[]::new);
    }

    public static long micros(Instant t) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, t);
    }

    public static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    @Override
    public List<Movement> history(long account, long from, long to, int limit) {
        return query("(from_account = ? or to_account = ?)", limit, account, account, from, to);
    }

    @Override
    public List<Movement> outgoing(long account, long from, long to, int limit) {
        return query("from_account = ?", limit, account, from, to);
    }

    @Override
    public List<Movement> incoming(long account, long from, long to, int limit) {
        return query("to_account = ?", limit, account, from, to);
    }

    @Override
    public Optional<Movement> movement(long id) {
        return jdbc.query(con -> {
            PreparedStatement s = con.prepareStatement(COLUMNS + "where case_id = any(?) and (" + SAME + ") = "
                    + "(select " + SAME + " from funds_transfer where id = ? and case_id = any(?)) order by id limit 1");
            Array readable = con.createArrayOf("bigint", cases);
            s.setArray(1, readable);
            s.setLong(2, id);
            s.setArray(3, readable);
            return s;
        }, MOVEMENT).stream().findFirst();
    }

    @Override
    public AccountKind kind(long account) {
        return AccountKind.valueOf(jdbc.queryForObject("select kind from funds_account where id = ?", String.class,
                account));
    }

    /** The first copy of each transfer matching the condition, in time order; binds accounts, then the two times. */
    private List<Movement> query(String condition, int limit, long... accountsThenTimes) {
        String sql = "select * from (select distinct on (" + SAME + ") id, at, from_account, to_account, usd_cents "
                + "from funds_transfer where " + condition + " and at between ? and ? and case_id = any(?) "
                + "order by " + SAME + ", id) first_copies order by at, id limit ?";
        return jdbc.query(con -> {
            PreparedStatement s = con.prepareStatement(sql);
            int i = 1;
            for (int a = 0; a < accountsThenTimes.length - 2; a++) {
                s.setLong(i++, accountsThenTimes[a]);
            }
            s.setTimestamp(i++, timestamp(accountsThenTimes[accountsThenTimes.length - 2]));
            s.setTimestamp(i++, timestamp(accountsThenTimes[accountsThenTimes.length - 1]));
            Array array = con.createArrayOf("bigint", cases);
            s.setArray(i++, array);
            s.setInt(i, limit);
            return s;
        }, MOVEMENT);
    }

    private static Timestamp timestamp(long micros) {
        return Timestamp.from(instant(micros));
    }

    private static Movement movement(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong(1);
        return new Movement(id, micros(rs.getTimestamp(2).toInstant()), id, rs.getLong(3), rs.getLong(4), rs.getLong(5));
    }
}
