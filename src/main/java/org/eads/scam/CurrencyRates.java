package org.eads.scam;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eads.records.InvalidRecordException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

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

    public CurrencyRates(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                .query((rs, n) -> new Rate(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3),
                        rs.getString(4))).list();
    }

    /** Adds or replaces the rate of a currency from a date on. */
    public void set(String currency, LocalDate validFrom, BigDecimal usdPerUnit, String source) {
        String c = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z]{3,4}")) {
            throw new InvalidRecordException("currency", "write the ISO 4217 code, such as MYR or THB");
        }
        if (usdPerUnit == null || usdPerUnit.signum() <= 0) {
            throw new InvalidRecordException("usdPerUnit", "must be more than 0");
        }
        jdbc.sql("""
                insert into currency_rate (currency, valid_from, usd_per_unit, source) values (:c, :from, :rate, :source)
                on conflict (currency, valid_from) do update set usd_per_unit = excluded.usd_per_unit,
                    source = excluded.source
                """).param("c", c).param("from", validFrom).param("rate", usdPerUnit)
                .param("source", source == null || source.isBlank() ? "entered" : source.strip()).update();
    }
}
