package org.eads.scam;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The maintained table of exchange rates: US dollars per unit of a currency from a date on. Amounts convert at the
 * rate in force on their date, so that losses of different members and years compare.
 */
@Service
public class CurrencyRates {

    /** A rate from a date on. */
    public record Rate(String currency, LocalDate validFrom, BigDecimal usdPerUnit, String source) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    public CurrencyRates(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The rate in force on a date, if the currency has one by then. */
    public Optional<BigDecimal> usdPerUnit(String currency, LocalDate on) {
        return jdbc.sql("""
                select usd_per_unit from currency_rate where currency = :c and valid_from <= :on
                order by valid_from desc limit 1
                """).param("c", currency.toUpperCase(Locale.ROOT)).param("on", on).query(BigDecimal.class).optional();
    }

    /** The amount in US dollars at the rate in force on the date; empty when the currency has no rate by then. */
    public Optional<BigDecimal> toUsd(BigDecimal amount, String currency, LocalDate on) {
        return usdPerUnit(currency, on).map(rate -> amount.multiply(rate).setScale(2, RoundingMode.HALF_UP));
    }

    public List<Rate> all() {
        return jdbc.sql("select currency, valid_from, usd_per_unit, source from currency_rate order by currency, valid_from")
                .query(CurrencyRates::rate).list();
    }

    /** The rates in force today, one a currency. */
    public List<Rate> current() {
        return jdbc.sql("""
                select distinct on (currency) currency, valid_from, usd_per_unit, source from currency_rate
                where valid_from <= current_date order by currency, valid_from desc
                """).query(CurrencyRates::rate).list();
    }

    /** The rates of a currency over time, oldest first. */
    public List<Rate> history(String currency) {
        return jdbc.sql("select currency, valid_from, usd_per_unit, source from currency_rate where currency = :c "
                        + "order by valid_from").param("c", currency == null ? "" : currency.toUpperCase(Locale.ROOT))
                .query(CurrencyRates::rate).list();
    }

    /**
     * Adds or replaces the rate of a currency from a date on: the Secretariat's administrators. Audited. Amounts of
     * reports already recorded keep the dollars they were converted to.
     */
    @Transactional
    public void set(EadsUser admin, String currency, LocalDate validFrom, BigDecimal usdPerUnit, String source) {
        allowed(admin);
        Problems p = new Problems();
        Rate rate = valid(p, currency, validFrom, usdPerUnit, source);
        p.throwIfAny();
        write(rate);
        audited(admin, rate.currency() + " " + rate.usdPerUnit() + " USD from " + rate.validFrom());
    }

    /**
     * Adds or replaces rates from a CSV file with the header {@code currency,date,usd_per_unit} (and an optional
     * {@code source}): all of them, or none when a line is wrong; every wrong line is reported with its number.
     *
     * @return the number of rates written
     */
    @Transactional
    public int importCsv(EadsUser admin, String csv) {
        allowed(admin);
        Problems p = new Problems();
        List<Rate> rates = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(csv == null ? ""
                        : csv.replace("\uFEFF", "")))) {
            for (String column : List.of("currency", "date", "usd_per_unit")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new InvalidRecordException("line 1", "the header row needs currency, date, usd_per_unit "
                            + "(and may have source)");
                }
            }
            for (CSVRecord row : parser) {
                Problems line = p.at("line " + (parser.getCurrentLineNumber()));
                LocalDate date = null;
                try {
                    date = LocalDate.parse(row.get("date"));
                } catch (DateTimeParseException e) {
                    line.add("date", "'" + row.get("date") + "' is not a date: write YYYY-MM-DD");
                }
                BigDecimal value = null;
                try {
                    value = new BigDecimal(row.get("usd_per_unit"));
                } catch (NumberFormatException e) {
                    line.add("usd_per_unit", "'" + row.get("usd_per_unit") + "' is not a number");
                }
                String source = row.isMapped("source") && row.isSet("source") ? row.get("source") : "file";
                Rate rate = valid(line, row.get("currency"), date, value, source);
                rates.add(rate);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidRecordException("file", "the file is not readable CSV: " + e.getMessage());
        }
        if (rates.isEmpty() && p.isEmpty()) {
            p.add("file", "the file has no rates");
        }
        p.throwIfAny();
        rates.forEach(this::write);
        audited(admin, rates.size() + " rates imported");
        return rates.size();
    }

    private static Rate valid(Problems p, String currency, LocalDate validFrom, BigDecimal usdPerUnit,
                              String source) {
        String c = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        if (c.matches("[A-Z]{3}")) {
            try {
                Currency.getInstance(c);
            } catch (IllegalArgumentException e) {
                p.add("currency", "'" + c + "' is not an ISO 4217 currency");
            }
        } else if (!c.matches("[A-Z]{4}")) {
            p.add("currency", "write the ISO 4217 code, such as MYR or THB (or a four-letter stablecoin, USDT)");
        }
        if (validFrom == null) {
            p.add("date", "is required");
        }
        if (usdPerUnit != null && usdPerUnit.signum() <= 0) {
            p.add("usd_per_unit", "must be more than 0");
        } else if (usdPerUnit == null) {
            p.require(null, "usd_per_unit");
        }
        p.maxLength(source, "source", 200);
        return new Rate(c, validFrom, usdPerUnit, source == null || source.isBlank() ? "entered" : source.strip());
    }

    private void write(Rate r) {
        jdbc.sql("""
                insert into currency_rate (currency, valid_from, usd_per_unit, source) values (:c, :from, :rate, :source)
                on conflict (currency, valid_from) do update set usd_per_unit = excluded.usd_per_unit,
                    source = excluded.source
                """).param("c", r.currency()).param("from", r.validFrom()).param("rate", r.usdPerUnit())
                .param("source", r.source()).update();
    }

    private static void allowed(EadsUser admin) {
        if (!admin.has(Role.SECRETARIAT_ADMIN)) {
            throw new NotAllowedException("Exchange rates are kept by the Secretariat's administrators");
        }
    }

    private void audited(EadsUser admin, String details) {
        audit.record(AuditEvent.ok(admin.actor(CurrentUser.clientAddress()), AuditAction.SCAM_CHANGE,
                "CURRENCY_RATE", null).withDetails(details));
    }

    private static Rate rate(ResultSet rs, int n) throws SQLException {
        return new Rate(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3), rs.getString(4));
    }
}
