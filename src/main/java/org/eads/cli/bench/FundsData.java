package org.eads.cli.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Writes a transactions file in the import's CSV columns: a payment graph with the skew of real ones. A few hundred
 * hub accounts (merchants, exchanges, ATM networks, payroll companies) take or send a large share of the transfers;
 * ordinary accounts pay each other, shops and ATMs and receive salaries; and mule networks take victims' payments
 * and pass them on within minutes, fanning out across borders and back in, to cash-out points. Victim payments carry
 * the reference {@code victim}. The same seed writes the same file.
 */
final class FundsData {

    static final String VICTIM = "victim";

    private static final String[] COUNTRIES = {"MY", "TH", "SG", "ID", "PH", "VN", "KH", "LA", "MM", "BN"};
    private static final String[] CURRENCIES = {"MYR", "THB", "SGD", "IDR", "PHP", "VND", "KHR", "LAK", "MMK", "BND"};
    /** US dollars per unit, roughly, to draw amounts that mean the same in every country. */
    private static final double[] USD_PER_UNIT = {0.237, 0.0305, 0.77, 0.000061, 0.0172, 0.000038, 0.000249,
            0.000046, 0.000476, 0.77};
    private static final String[] OFFSETS = {"+08:00", "+07:00", "+08:00", "+07:00", "+08:00", "+07:00", "+07:00",
            "+07:00", "+06:30", "+08:00"};
    private static final String[][] BANKS = {
            {"Maybank", "CIMB", "Public Bank", "RHB"}, {"Kasikornbank", "Bangkok Bank", "SCB", "Krungthai"},
            {"DBS", "OCBC", "UOB", "Standard Chartered SG"}, {"BCA", "Mandiri", "BRI", "BNI"},
            {"BDO", "BPI", "Metrobank", "Landbank"}, {"Vietcombank", "Techcombank", "BIDV", "VietinBank"},
            {"ABA", "ACLEDA", "Canadia", "Wing"}, {"BCEL", "LDB", "APB", "JDB"}, {"KBZ", "CB Bank", "AYA", "Yoma"},
            {"BIBD", "Baiduri", "TAIB", "Standard Chartered BN"}};
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final long DAYS = 60;
    private static final long MINUTE = 60_000_000L; // microseconds

    /** Hubs: merchants, then exchanges, then ATM networks, then payroll companies. */
    static final int MERCHANTS = 150;
    static final int EXCHANGES = 20;
    static final int ATMS = 30;
    static final int PAYROLLS = 50;
    static final int HUBS = MERCHANTS + EXCHANGES + ATMS + PAYROLLS;

    private final long transfers;
    private final int accounts;
    private final SplittableRandom random = new SplittableRandom(2026);
    private final StringBuilder line = new StringBuilder(200);
    private long written;

    FundsData(long transfers, int accounts) {
        this.transfers = transfers;
        this.accounts = accounts;
    }

