package org.eads.funds.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eads.funds.AccountKind;
import org.eads.records.Countries;
import org.eads.records.Identifiers;
import org.eads.records.Problems;

/**
 * Checks a supplied row and turns it into a transfer: accounts normalised as the screening engine keys bank accounts
 * and crypto wallets,
 * countries to alpha-3, the amount exact and converted to US cents at the rate of its day. See docs/FUNDS.md.
 */
final class TransferRows {

    static final int MAX_TEXT = 100;
    static final int MAX_REFERENCE = 500;

    /** ISO 8601 with an offset, with a T or a space between date and time, seconds and fractions optional. */
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd().optionalEnd()
            .appendOffset("+HH:MM", "Z").toFormatter(Locale.ROOT);

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CHANNEL_SEPARATORS = Pattern.compile("[\\s-]+");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3,4}");

    private final RateTable rates;

    TransferRows(RateTable rates) {
        this.rates = rates;
    }

    /** The transfer, or empty with the row's problems added. */
    Optional<TransferRow> check(SuppliedRow row, Problems p) {
        String txnId = text(row, "txn_id", true, MAX_TEXT, p);
        OffsetDateTime at = timestamp(row, p);
        AccountKey from = account(row, "from", p);
        AccountKey to = account(row, "to", p);
        BigDecimal amount = amount(row, p);
        String currency = currency(row, p);
        String channel = Optional.ofNullable(text(row, "channel", false, 40, p)).map(c -> CHANNEL_SEPARATORS
                .matcher(c.toUpperCase(Locale.ROOT)).replaceAll("_")).orElse("TRANSFER");
        String reference = text(row, "reference", false, MAX_REFERENCE, p);
        if (from != null && from.equals(to)) {
            p.add("to_account", "is the account the money came from: a transfer goes to another account");
        }
        Long cents = null;
        if (amount != null && currency != null && at != null) {
            cents = rates.usdCents(amount, currency, at.toLocalDate()).orElse(null);
            if (cents == null) {
                p.add("currency", "there is no exchange rate for " + currency + " on " + at.toLocalDate()
                        + ": add one under Scam centre, Exchange rates");
            }
        }
        if (!p.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TransferRow(row.line(), txnId, at.toInstant(), from, to, kindOf(channel), amount,
                currency, cents, channel, reference));
    }

    /** What a channel says about the account receiving the money. */
    static AccountKind kindOf(String channel) {
        return switch (channel) {
            case "ATM", "CASH", "CASH_WITHDRAWAL", "WITHDRAWAL", "OTC" -> AccountKind.CASH;
            case "CRYPTO", "EXCHANGE", "CRYPTO_EXCHANGE", "REMITTANCE" -> AccountKind.EXCHANGE;
            case "POS", "CARD", "MERCHANT", "PURCHASE", "QR_PAYMENT" -> AccountKind.MERCHANT;
            default -> AccountKind.ACCOUNT;
        };
    }

    private static String text(SuppliedRow row, String column, boolean required, int max, Problems p) {
        String v = row.get(column);
        if (v == null) {
            if (required) {
                p.add(column, "is missing");
            }
            return null;
        }
        if (v.length() > max) {
            p.add(column, "has more than " + max + " characters");
            return null;
        }
        return v;
    }

    private static OffsetDateTime timestamp(SuppliedRow row, Problems p) {
        String v = row.get("timestamp");
        if (v == null) {
            p.add("timestamp", "is missing");
            return null;
        }
        try {
            return OffsetDateTime.parse(v, TIMESTAMP);
        } catch (DateTimeParseException e) {
            p.add("timestamp", "'" + v + "' is not a time with its offset: write 2026-03-01T10:15:00+08:00 "
                    + "(or Z for UTC)");
            return null;
        }
    }

    private static AccountKey account(SuppliedRow row, String side, Problems p) {
        String number = row.get(side + "_account");
        String bank = text(row, side + "_bank", true, MAX_TEXT, p);
        String countryCell = row.get(side + "_country");
        String country = Countries.alpha3(countryCell);
        if (countryCell == null) {
            p.add(side + "_country", "is missing");
        } else if (country == null) {
            p.add(side + "_country", "'" + countryCell + "' is not an ISO 3166-1 country code (MYS or MY)");
        }
        if (number == null) {
            p.add(side + "_account", "is missing");
            return null;
        }
        // A crypto wallet (an exchange's deposit address) keeps its own form; anything else is a bank account.
        Identifiers.Result wallet = Identifiers.cryptoWallet(number);
        Identifiers.Result canonical = wallet.problem() == null ? wallet : Identifiers.bankAccount(number);
        if (canonical.problem() != null) {
            p.add(side + "_account", canonical.problem());
            return null;
        }
        return bank == null || country == null ? null
                : new AccountKey(country, SPACES.matcher(bank.toUpperCase(Locale.ROOT)).replaceAll(" "), canonical.normalized());
    }

    private static BigDecimal amount(SuppliedRow row, Problems p) {
        String v = row.get("amount");
        if (v == null) {
            p.add("amount", "is missing");
            return null;
        }
        try {
            BigDecimal a = new BigDecimal(v);
            if (a.signum() <= 0) {
                p.add("amount", "must be more than zero");
            } else if (a.scale() > 4 || a.precision() - a.scale() > 16) {
                p.add("amount", "'" + v + "' has more than 16 digits before or 4 after the point");
            } else {
                return a;
            }
        } catch (NumberFormatException e) {
            p.add("amount", "'" + v + "' is not an amount: write digits with a point, such as 1500.00");
        }
        return null;
    }

    private static String currency(SuppliedRow row, Problems p) {
        String v = row.get("currency");
        if (v == null) {
            p.add("currency", "is missing");
            return null;
        }
        String c = v.toUpperCase(Locale.ROOT);
        if (!CURRENCY.matcher(c).matches()) {
            p.add("currency", "'" + v + "' is not a currency code (MYR, THB, USD, USDT)");
            return null;
        }
        return c;
    }
}
