package org.eads.cli.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.eads.cli.EadsCli;
import org.eads.funds.AllocationRule;
import org.eads.funds.FundsCase;
import org.eads.funds.FundsCases;
import org.eads.funds.TraceDirection;
import org.eads.funds.TraceQuestion;
import org.eads.funds.Traces;
import org.eads.funds.TransferImport;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.imports.ImportJob;
import org.eads.imports.ImportMode;
import org.eads.imports.ImportStatus;
import org.eads.imports.Imports;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code eads bench funds}: writes a transactions file of N transfers among N/10 accounts ({@link FundsData}),
 * imports it as an officer would (one all-or-nothing import job), then times traces from victim payments through
 * the tracing service, in process: 3 hops and 6 hops forward under each allocation rule, 3 hops backward. Then the
 * same on the LDBC FinBench sample converted to the import's columns. Peak heap covers the whole run.
 */
public final class FundsBenchmark {

    private static final int WARM_UP = 30;
    private static final int TRACES_3 = 60;
    private static final int TRACES_6 = 20;

    private final long transfers;
    private final Path dataDir;
    private final PrintStream out;

    public FundsBenchmark(long transfers, Path dataDir, PrintStream out) {
        this.transfers = transfers;
        this.dataDir = dataDir;
        this.out = out;
    }

    private record Timed(Map<AllocationRule, Latencies> three, Map<AllocationRule, Latencies> six, Latencies back) {

        double worst(Map<AllocationRule, Latencies> byRule, double percentile) {
            return byRule.values().stream().mapToDouble(l -> l.percentile(percentile)).max().orElse(0);
        }
    }

    public void run() throws Exception {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve("transfers-" + transfers + ".csv");
        int accounts = (int) Math.max(FundsData.HUBS * 10L, transfers / 10);
        if (!Files.exists(file)) {
            out.printf("Writing %,d transfers among %,d accounts...%n", transfers, accounts);
            long t0 = System.nanoTime();
            new FundsData(transfers, accounts).write(file, out);
            out.printf("  written in %.0f s (%,d MB)%n", (System.nanoTime() - t0) / 1e9, Files.size(file) >> 20);
        }
        try (ConfigurableApplicationContext context = EadsCli.offline(Map.of("eads.data-dir", dataDir.toString()))) {
            Users users = context.getBean(Users.class);
            EadsUser analyst = BenchLoad.user(users, "MYS", Role.ANALYST);
            FundsCases cases = context.getBean(FundsCases.class);
            Imports imports = context.getBean(Imports.class);
            Traces traces = context.getBean(Traces.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);

            FundsCase generated = cases.open(analyst, new FundsCase.Input("BENCH-" + System.nanoTime(),
                    "Benchmark transfers", null, "MEMBERS", Set.of()));
            out.printf("Importing %s...%n", file.getFileName());
            long t0 = System.nanoTime();
            ImportJob job = imports.runFile(analyst, TransferImport.KIND, TransferImport.into(generated.id(),
                    "Benchmark FIU"), file, ImportMode.ALL_OR_NOTHING, (processed, imported, errors) -> {
                        if (processed % 1_000_000 == 0) {
                            out.printf("  %,d rows read, %,d imported, %,d errors, %.0f s%n", processed, imported,
                                    errors, (System.nanoTime() - t0) / 1e9);
                        }
                    });
            double importSeconds = (System.nanoTime() - t0) / 1e9;
            if (job.status() != ImportStatus.DONE) {
                throw new IllegalStateException("The import ended " + job.status() + ": " + job.message() + " "
                        + job.errors());
            }
            double importPerSecond = job.importedRows() / importSeconds;
            out.printf("Imported %,d transfers in %.1f s: %,.0f a second%n", job.importedRows(), importSeconds,
                    importPerSecond);
            jdbc.sql("analyze funds_transfer").update();
            jdbc.sql("analyze funds_account").update();

            List<Long> victims = jdbc.sql("select id from funds_transfer where case_id = :c and reference = 'victim' "
                    + "order by id").param("c", generated.id()).query(Long.class).list();
            Timed timed = time(traces, analyst, generated.id(), victims);

            out.println("LDBC FinBench sample...");
            Path ldbcFile = dataDir.resolve("ldbc-finbench.csv");
            int ldbcRows = LdbcFinBench.convert(ldbcFile);
            FundsCase ldbc = cases.open(analyst, new FundsCase.Input("LDBC-" + System.nanoTime(),
                    "LDBC FinBench sample", null, "MEMBERS", Set.of()));
            long l0 = System.nanoTime();
            ImportJob ldbcJob = imports.runFile(analyst, TransferImport.KIND, TransferImport.into(ldbc.id(), "LDBC"),
                    ldbcFile, ImportMode.ALL_OR_NOTHING, (p, i, e) -> { });
            double ldbcImport = (System.nanoTime() - l0) / 1e9;
            out.printf("  %,d of %,d transfers imported in %.1f s%n", ldbcJob.importedRows(), ldbcRows, ldbcImport);
            List<Long> ldbcStarts = jdbc.sql("select id from funds_transfer where case_id = :c order by id")
                    .param("c", ldbc.id()).query(Long.class).list();
            Timed ldbcTimed = time(traces, analyst, ldbc.id(), ldbcStarts);

            double peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum()
                    / 1048576.0;
            out.println();
            out.println("| measure | generated graph | LDBC FinBench sample |");
            out.println("|---|---|---|");
            out.printf("| transfers | %,d | %,d |%n", job.importedRows(), ldbcJob.importedRows());
            out.printf("| import | %,.0f /s (%.0f s) | %,.0f /s |%n", importPerSecond, importSeconds,
                    ldbcJob.importedRows() / ldbcImport);
            for (AllocationRule rule : AllocationRule.values()) {
                out.printf("| 3 hops, %s, p50 / p95 | %.1f / %.1f ms | %.1f / %.1f ms |%n", rule,
                        timed.three().get(rule).percentile(50), timed.three().get(rule).percentile(95),
                        ldbcTimed.three().get(rule).percentile(50), ldbcTimed.three().get(rule).percentile(95));
            }
            for (AllocationRule rule : AllocationRule.values()) {
                out.printf("| 6 hops, %s, p50 / max | %.0f / %.0f ms | %.0f / %.0f ms |%n", rule,
                        timed.six().get(rule).percentile(50), timed.six().get(rule).percentile(100),
                        ldbcTimed.six().get(rule).percentile(50), ldbcTimed.six().get(rule).percentile(100));
            }
            out.printf("| 3 hops backward, FIFO, p50 / p95 | %.1f / %.1f ms | %.1f / %.1f ms |%n",
                    timed.back().percentile(50), timed.back().percentile(95), ldbcTimed.back().percentile(50),
                    ldbcTimed.back().percentile(95));
            out.printf("| peak heap, whole run | %.0f MiB | |%n", peak);
            out.printf("suite=funds transfers=%d trace3_p95_ms=%.1f trace6_ms=%.0f import_per_s=%.0f peak_mb=%.0f%n",
                    job.importedRows(), timed.worst(timed.three(), 95), timed.worst(timed.six(), 100),
                    importPerSecond, peak);
        }
    }

