package org.eads.funds.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.eads.funds.AccountKind;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes checked transfers in the caller's transaction, a batch at a time: unknown accounts are added (one row each
 * however often they appear), then the batch is copied into the case's transfers, less any transaction its source
 * already supplied.
 */
@Component
class TransferWriter {

    private final DataSource dataSource;

    TransferWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A writer for one import into one case; it remembers the accounts it has seen. */
    Session open(long caseId, String source) {
        return new Session(DataSourceUtils.getConnection(dataSource), caseId, source);
    }

    final class Session {
        private final Connection connection;
        private final long caseId;
        private final String source;
        private final Map<AccountKey, Long> accounts = new HashMap<>();
        /** Whether the source supplied nothing to the case before: then only ids seen in this import are checked. */
        private final boolean firstFromSource;
        private final SeenKeys seen = new SeenKeys();

        private Session(Connection connection, long caseId, String source) {
            this.connection = connection;
            this.caseId = caseId;
            this.source = source;
            try (PreparedStatement any = connection.prepareStatement(
                    "select exists (select 1 from funds_transfer where case_id = ? and source = ?)")) {
                any.setLong(1, caseId);
                any.setString(2, source);
                try (ResultSet rs = any.executeQuery()) {
                    rs.next();
                    firstFromSource = !rs.getBoolean(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Reading the case's transfers failed: " + e.getMessage(), e);
            }
        }

        /** Writes a batch; returns how many were new (the others were duplicates). */
        int write(List<TransferRow> rows) {
            try {
                resolve(rows);
                return copy(rows);
            } catch (SQLException e) {
                throw new IllegalStateException("Writing transfers failed: " + e.getMessage(), e);
            }
        }

        private void resolve(List<TransferRow> rows) throws SQLException {
            Map<AccountKey, AccountKind> unknown = new LinkedHashMap<>();
            Map<AccountKey, AccountKind> special = new LinkedHashMap<>();
            for (TransferRow r : rows) {
                if (!accounts.containsKey(r.from())) {
                    unknown.putIfAbsent(r.from(), AccountKind.ACCOUNT);
                }
                if (!accounts.containsKey(r.to())) {
                    unknown.merge(r.to(), r.toKind(), (a, b) -> a == AccountKind.ACCOUNT ? b : a);
                }
                if (r.toKind() != AccountKind.ACCOUNT) {
                    special.putIfAbsent(r.to(), r.toKind());
                }
            }
            if (!unknown.isEmpty()) {
                List<AccountKey> keys = new ArrayList<>(unknown.keySet());
                try (PreparedStatement insert = connection.prepareStatement("""
                        insert into funds_account (country, bank, number, kind)
                        select * from unnest(?::text[], ?::text[], ?::text[], ?::text[])
                        on conflict (number, bank, country) do nothing
                        """)) {
                    bindKeys(insert, keys);
                    insert.setArray(4, texts(keys.stream().map(k -> unknown.get(k).name()).toList()));
                    insert.executeUpdate();
                }
                try (PreparedStatement select = connection.prepareStatement("""
                        select a.id, a.country, a.bank, a.number from funds_account a
                        join unnest(?::text[], ?::text[], ?::text[]) as u(country, bank, number)
                          on a.number = u.number and a.bank = u.bank and a.country = u.country
                        """)) {
                    bindKeys(select, keys);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            accounts.put(new AccountKey(rs.getString(2), rs.getString(3), rs.getString(4)), rs.getLong(1));
                        }
                    }
                }
            }
            if (!special.isEmpty()) {
                // An account first seen as an ordinary one is a cash-out point once a transfer says so.
                try (PreparedStatement update = connection.prepareStatement("""
                        update funds_account set kind = u.kind from unnest(?::bigint[], ?::text[]) as u(id, kind)
                        where funds_account.id = u.id and funds_account.kind = 'ACCOUNT'
                        """)) {
                    update.setArray(1, connection.createArrayOf("bigint",
                            special.keySet().stream().map(accounts::get).toArray()));
                    update.setArray(2, texts(special.values().stream().map(Enum::name).toList()));
                    update.executeUpdate();
                }
            }
        }

        private void bindKeys(PreparedStatement statement, List<AccountKey> keys) throws SQLException {
            statement.setArray(1, texts(keys.stream().map(AccountKey::country).toList()));
            statement.setArray(2, texts(keys.stream().map(AccountKey::bank).toList()));
            statement.setArray(3, texts(keys.stream().map(AccountKey::number).toList()));
        }

        private Array texts(List<String> values) throws SQLException {
            return connection.createArrayOf("text", values.toArray());
        }

        /**
         * Copies the rows straight into the case's transfers, less those its source already supplied: earlier in
         * this batch, or already in the table (earlier batches of this import included, as they are in the same
         * transaction).
         */
        private int copy(List<TransferRow> rows) throws SQLException {
            Map<String, TransferRow> fresh = new LinkedHashMap<>();
            List<String> maybeKnown = new ArrayList<>();
            for (TransferRow r : rows) {
                if (fresh.putIfAbsent(r.txnId(), r) == null && (!seen.add(r.txnId()) || !firstFromSource)) {
                    maybeKnown.add(r.txnId());
                }
            }
            if (maybeKnown.isEmpty()) {
                return copyIn(fresh.values());
            }
            try (PreparedStatement known = connection.prepareStatement("""
                    select txn_id from funds_transfer where case_id = ? and source = ? and txn_id = any(?)
                    """)) {
                known.setLong(1, caseId);
                known.setString(2, source);
                known.setArray(3, texts(maybeKnown));
                try (ResultSet rs = known.executeQuery()) {
                    while (rs.next()) {
                        fresh.remove(rs.getString(1));
                    }
                }
            }
            return fresh.isEmpty() ? 0 : copyIn(fresh.values());
        }

        private int copyIn(Collection<TransferRow> rows) throws SQLException {
            BinaryCopy copy = new BinaryCopy(rows.size());
            try {
                for (TransferRow r : rows) {
                    copy.row(11).int8(caseId).text(source).text(r.txnId()).timestamptz(r.at())
                            .int8(accounts.get(r.from())).int8(accounts.get(r.to())).numeric(r.amount())
                            .text(r.currency()).int8(r.usdCents()).text(r.channel()).text(r.reference());
                }
                return (int) connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                        copy funds_transfer (case_id, source, txn_id, at, from_account, to_account, amount, currency,
                            usd_cents, channel, reference) from stdin with (format binary)""",
                        new ByteArrayInputStream(copy.finish()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
