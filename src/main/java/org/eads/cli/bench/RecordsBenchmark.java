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
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.eads.cli.EadsCli;
import org.eads.demo.RecordMix;
import org.eads.identity.ApiTokens;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.member.Member;
import org.eads.member.Members;
import org.eads.screening.Reindexing;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code eads bench records}: imports generated records through the import path, starts a node as its own process,
 * then measures reads by id and list pages through the HTTP API, start time and heap.
 */
public final class RecordsBenchmark {

    private static final int RUNS = 5;
    private static final int READS_PER_RUN = 2000;
    private static final int LISTS_PER_RUN = 300;

    private final int records;
    private final Path dataDir;
    private final int port;
    private final PrintStream out;

    public RecordsBenchmark(int records, Path dataDir, int port, PrintStream out) {
        this.records = records;
        this.dataDir = dataDir;
        this.port = port;
        this.out = out;
    }

    public void run() throws Exception {
        Files.createDirectories(dataDir);
        Prepared prepared = prepare();
        out.printf("Imported %,d records in %.1f s: %,.0f records/s%n", prepared.imported, prepared.importSeconds,
                prepared.imported / prepared.importSeconds);
        try (BenchServer server = BenchServer.start(dataDir, port, "2g", dataDir.resolve("bench-server.log"))) {
            out.printf("Node healthy after %.1f s%n", server.startSeconds);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            SplittableRandom random = new SplittableRandom(7);
            double[] readP50 = new double[RUNS];
            double[] readP99 = new double[RUNS];
            double[] listP50 = new double[RUNS];
            double[] listP99 = new double[RUNS];
            // warm-up: the JIT, PostgreSQL's buffers and the connection pool settle before anything is counted
            measureReads(http, server, prepared, random, 3 * READS_PER_RUN);
            measureLists(http, server, prepared, random, 3 * LISTS_PER_RUN);
            for (int run = 0; run < RUNS; run++) {
                Latencies reads = measureReads(http, server, prepared, random, READS_PER_RUN);
                Latencies lists = measureLists(http, server, prepared, random, LISTS_PER_RUN);
                readP50[run] = reads.percentile(50);
                readP99[run] = reads.percentile(99);
                listP50[run] = lists.percentile(50);
                listP99[run] = lists.percentile(99);
                out.printf("run %d: read p50 %.2f ms p99 %.2f ms | list p50 %.2f ms p99 %.2f ms%n", run + 1,
                        readP50[run], readP99[run], listP50[run], listP99[run]);
            }
            double heap = server.heapUsedMb();
            double importPerS = prepared.imported / prepared.importSeconds;
            out.println();
            out.println("| measure | value |");
            out.println("|---|---|");
            out.printf("| records | %,d |%n", prepared.total);
            out.printf("| import throughput | %,.0f records/s |%n", importPerS);
            out.printf("| read by id, p50 / p99 | %.2f / %.2f ms |%n", Latencies.median(readP50), Latencies.median(readP99));
            out.printf("| list page, p50 / p99 | %.2f / %.2f ms |%n", Latencies.median(listP50), Latencies.median(listP99));
            out.printf("| start to healthy | %.1f s |%n", server.startSeconds);
            out.printf("| heap used after GC | %.0f MiB |%n", heap);
            out.printf("suite=records records=%d import_per_s=%.0f read_p50_ms=%.2f read_p99_ms=%.2f list_p99_ms=%.2f "
                            + "start_s=%.1f heap_mb=%.0f%n", prepared.total, importPerS, Latencies.median(readP50),
                    Latencies.median(readP99), Latencies.median(listP99), server.startSeconds, heap);
        }
    }

    /** What the import phase leaves for the HTTP phase. */
    private record Prepared(long imported, double importSeconds, long total, List<UUID> ids, String token,
                            List<String> listQueries) {
    }

    private Prepared prepare() throws IOException {
        try (ConfigurableApplicationContext context = EadsCli.offline(Map.of("eads.data-dir", dataDir.toString()))) {
            Users users = context.getBean(Users.class);
            Members members = context.getBean(Members.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            List<Member> countries = members.countries();

            int perMember = records / countries.size();
            BenchLoad.Loaded loaded = BenchLoad.load(context, countries, perMember, RecordMix.DEFAULT, dataDir, out,
                    (member, input) -> { });
            long imported = loaded.imported();
            double seconds = loaded.seconds();
            jdbc.sql("analyze record").update();
            // a node's search index is built before it serves, as after `eads reindex`
            Reindexing.Outcome index = context.getBean(Reindexing.class).reindex("benchmark");
            out.printf("Search index built: %,d records in %.1f s%n", index.records(), index.millis() / 1000.0);

            long total = jdbc.sql("select count(*) from record where deleted_at is null").query(Long.class).single();
            EadsUser reader = BenchLoad.user(users, "THA", Role.OFFICER);
            // Records a THA officer may read: its own and those shared with all members.
            List<UUID> ids = jdbc.sql("""
                    select id from record tablesample system (2)
                    where deleted_at is null and (owner_member = 'THA' or sharing_level in ('MEMBERS', 'MEMBERS_AND_PARTNERS'))
                    limit 20000""").query(UUID.class).list();
            String token = context.getBean(ApiTokens.class).issue(reader.username(), Duration.ofHours(24), "benchmark");
            List<String> lists = new ArrayList<>();
            for (String type : List.of("PERSON", "TRAVEL_DOCUMENT", "INDICATOR", "VEHICLE")) {
                for (Member m : countries) {
                    for (int page = 0; page < 5; page++) {
                        lists.add("type=" + type + "&owner=" + m.code() + "&page=" + page + "&size=50");
                    }
                }
            }
            lists.add("page=0&size=50");
            lists.add("sharingLevel=MEMBERS&page=3&size=50");
            return new Prepared(imported, seconds, total, ids, token, lists);
        }
    }

    private Latencies measureReads(HttpClient http, BenchServer server, Prepared p, SplittableRandom random, int n)
            throws IOException, InterruptedException {
        Latencies l = new Latencies(n);
        for (int i = 0; i < n; i++) {
            UUID id = p.ids.get(random.nextInt(p.ids.size()));
            l.add(timed(http, server.baseUrl() + "/api/v1/records/" + id, p.token));
        }
        return l;
    }

    private Latencies measureLists(HttpClient http, BenchServer server, Prepared p, SplittableRandom random, int n)
            throws IOException, InterruptedException {
        Latencies l = new Latencies(n);
        for (int i = 0; i < n; i++) {
            String q = p.listQueries.get(random.nextInt(p.listQueries.size()));
            l.add(timed(http, server.baseUrl() + "/api/v1/records?" + q, p.token));
        }
        return l;
    }

    private static long timed(HttpClient http, String url, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").build();
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long elapsed = System.nanoTime() - t0;
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + new String(r.body()));
        }
        return elapsed;
    }
}