    /** Traces from random start transfers: a warm-up, then each rule at 3 and 6 hops, and 3 hops backward. */
    private Timed time(Traces traces, EadsUser user, long caseId, List<Long> starts) {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < WARM_UP; i++) {
            trace(traces, user, caseId, starts, random, AllocationRule.values()[i % 5], TraceDirection.FORWARD, 3);
        }
        Map<AllocationRule, Latencies> three = new EnumMap<>(AllocationRule.class);
        Map<AllocationRule, Latencies> six = new EnumMap<>(AllocationRule.class);
        List<Integer> reached = new ArrayList<>();
        for (AllocationRule rule : AllocationRule.values()) {
            Latencies l3 = new Latencies(TRACES_3);
            for (int i = 0; i < TRACES_3; i++) {
                Run r = trace(traces, user, caseId, starts, random, rule, TraceDirection.FORWARD, 3);
                reached.add(r.accounts());
                l3.add(r.nanos());
            }
            Latencies l6 = new Latencies(TRACES_6);
            for (int i = 0; i < TRACES_6; i++) {
                Run r = trace(traces, user, caseId, starts, random, rule, TraceDirection.FORWARD, 6);
                reached.add(r.accounts());
                l6.add(r.nanos());
            }
            three.put(rule, l3);
            six.put(rule, l6);
            out.printf("  %s: 3 hops p50 %.1f ms p95 %.1f ms | 6 hops p50 %.0f ms max %.0f ms%n", rule,
                    l3.percentile(50), l3.percentile(95), l6.percentile(50), l6.percentile(100));
        }
        Latencies back = new Latencies(TRACES_3);
        for (int i = 0; i < TRACES_3; i++) {
            back.add(trace(traces, user, caseId, starts, random, AllocationRule.FIFO, TraceDirection.BACKWARD, 3).nanos());
        }
        out.printf("  accounts reached by a trace: median %d, most %d%n",
                reached.stream().sorted().toList().get(reached.size() / 2),
                reached.stream().mapToInt(Integer::intValue).max().orElse(0));
        return new Timed(three, six, back);
    }

    /** How long a trace took and how many accounts it reached. */
    private record Run(long nanos, int accounts) {
    }

    private static Run trace(Traces traces, EadsUser user, long caseId, List<Long> starts, SplittableRandom random,
                        AllocationRule rule, TraceDirection direction, int hops) {
        long start = starts.get(random.nextInt(starts.size()));
        long t0 = System.nanoTime();
        var trace = traces.trace(user, new TraceQuestion(caseId, direction, rule, List.of(start), List.of(), null,
                null, hops, null, null, null));
        return new Run(System.nanoTime() - t0, trace.answer().accounts().size());
    }
}
