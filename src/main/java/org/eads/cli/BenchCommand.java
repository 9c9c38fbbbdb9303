package org.eads.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eads.cli.bench.AlertsBenchmark;
import org.eads.cli.bench.DviBenchmark;
import org.eads.cli.bench.FundsBenchmark;
import org.eads.cli.bench.RecordsBenchmark;
import org.eads.cli.bench.ScamBenchmark;
import org.eads.cli.bench.ScreeningBenchmark;
import org.eads.cli.bench.StatsBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Run a benchmark on generated data and print a table; the last line is key=value pairs.",
                "Suites: records (import, read by id and list pages through the API, start time, heap);",
                "screening (N persons and N indicators: name and identifier screening in process and through",
                "the API, the pg_trgm baseline, index build and size, heap);",
                "alerts (500 open event streams: time until a critical alert is on all of them, e-mail and webhook",
                "throughput, hit notifications a minute and their backlog);",
                "scam (--records N indicators and N/5 reports: bank and telco checks through the API, single and in",
                "batches of 1,000, the campaign step of a new report and a full campaign rebuild);",
                "funds (--records N transfers among N/10 accounts: import, traces of 3 and 6 hops under each",
                "allocation rule, the same on the LDBC FinBench sample, peak heap);",
                "dvi (--bodies N bodies, a tenth without AM file, and 4N missing persons: a full matching run,",
                "rank-1 and top-10 accuracy per evidence kind, false strong candidates, one new body ranked);",
                "stats (--values N accepted values: the dashboard's questions, the check of a 50,000-row upload",
                "and the full regional report)."})
final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SUITE", description = "records")
    String suite;

    @Option(names = "--records", paramLabel = "N", defaultValue = "1000000", description = "Records to generate (default ${DEFAULT-VALUE})")
    int records;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder for the benchmark (default: a new temporary folder)")
    Path dataDir;

    @Option(names = "--reuse", description = "screening: ask again of the data folder (--data) an earlier run left, "
            + "without generating, importing and indexing")
    boolean reuse;

    @Option(names = "--baseline", paramLabel = "N", defaultValue = "0", description = "screening: pg_trgm questions "
            + "of each kind (default: 400, fewer above a million records, at least 40)")
    int baselineQuestions;

    @Option(names = "--hits-per-minute", paramLabel = "N", defaultValue = "10000", description = "alerts: searches "
            + "a minute that each hit another member's record (default ${DEFAULT-VALUE})")
    int hitsPerMinute;

    @Option(names = "--hit-seconds", paramLabel = "S", defaultValue = "120", description = "alerts: how long the "
            + "hit load lasts (default ${DEFAULT-VALUE})")
    int hitSeconds;

    @Option(names = "--bodies", paramLabel = "N", defaultValue = "5000", description = "dvi: bodies to generate "
            + "(default ${DEFAULT-VALUE}; four times as many missing persons)")
    int bodies;

    @Option(names = "--values", paramLabel = "N", defaultValue = "5000000", description = "stats: accepted values "
            + "to generate (default ${DEFAULT-VALUE})")
    long values;

    @Option(names = "--port", paramLabel = "N", defaultValue = "18080", description = "Port of the benchmarked node (default ${DEFAULT-VALUE})")
    int port;

    @Override
    public Integer call() throws Exception {
        Path dir = dataDir != null ? dataDir : Files.createTempDirectory("eads-bench-");
        switch (suite) {
            case "records" -> new RecordsBenchmark(records, dir, port, System.out).run();
            case "screening" -> new ScreeningBenchmark(records, dir, port, baselineQuestions, System.out).run(reuse);
            case "alerts" -> new AlertsBenchmark(dir, port, hitsPerMinute, hitSeconds, System.out).run();
            case "scam" -> new ScamBenchmark(records, dir, port, System.out).run();
            case "funds" -> new FundsBenchmark(records, dir, System.out).run();
            case "dvi" -> new DviBenchmark(bodies, bodies * 4, dir, System.out).run();
            case "stats" -> new StatsBenchmark(values, dir, System.out).run();
            default -> {
                System.err.println("Unknown suite '" + suite + "': records, screening, alerts, scam, funds, dvi, stats");
                return 2;
            }
        }
        return 0;
    }
}
