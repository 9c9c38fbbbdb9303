package org.eads.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/**
 * The demo's fund tracing case: a Malaysian job-scam ring. Twelve victims pay three mule accounts at Malaysian banks
 * over a morning; within minutes the mules pass the money to accounts in Thailand and Cambodia and to a crypto
 * exchange, and the Thai mule withdraws cash. Everyday payments of the same accounts surround it. Deterministic: the
 * same seed and day give the same file.
 */
public final class FundsDemo {

    /** The case's reference. */
    public static final String REFERENCE = "MY-NSRC-2026-0417";

    private FundsDemo() {
    }

    /** The case's transactions as the import's CSV, dated the week before the given day. */
    public static String transfers(long seed, LocalDate today) {
        Random rng = new Random(seed);
        Instant start = today.minusDays(7).atTime(9, 0).toInstant(ZoneOffset.ofHours(8));
        StringBuilder csv = new StringBuilder("txn_id,timestamp,from_account,from_bank,from_country,to_account,"
                + "to_bank,to_country,amount,currency,channel,reference\n");
        String[] mules = {"5621 4077 3120", "7012 5566 8841", "1140 9921 3307"};
        String[] muleBanks = {"Maybank", "CIMB", "RHB"};
        int n = 0;
        long[] held = new long[3];
        for (int v = 0; v < 12; v++) {
            int m = v % 3;
            long amount = 3_000 + rng.nextInt(27_000);
            held[m] += amount;
            line(csv, ++n, start.plus(v * 17L, ChronoUnit.MINUTES), "8" + (100_000_000 + rng.nextInt(899_999_999)),
                    "Public Bank", "MY", mules[m], muleBanks[m], "MY", amount, "MYR", "DUITNOW",
                    "victim payment, job scam");
        }
        Instant after = start.plus(4, ChronoUnit.HOURS);
        // the mules pass the money on within minutes
        line(csv, ++n, after, mules[0], muleBanks[0], "MY", "123-4-56789-0", "Kasikornbank", "TH", held[0] * 9 / 10,
                "MYR", "SWIFT", "invoice 2231");
        line(csv, ++n, after.plus(4, ChronoUnit.MINUTES), mules[1], muleBanks[1], "MY", "000 555 777 12", "ABA Bank",
                "KH", held[1] * 6 / 10, "MYR", "SWIFT", "consulting fee");
        line(csv, ++n, after.plus(7, ChronoUnit.MINUTES), mules[1], muleBanks[1], "MY",
                "TN5d8yT1Ph5xGKyUzz5hV9s4Rg7jxcWcU6", "Binance", "SG", held[1] * 3 / 10, "MYR", "CRYPTO", null);
        line(csv, ++n, after.plus(9, ChronoUnit.MINUTES), mules[2], muleBanks[2], "MY", "123-4-56789-0",
                "Kasikornbank", "TH", held[2] * 8 / 10, "MYR", "SWIFT", "invoice 2232");
        line(csv, ++n, after.plus(2, ChronoUnit.HOURS), "123-4-56789-0", "Kasikornbank", "TH", "ATM-BKK-0091",
                "Kasikornbank", "TH", 80_000, "THB", "ATM", "cash withdrawal");
        line(csv, ++n, after.plus(3, ChronoUnit.HOURS), "000 555 777 12", "ABA Bank", "KH", "000 888 333 45",
                "Wing Bank", "KH", 5_000, "USD", "TRANSFER", null);
        // everyday payments of the same accounts, before and after
        for (int i = 0; i < 40; i++) {
            int m = rng.nextInt(3);
            Instant at = start.minus(2, ChronoUnit.DAYS).plus(rng.nextInt(5 * 24 * 60), ChronoUnit.MINUTES);
            boolean in = rng.nextBoolean();
            String other = "6" + (100_000_000 + rng.nextInt(899_999_999));
            if (in) {
                line(csv, ++n, at, other, "Bank Islam", "MY", mules[m], muleBanks[m], "MY", 50 + rng.nextInt(900),
                        "MYR", "DUITNOW", null);
            } else {
                line(csv, ++n, at, mules[m], muleBanks[m], "MY", "GRAB-MERCHANT-01", "Maybank", "MY",
                        20 + rng.nextInt(200), "MYR", "QR_PAYMENT", null);
            }
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, int n, Instant at, String from, String fromBank, String fromCountry,
                             String to, String toBank, String toCountry, long amount, String currency, String channel,
                             String reference) {
        csv.append("DEMO-").append(n).append(',').append(at).append(',').append(from).append(',').append(fromBank)
                .append(',').append(fromCountry).append(',').append(to).append(',').append(toBank).append(',')
                .append(toCountry).append(',').append(amount).append(".00,").append(currency).append(',')
                .append(channel).append(',').append(reference == null ? "" : '"' + reference + '"').append('\n');
    }
}
