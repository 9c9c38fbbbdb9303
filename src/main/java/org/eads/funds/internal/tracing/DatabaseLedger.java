package org.eads.funds.internal.tracing;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
    /** One side of an account's transfers in a window, in index order. */
    private static final String BRANCH = "select id, at, from_account, to_account, usd_cents, amount || ' ' || currency "
            + "from funds_transfer where %s = ? and at between ? and ? and case_id = any(?) order by at, id limit ?";
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
        // Two index range scans merged, each stopping at the limit: a hub's millions of rows are never sorted.
        return query("(" + BRANCH.formatted("from_account") + ") union all (" + BRANCH.formatted("to_account")
                + ") order by at, id limit ?", limit, account, from, to, account, from, to);
    }

    @Override
    public List<Movement> outgoing(long account, long from, long to, int limit) {
        return query(BRANCH.formatted("from_account"), limit, account, from, to);
    }

    @Override
    public List<Movement> incoming(long account, long from, long to, int limit) {
        return query(BRANCH.formatted("to_account"), limit, account, from, to);
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

    /**
     * The transfers the statement finds, in time order, less later copies of a transfer (copies share their time,
     * so they are neighbours). Binds each branch's account and times, then the cases, then the limit.
     */
    private List<Movement> query(String sql, int limit, long... accountAndTimes) {
        List<Copy> rows = jdbc.query(con -> {
            PreparedStatement s = con.prepareStatement(sql);
            Array readable = con.createArrayOf("bigint", cases);
            int i = 1;
            for (int b = 0; b < accountAndTimes.length; b += 3) {
                s.setLong(i++, accountAndTimes[b]);
                s.setTimestamp(i++, timestamp(accountAndTimes[b + 1]));
                s.setTimestamp(i++, timestamp(accountAndTimes[b + 2]));
                s.setArray(i++, readable);
                s.setInt(i++, limit);
            }
            if (accountAndTimes.length > 3) {
                s.setInt(i, limit);
            }
            return s;
        }, (rs, n) -> new Copy(movement(rs, n), rs.getString(6)));
        List<Movement> out = new ArrayList<>(rows.size());
        Set<String> sameInstant = new HashSet<>();
        long instant = Long.MIN_VALUE;
        for (Copy c : rows) {
            if (c.movement().at() != instant) {
                instant = c.movement().at();
                sameInstant.clear();
            }
            if (sameInstant.add(c.movement().from() + " " + c.movement().to() + " " + c.amount())) {
                out.add(c.movement());
            }
        }
        return out;
    }

    /** A row with what tells its copies apart: amount and currency. */
    private record Copy(Movement movement, String amount) {
    }

    private static Timestamp timestamp(long micros) {
        return Timestamp.from(instant(micros));
    }

    private static Movement movement(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong(1);
        return new Movement(id, micros(rs.getTimestamp(2).toInstant()), id, rs.getLong(3), rs.getLong(4), rs.getLong(5));
    }
}