    /** Writes the file; returns how many transfers it holds. */
    long write(Path file, PrintStream out) throws IOException {
        long networks = Math.max(1, transfers / 500);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("txn_id,timestamp,from_account,from_bank,from_country,to_account,to_bank,to_country,amount,"
                    + "currency,channel,reference\n");
            for (long n = 0; n < networks; n++) {
                muleNetwork(w);
            }
            long scam = written;
            while (written < transfers) {
                background(w);
                if (written % 1_000_000 == 0) {
                    out.printf("  %,d transfers written%n", written);
                }
            }
            out.printf("  %,d transfers (%,d in %,d mule networks) among %,d accounts%n", written, scam, networks,
                    accounts);
        }
        return written;
    }

    /** Victims pay a few first-line mules, who pass the money on level by level to cash-out points. */
    private void muleNetwork(BufferedWriter w) throws IOException {
        int[] sizes = {3, 6, 8, 6, 4, 2};
        int[][] levels = new int[sizes.length][];
        for (int l = 0; l < sizes.length; l++) {
            levels[l] = new int[sizes[l]];
            for (int i = 0; i < sizes[l]; i++) {
                levels[l][i] = ordinary();
            }
        }
        long t0 = micros(START) + random.nextLong((DAYS - 5) * 24 * 60) * MINUTE;
        long[] received = new long[sizes[0]];
        long[] lastAt = new long[sizes[0]];
        for (int v = 0; v < 30; v++) {
            int mule = v % sizes[0];
            long at = t0 + random.nextLong(180) * MINUTE;
            long usdCents = 50_000 + random.nextLong(2_000_000);
            emit(w, ordinary(), levels[0][mule], at, usdCents, "DUITNOW", VICTIM);
            received[mule] += usdCents;
            lastAt[mule] = Math.max(lastAt[mule], at);
        }
        for (int l = 0; l < sizes.length; l++) {
            long[] nextReceived = l + 1 < sizes.length ? new long[sizes[l + 1]] : null;
            long[] nextAt = l + 1 < sizes.length ? new long[sizes[l + 1]] : null;
            for (int i = 0; i < sizes[l]; i++) {
                long keep = received[i] * (2 + random.nextInt(8)) / 100;
                long pass = received[i] - keep;
                long at = lastAt[i] + (2 + random.nextLong(28)) * MINUTE;
                if (nextReceived == null) {
                    int pieces = 1 + random.nextInt(3);
                    for (int k = 0; k < pieces; k++) {
                        boolean cash = random.nextBoolean();
                        int hub = cash ? MERCHANTS + EXCHANGES + random.nextInt(ATMS) : MERCHANTS + random.nextInt(EXCHANGES);
                        emit(w, levels[l][i], hub, at + k * 3 * MINUTE, pass / pieces, cash ? "ATM" : "CRYPTO", null);
                    }
                    continue;
                }
                int children = 1 + random.nextInt(3);
                for (int k = 0; k < children; k++) {
                    int child = (i + k * 7 + random.nextInt(2)) % nextReceived.length;
                    long part = pass / children;
                    long when = at + k * MINUTE;
                    emit(w, levels[l][i], levels[l + 1][child], when, part, random.nextInt(4) == 0 ? "SWIFT" : "TRANSFER", null);
                    nextReceived[child] += part;
                    nextAt[child] = Math.max(nextAt[child], when);
                }
            }
            if (nextReceived != null) {
                received = nextReceived;
                lastAt = nextAt;
            }
        }
    }

    /** One transfer of everyday life: a purchase, a payment between people, a salary or a cash withdrawal. */
    private void background(BufferedWriter w) throws IOException {
        long at = micros(START) + random.nextLong(DAYS * 24 * 60) * MINUTE + random.nextLong(MINUTE);
        int kind = random.nextInt(100);
        if (kind < 40) {
            emit(w, ordinary(), zipf(MERCHANTS), at, 500 + random.nextLong(50_000), "POS", null);
        } else if (kind < 75) {
            emit(w, ordinary(), ordinary(), at, 1_000 + random.nextLong(200_000), "TRANSFER", null);
        } else if (kind < 90) {
            emit(w, MERCHANTS + EXCHANGES + ATMS + zipf(PAYROLLS), ordinary(), at, 50_000 + random.nextLong(450_000),
                    "TRANSFER", "salary");
        } else {
            emit(w, ordinary(), MERCHANTS + EXCHANGES + random.nextInt(ATMS), at, 2_000 + random.nextLong(48_000),
                    "ATM", null);
        }
    }

    private int ordinary() {
        return HUBS + random.nextInt(accounts - HUBS);
    }

    /** A hub index skewed towards the first ones, as the biggest shops take most payments. */
    private int zipf(int n) {
        double u = random.nextDouble();
        return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1, u)) - 1);
    }

    private void emit(BufferedWriter w, int from, int to, long atMicros, long usdCents, String channel,
                      String reference) throws IOException {
        if (written >= transfers || from == to || usdCents <= 0) {
            return;
        }
        int fc = country(from);
        line.setLength(0);
        line.append('T').append(written).append(',');
        line.append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Instant.EPOCH.plusNanos(atMicros * 1000)
                .atOffset(ZoneOffset.of(OFFSETS[fc])))).append(',');
        account(from);
        account(to);
        long localCents = Math.max(1, Math.round(usdCents / USD_PER_UNIT[fc]));
        line.append(localCents / 100).append('.').append((char) ('0' + localCents % 100 / 10))
                .append((char) ('0' + localCents % 10)).append(',').append(CURRENCIES[fc]).append(',').append(channel).append(',');
        if (reference != null) {
            line.append(reference);
        }
        line.append('\n');
        w.append(line);
        written++;
    }

    private void account(int index) {
        int c = country(index);
        line.append(10_000_000_000L + index).append(',').append(BANKS[c][index / 10 % 4]).append(',')
                .append(COUNTRIES[c]).append(',');
    }

    /** Malaysia, Thailand and Indonesia hold most accounts; Brunei the fewest. */
    private static int country(int index) {
        int x = Math.floorMod(index * 31, 100);
        int[] cumulative = {22, 40, 48, 66, 78, 88, 92, 95, 99, 100};
        for (int c = 0; c < cumulative.length; c++) {
            if (x < cumulative[c]) {
                return c;
            }
        }
        return 0;
    }

    private static long micros(Instant t) {
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1000;
    }
}
