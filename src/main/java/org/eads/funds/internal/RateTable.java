package org.eads.funds.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eads.scam.CurrencyRates;

/** The maintained exchange rates held in memory for the length of an import, so that each row converts at once. */
final class RateTable {

    private final Map<String, TreeMap<LocalDate, BigDecimal>> rates = new HashMap<>();

    RateTable(List<CurrencyRates.Rate> all) {
        all.forEach(r -> rates.computeIfAbsent(r.currency(), c -> new TreeMap<>()).put(r.validFrom(), r.usdPerUnit()));
    }

    /** US cents for an amount on a day, at the rate then in force; empty when the currency has no rate by then. */
    Optional<Long> usdCents(BigDecimal amount, String currency, LocalDate on) {
        TreeMap<LocalDate, BigDecimal> history = rates.get(currency);
        var entry = history == null ? null : history.floorEntry(on);
        return entry == null ? Optional.empty() : Optional.of(amount.multiply(entry.getValue())
                .movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }
}
