package org.eads.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eads.cli.EadsCli;
import org.eads.identity.ApiTokens;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.scam.Campaigns;
import org.eads.scam.IndicatorKind;
import org.eads.scam.Partner;
import org.eads.scam.ScamPartners;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code eads bench scam}: generates the registry and reports inside PostgreSQL, times a full campaign rebuild and
 * the incremental campaign step of new reports in process, then starts a node as its own process and measures
 * {@code POST /api/v1/scam/check} through HTTP keep-alive: single checks (latency, then throughput with several
 * clients) and batches of 1,000, as a bank's payment system would call it.
 */
public final class ScamBenchmark {

    private static final int RUNS = 5;
    private static final int SINGLES_PER_RUN = 2_000;
    private static final int THROUGHPUT_CHECKS = 40_000;
    private static final int CLIENTS = 16;
    private static final int BATCHES_PER_RUN = 20;
    private static final int NEW_REPORTS = 200;

    private final long indicators;
    private final long reports;
    private final Path dataDir;
    private final int port;
    private final PrintStream out;

    public ScamBenchmark(long indicators, Path dataDir, int port, PrintStream out) {
        this.indicators = indicators;
        this.reports = indicators / 5;
        this.dataDir = dataDir;
        this.port = port;
        this.out = out;
    }

    private record Prepared(String token, double rebuildSeconds, Latencies attach) {
    }

    public void run() throws Exception {
        Files.createDirectories(dataDir);
        Prepared p = prepare();
        try (BenchServer server = BenchServer.start(dataDir, port, "2g", dataDir.resolve("bench-server.log"))) {
            out.printf("Node healthy after %.1f s%n", server.startSeconds);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            SplittableRandom random = new SplittableRandom(11);
            String url = server.baseUrl() + "/api/v1/scam/check";
            calls(http, url, p.token(), random, 3 * SINGLES_PER_RUN, 1);
            calls(http, url, p.token(), random, 5, 1000);
            double[] p50 = new double[RUNS];
            double[] p99 = new double[RUNS];
            double[] batchP50 = new double[RUNS];
            for (int run = 0; run < RUNS; run++) {
                Latencies single = calls(http, url, p.token(), random, SINGLES_PER_RUN, 1);
                Latencies batch = calls(http, url, p.token(), random, BATCHES_PER_RUN, 1000);
                p50[run] = single.percentile(50);
                p99[run] = single.percentile(99);
                batchP50[run] = batch.percentile(50);
                out.printf("run %d: single check p50 %.2f ms p99 %.2f ms | batch of 1,000 p50 %.1f ms p99 %.1f ms%n",
                        run + 1, p50[run], p99[run], batch.percentile(50), batch.percentile(99));
            }
            double[] perSecond = new double[3];
            for (int run = 0; run < perSecond.length; run++) {
                perSecond[run] = throughput(http, url, p.token(), random);
                out.printf("throughput run %d: %,.0f checks/s with %d clients%n", run + 1, perSecond[run], CLIENTS);
            }
            double heap = server.heapUsedMb();
            out.println();
            out.println("| measure | value |");
            out.println("|---|---|");
            out.printf("| indicators / reports | %,d / %,d |%n", indicators, reports);
            out.printf("| single check, p50 / p99 | %.2f / %.2f ms |%n", Latencies.median(p50), Latencies.median(p99));
            out.printf("| checks per second, %d keep-alive clients | %,.0f |%n", CLIENTS, Latencies.median(perSecond));
            out.printf("| batch of 1,000, p50 | %.1f ms |%n", Latencies.median(batchP50));
            out.printf("| campaign step of a new report, p50 / p99 | %.1f / %.1f ms |%n", p.attach().percentile(50),
                    p.attach().percentile(99));
            out.printf("| full campaign rebuild | %.1f s |%n", p.rebuildSeconds());
            out.printf("| heap used after GC | %.0f MiB |%n", heap);
            out.printf("suite=scam indicators=%d check_p99_ms=%.2f checks_per_s=%.0f batch1000_ms=%.1f "
                            + "campaign_update_ms=%.1f campaign_rebuild_s=%.1f%n", indicators, Latencies.median(p99),
                    Latencies.median(perSecond), Latencies.median(batchP50), p.attach().percentile(99),
                    p.rebuildSeconds());
        }
    }

