package org.eads.cli.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Converts the LDBC FinBench sample's account-to-account transfers and withdrawals (src/main/resources/bench/
 * ldbc-finbench, Apache 2.0) to the transaction import's CSV columns. The sample has no banks or countries: every
 * account is at bank "LDBC", its country taken from its id so that the trace crosses borders, and amounts are US
 * dollars rounded to the cent.
 */
final class LdbcFinBench {

    private static final String[] COUNTRIES = {"MY", "TH", "SG", "ID", "PH", "VN", "KH", "LA", "MM", "BN"};

    private LdbcFinBench() {
    }

    /** Writes the import CSV; returns the number of transfers. */
    static int convert(Path file) throws IOException {
        int n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("txn_id,timestamp,from_account,from_bank,from_country,to_account,to_bank,to_country,amount,"
                    + "currency,channel,reference\n");
            n += copy("AccountTransferAccount.csv.gz", "AT", "TRANSFER", w);
            n += copy("AccountWithdrawAccount.csv.gz", "AW", "CARD_WITHDRAWAL", w);
        }
        return n;
    }

    private static int copy(String resource, String prefix, String channel, BufferedWriter w) throws IOException {
        int n = 0;
        try (InputStream raw = LdbcFinBench.class.getResourceAsStream("/bench/ldbc-finbench/" + resource);
             BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                     StandardCharsets.UTF_8))) {
            in.readLine(); // fromId|toId|amount|createTime
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\\|");
                BigDecimal amount = f.length < 4 ? BigDecimal.ZERO : new BigDecimal(f[2]).setScale(2, RoundingMode.HALF_UP);
                if (amount.signum() <= 0 || f[0].equals(f[1])) {
                    continue;
                }
                n++;
                w.write(prefix + n + "," + f[3].replace(' ', 'T') + "Z," + f[0] + ",LDBC," + country(f[0]) + ","
                        + f[1] + ",LDBC," + country(f[1]) + "," + amount.toPlainString() + ",USD," + channel + ",\n");
            }
        }
        return n;
    }

    private static String country(String id) {
        return COUNTRIES[(int) Math.floorMod(Long.parseLong(id), 10L)];
    }
}
