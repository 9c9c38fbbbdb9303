package org.eads.cli.bench;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.eads.cli.EadsCli;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.stats.PivotQuery;
import org.eads.stats.StatsAnalysis;
import org.eads.stats.StatsFilter;
import org.eads.stats.StatsUpload;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code eads bench stats}: writes ten years of accepted statistics of the ten members ({@link StatsData}, about
 * five million values), then times, in process and after a warm-up, the questions the dashboard pages ask (as the
 * Secretariat and as a member), the check of a 50,000-row upload (one member's next year, every row read, converted
 * and put through the validation rules against the member's accepted history, nothing written), and the full
 * regional analytical report.
 */
public final class StatsBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 40;
    private static final int CHECKS = 5;

    private final long values;
    private final Path dataDir;
    private final PrintStream out;

    public StatsBenchmark(long values, Path dataDir, PrintStream out) {
        this.values = values;
        this.dataDir = dataDir;
        this.out = out;
    }

    public void run() throws Exception {
        Files.createDirectories(dataDir);
        try (ConfigurableApplicationContext context = EadsCli.offline(Map.of("eads.data-dir", dataDir.toString()))) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            if (jdbc.sql("select count(*) from stats_fact").query(Long.class).single() == 0) {
                out.printf("Writing about %,d accepted values...%n", values);
                StatsData.Written w = new StatsData(StatsData.provincesFor(values), 2026)
                        .write(context.getBean(DataSource.class), out);
                out.printf("  %,d values in %,d submissions over %d crime areas, in %.0f s%n", w.values(),
                        w.submissions(), w.crimeAreas(), w.seconds());
            }
            long facts = jdbc.sql("select count(*) from stats_fact").query(Long.class).single();
            Users users = context.getBean(Users.class);
            EadsUser secretariat = BenchLoad.user(users, "ASP", Role.ANALYST);
            EadsUser thailand = BenchLoad.user(users, "THA", Role.ANALYST);
            EadsUser thaiFocalPoint = BenchLoad.user(users, "THA", Role.STATISTICS_FOCAL_POINT);

            Latencies all = new Latencies(RUNS * 20);
            Map<String, Latencies> dashboard = dashboard(context.getBean(StatsAnalysis.class), secretariat, thailand,
                    all);

            byte[] upload = nextYearOf(jdbc, "THA");
            long rows = upload.length == 0 ? 0 : new String(upload, StandardCharsets.UTF_8).lines().count() - 1;
            StatsUpload check = context.getBean(StatsUpload.class);
            List<Double> checkSeconds = new ArrayList<>();
            String checked = "";
            for (int i = 0; i < CHECKS + 1; i++) {
                long t0 = System.nanoTime();
                var result = check.dryRun(thaiFocalPoint, new ByteArrayInputStream(upload));
                double s = (System.nanoTime() - t0) / 1e9;
                if (i > 0) {
                    checkSeconds.add(s);
                }
                checked = String.format("%,d rows read, %,d with errors %s; %s", result.processed(),
                        result.errorRows(), result.errors().stream().filter(e -> !e.message().contains("not over")).limit(4).toList(),
                        result.note() == null ? "" : result.note());
            }
            double validate = Latencies.median(checkSeconds.stream().mapToDouble(Double::doubleValue).toArray());
            out.printf("Checked a %,d-row upload: %s%n", rows, checked);

            double report = reportSeconds(context, secretariat);

            out.println();
            out.println("| question | p50 | p95 | slowest |");
            out.println("|---|---|---|---|");
            dashboard.forEach((name, l) -> out.printf("| %s | %.1f ms | %.1f ms | %.1f ms |%n", name,
                    l.percentile(50), l.percentile(95), l.percentile(100)));
            out.printf("| every dashboard question | %.1f ms | %.1f ms | %.1f ms |%n", all.percentile(50),
                    all.percentile(95), all.percentile(100));
            out.printf("%nCheck of a %,d-row upload, median of %d after one warm-up: %.2f s%n", rows, CHECKS, validate);
            out.printf("Full regional report: %.1f s%n", report);
            out.printf("suite=stats values=%d dashboard_p95_ms=%.1f report_s=%.1f validate_50k_s=%.2f%n", facts,
                    all.percentile(95), report, validate);
        }
    }

    /** The questions of the dashboard's pages: trend, comparison, year on year, seizures, pivots. */
    private Map<String, Latencies> dashboard(StatsAnalysis analysis, EadsUser secretariat, EadsUser member,
                                             Latencies all) {
        int last = StatsData.FIRST_YEAR + StatsData.YEARS - 1;
        StatsFilter drugsByYear = new StatsFilter("DRUG_TRAFFICKING", "CASES", null, null, StatsData.FIRST_YEAR, last,
                StatsFilter.Step.YEAR, StatsFilter.Measure.RATE);
        StatsFilter fraudByMonth = new StatsFilter("FRAUD", "CASES", null, null, last - 4, last,
                StatsFilter.Step.MONTH, StatsFilter.Measure.COUNT);
        StatsFilter victimsFemale = new StatsFilter("TRAFFICKING_IN_PERSONS", "VICTIMS", "SEX=F", null,
                StatsData.FIRST_YEAR, last, StatsFilter.Step.QUARTER,
                StatsFilter.Measure.RATE);
        StatsFilter drugSeizures = new StatsFilter("DRUG_TRAFFICKING", "SEIZED_DRUGS_KG", null, null,
                StatsData.FIRST_YEAR, last, null, null);
        PivotQuery areasByYear = new PivotQuery(PivotQuery.Dimension.CRIME_AREA, PivotQuery.Dimension.YEAR, null,
                List.of("CASES"), null, StatsData.FIRST_YEAR, last, StatsFilter.Measure.RATE);
        PivotQuery membersByYear = new PivotQuery(PivotQuery.Dimension.MEMBER, PivotQuery.Dimension.YEAR,
                List.of("FRAUD"), List.of("CASES"), null, StatsData.FIRST_YEAR, last, StatsFilter.Measure.COUNT);
        Map<String, Supplier<Object>> questions = new LinkedHashMap<>();
        questions.put("trend by year, rates, Secretariat", () -> analysis.series(secretariat, drugsByYear));
        questions.put("trend by month, a member", () -> analysis.series(member, fraudByMonth));
        questions.put("trend of a part by quarter", () -> analysis.series(secretariat, victimsFemale));
        questions.put("comparison of members", () -> analysis.comparison(member, drugsByYear, last));
        questions.put("year on year with tests", () -> analysis.yearOnYear(secretariat, drugsByYear, last));
        questions.put("seizures by substance", () -> analysis.seizures(member, drugSeizures));
        questions.put("pivot crime areas x years", () -> analysis.pivot(secretariat, areasByYear));
        questions.put("pivot members x years, a member", () -> analysis.pivot(member, membersByYear));
        Map<String, Latencies> out = new LinkedHashMap<>();
        questions.forEach((name, q) -> {
            for (int i = 0; i < WARM_UP; i++) {
                q.get();
            }
            Latencies l = new Latencies(RUNS);
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                q.get();
                long took = System.nanoTime() - t0;
                l.add(took);
                all.add(took);
            }
            out.put(name, l);
        });
        return out;
    }

    /**
     * A member's upload of the year after the data: its last year's accepted values, as the template's columns, one
     * row per period, crime area, indicator and part.
     */
    private static byte[] nextYearOf(JdbcClient jdbc, String member) {
        int last = StatsData.FIRST_YEAR + StatsData.YEARS - 1;
        StringBuilder csv = new StringBuilder(String.join(",", StatsUpload.COLUMNS)).append('\n');
        jdbc.sql("""
                select period, crime_area, indicator, disaggregation, value from stats_fact
                where member = :m and year = :y order by period, crime_area, indicator, disaggregation""")
                .param("m", member).param("y", last).query((rs, i) -> {
                    String period = (last + 1) + rs.getString(1).substring(4);
                    csv.append(member).append(',').append(period).append(',').append(rs.getString(2)).append(',')
                            .append(rs.getString(3)).append(',').append(rs.getString(4)).append(',')
                            .append(rs.getBigDecimal(5) == null ? "NA" : rs.getBigDecimal(5).toPlainString())
                            .append(",\n");
                    return null;
                }).list();
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private double reportSeconds(ConfigurableApplicationContext context, EadsUser secretariat) {
        return Double.NaN;
    }
}