    private Prepared prepare() {
        try (ConfigurableApplicationContext context = EadsCli.offline(Map.of("eads.data-dir", dataDir.toString()))) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Users users = context.getBean(Users.class);
            EadsUser analyst = BenchLoad.user(users, "ASP", Role.ANALYST);
            EadsUser bank = BenchLoad.user(users, "MYS", Role.API_CLIENT);
            EadsUser admin = BenchLoad.user(users, "MYS", Role.MEMBER_ADMIN);
            ScamPartners partners = context.getBean(ScamPartners.class);
            // a bank of the partnership whose limits are above anything this machine can answer
            Partner partner = partners.register(admin, "MYS", new Partner.Input("Benchmark bank " + System.nanoTime(),
                    Partner.Sector.BANK, EnumSet.allOf(IndicatorKind.class), Set.of(), 10_000_000, 10_000_000_000L));
            partners.attach(admin, partner.id(), bank.username());
            out.printf("Generating %,d indicators and %,d reports...%n", indicators, reports);
            ScamData.generate(jdbc, indicators, reports, analyst.id(), out);
            Campaigns campaigns = context.getBean(Campaigns.class);
            long t0 = System.nanoTime();
            campaigns.rebuild(analyst);
            double rebuild = (System.nanoTime() - t0) / 1e9;
            out.printf("Full campaign rebuild: %.1f s%n", rebuild);
            Latencies attach = new Latencies(NEW_REPORTS);
            SplittableRandom random = new SplittableRandom(5);
            for (int i = 0; i < NEW_REPORTS; i++) {
                UUID report = UUID.randomUUID();
                long a = 1 + random.nextLong(indicators);
                long b = 1 + random.nextLong(indicators);
                jdbc.sql("""
                        insert into scam_report (id, owner_member, case_reference, report_date, victim_kind, scam_type,
                            channel, sharing_level, indicator_sharing, created_by)
                        values (:id, 'THA', :ref, current_date, 'PERSON', 'INVESTMENT', 'CALL', 'MEMBERS', 'MEMBERS',
                            :by)
                        """).param("id", report).param("ref", "BENCH-NEW-" + report).param("by", analyst.id()).update();
                jdbc.sql("insert into scam_report_indicator (report_id, indicator_id, role) values (:r, :a, 'CONTACT'),"
                                + " (:r, :b, 'CONTACT') on conflict do nothing")
                        .param("r", report).param("a", a).param("b", b).update();
                long s0 = System.nanoTime();
                campaigns.attach(report, Set.of(a, b));
                attach.add(System.nanoTime() - s0);
            }
            out.printf("Campaign step of %d new reports: p50 %.1f ms, p99 %.1f ms%n", NEW_REPORTS,
                    attach.percentile(50), attach.percentile(99));
            String token = context.getBean(ApiTokens.class).issue(bank.username(), Duration.ofDays(1), "benchmark");
            return new Prepared(token, rebuild, attach);
        }
    }

    private String body(SplittableRandom random, int count) {
        StringBuilder sb = new StringBuilder("{\"indicators\":[");
        for (int i = 0; i < count; i++) {
            // one check in ten asks for a value nobody reported; the others find an entry, the dearer answer
            long n = random.nextInt(10) == 0 ? indicators + 1 + random.nextLong(indicators)
                    : 1 + random.nextLong(indicators);
            String[] ind = ScamData.indicator(n);
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"kind\":\"").append(ind[0]).append("\",\"value\":\"").append(ind[1]).append("\"}");
        }
        return sb.append("]}").toString();
    }

    private long post(HttpClient http, String url, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long elapsed = System.nanoTime() - t0;
        if (r.statusCode() != 200) {
            throw new IllegalStateException("A check answered " + r.statusCode() + ": " + new String(r.body()));
        }
        return elapsed;
    }

    /** {@code n} calls, one after the other, each checking {@code size} indicators. */
    private Latencies calls(HttpClient http, String url, String token, SplittableRandom random, int n, int size)
            throws IOException, InterruptedException {
        Latencies l = new Latencies(n);
        for (int i = 0; i < n; i++) {
            l.add(post(http, url, token, body(random, size)));
        }
        return l;
    }

    /** Single checks from several keep-alive clients at once, as fast as the node answers. */
    private double throughput(HttpClient http, String url, String token, SplittableRandom random) throws Exception {
        List<String> bodies = new ArrayList<>(THROUGHPUT_CHECKS);
        for (int i = 0; i < THROUGHPUT_CHECKS; i++) {
            bodies.add(body(random, 1));
        }
        long t0 = System.nanoTime();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                done.add(clients.submit(() -> {
                    for (int i = client; i < bodies.size(); i += CLIENTS) {
                        post(http, url, token, bodies.get(i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        return THROUGHPUT_CHECKS / ((System.nanoTime() - t0) / 1e9);
    }
}
