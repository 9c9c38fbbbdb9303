package org.eads.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import org.eads.alerts.Severity;
import org.eads.alerts.Webhooks;
import org.eads.cli.EadsCli;
import org.eads.identity.ApiTokens;
import org.eads.identity.NewUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.member.Member;
import org.eads.member.Members;
import org.eads.records.IndicatorData;
import org.eads.records.RecordInput;
import org.eads.records.Records;
import org.eads.screening.Reindexing;
import org.eads.sharing.SharingLevel;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code eads bench alerts}: a node as its own process with 500 open event streams (50 crisis contacts at each of
 * the ten AMCs), a local SMTP server and each member's webhook receiver in this process. It measures the time until
 * every stream has a critical alert, the e-mail and webhook throughput of bursts, and whether 10,000 hit
 * notifications a minute (searches of other members' records) are handled as fast as they come.
 */
public final class AlertsBenchmark {

    private static final int USERS_PER_MEMBER = 50;
    private static final int WARM_UP_ROUNDS = 3;
    private static final int ROUNDS = 10;
    private static final int EMAIL_BURST_ALERTS = 20;
    private static final int WEBHOOK_BURST_ALERTS = 300;
    private static final int HIT_RECORDS = 600;
    private static final int SEARCHERS_PER_MEMBER = 10;
    private static final List<String> SEARCHING_MEMBERS = List.of("THA", "VNM", "IDN", "PHL");
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    private final Path dataDir;
    private final int port;
    private final int hitsPerMinute;
    private final int hitSeconds;
    private final PrintStream out;

    public AlertsBenchmark(Path dataDir, int port, int hitsPerMinute, int hitSeconds, PrintStream out) {
        this.dataDir = dataDir;
        this.port = port;
        this.hitsPerMinute = hitsPerMinute;
        this.hitSeconds = hitSeconds;
        this.out = out;
    }

    /** The tokens and questions the run needs, made before the node starts. */
    private record Prepared(List<String> contactTokens, String senderToken, List<String> searcherTokens,
                            List<String> phones, List<String> members) {
    }

    public void run() throws Exception {
        Files.createDirectories(dataDir);
        try (SmtpSink smtp = new SmtpSink(); WebhookReceiver hooks = new WebhookReceiver()) {
            Prepared p = prepare(hooks.url());
            Map<String, String> env = Map.of("SPRING_MAIL_HOST", "127.0.0.1",
                    "SPRING_MAIL_PORT", Integer.toString(smtp.port()),
                    "EADS_ALERTS_BASE_URL", "http://localhost:" + port);
            try (BenchServer server = BenchServer.start(dataDir, port, "2g", dataDir.resolve("bench-server.log"), env);
                 Connection db = database()) {
                out.printf("Node healthy after %.1f s%n", server.startSeconds);
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                Streams streams = new Streams(http, server.baseUrl(), p.contactTokens());
                out.printf("%d event streams open%n", streams.size());

                String roles = p.members().stream().map(m -> "\"" + m + ":CRISIS_CONTACT\"")
                        .reduce((a, b) -> a + "," + b).orElseThrow();
                for (int i = 0; i < WARM_UP_ROUNDS; i++) {
                    fanOut(http, server, p, roles, streams, null);
                }
                Latencies fan = new Latencies(ROUNDS * p.contactTokens().size());
                double[] roundP99 = new double[ROUNDS];
                for (int i = 0; i < ROUNDS; i++) {
                    Latencies round = new Latencies(p.contactTokens().size());
                    fanOut(http, server, p, roles, streams, List.of(fan, round));
                    roundP99[i] = round.percentile(99);
                    out.printf("fan-out %d: every stream had it after p50 %.0f ms, p99 %.0f ms, max %.0f ms%n", i + 1,
                            round.percentile(50), round.percentile(99), round.percentile(100));
                }

                long expectedMails = (long) (WARM_UP_ROUNDS + ROUNDS) * p.contactTokens().size();
                waitFor(() -> smtp.messages() >= expectedMails, Duration.ofMinutes(5));
                long mailsBefore = smtp.messages();
                long t0 = System.nanoTime();
                for (int i = 0; i < EMAIL_BURST_ALERTS; i++) {
                    send(http, server, p.senderToken(), "CRITICAL", "Burst " + i, roles);
                }
                long burst = (long) EMAIL_BURST_ALERTS * p.contactTokens().size();
                waitFor(() -> smtp.messages() - mailsBefore >= burst, Duration.ofMinutes(10));
                double emailPerS = burst / ((System.nanoTime() - t0) / 1e9);
                out.printf("e-mail burst: %,d e-mails in %.1f s: %,.0f e-mails/s%n", burst,
                        (System.nanoTime() - t0) / 1e9, emailPerS);

                waitFor(() -> pending(db) == 0, Duration.ofMinutes(5));
                long callsBefore = hooks.calls();
                String supervisors = p.members().stream().map(m -> "\"" + m + ":SUPERVISOR\"")
                        .reduce((a, b) -> a + "," + b).orElseThrow();
                long t1 = System.nanoTime();
                for (int i = 0; i < WEBHOOK_BURST_ALERTS; i++) {
                    send(http, server, p.senderToken(), "ROUTINE", "Routine " + i, supervisors);
                }
                long calls = (long) WEBHOOK_BURST_ALERTS * p.members().size();
                waitFor(() -> hooks.calls() - callsBefore >= calls, Duration.ofMinutes(10));
                double webhookPerS = calls / ((System.nanoTime() - t1) / 1e9);
                out.printf("webhook burst: %,d calls in %.1f s (sending included): %,.0f calls/s%n", calls,
                        (System.nanoTime() - t1) / 1e9, webhookPerS);

                HitLoad hits = hitLoad(http, server, db, p);
                double heap = server.heapUsedMb();
                streams.close();

                double p50 = fan.percentile(50);
                double p99 = fan.percentile(99);
                out.println();
                out.println("| measure | value |");
                out.println("|---|---|");
                out.printf("| open event streams | %d (%d members x %d) |%n", p.contactTokens().size(),
                        p.members().size(), USERS_PER_MEMBER);
                out.printf("| critical alert on every stream, p50 / p99 (%d rounds) | %.0f / %.0f ms |%n", ROUNDS,
                        p50, p99);
                out.printf("| worst round's p99 | %.0f ms |%n", java.util.Arrays.stream(roundP99).max().orElse(Double.NaN));
                out.printf("| e-mail throughput (burst of %,d) | %,.0f /s |%n", burst, emailPerS);
                out.printf("| webhook throughput (burst of %,d) | %,.0f /s |%n", calls, webhookPerS);
                out.printf("| hit notifications (offered %,d/min for %d s) | %,.0f /min |%n", hitsPerMinute,
                        hitSeconds, hits.perMinute());
                out.printf("| search answer with a hit, p50 / p99 | %.1f / %.1f ms |%n", hits.searches().percentile(50),
                        hits.searches().percentile(99));
                out.printf("| unhandled hit events at the end of the load / 10 s later | %d / %d |%n",
                        hits.backlogAtEnd(), hits.backlogAfter());
                out.printf("| heap used after GC | %.0f MiB |%n", heap);
                out.printf("suite=alerts users=%d sse_p50_ms=%.0f sse_p99_ms=%.0f email_per_s=%.0f webhook_per_s=%.0f "
                                + "hits_per_min=%.0f backlog=%d%n", p.contactTokens().size(), p50, p99, emailPerS,
                        webhookPerS, hits.perMinute(), hits.backlogAtEnd());
            }
        }
    }

    private Prepared prepare(String hookUrl) {
        try (ConfigurableApplicationContext context = EadsCli.offline(Map.of("eads.data-dir", dataDir.toString()))) {
            Users users = context.getBean(Users.class);
            ApiTokens tokens = context.getBean(ApiTokens.class);
            Webhooks webhooks = context.getBean(Webhooks.class);
            List<String> members = context.getBean(Members.class).countries().stream().map(Member::code).toList();
            List<String> contactTokens = new ArrayList<>();
            for (String m : members) {
                for (int i = 0; i < USERS_PER_MEMBER; i++) {
                    String name = user(users, "bench.contact." + m.toLowerCase() + "." + i, m, true,
                            Role.OFFICER, Role.CRISIS_CONTACT);
                    contactTokens.add(tokens.issue(name, Duration.ofDays(1), "alerts benchmark"));
                }
                user(users, "bench.supervisor." + m.toLowerCase(), m, false, Role.SUPERVISOR);
                webhooks.save(m, hookUrl + "/" + m, Severity.ROUTINE, true, false);
            }
            user(users, "bench.focal.mys", "MYS", true, Role.OFFICER, Role.FOCAL_POINT);
            String sender = user(users, "bench.sender", "SGP", false, Role.OFFICER);
            String owner = user(users, "bench.owner.mys", "MYS", false, Role.OFFICER);
            List<String> searcherTokens = new ArrayList<>();
            for (String m : SEARCHING_MEMBERS) {
                for (int i = 0; i < SEARCHERS_PER_MEMBER; i++) {
                    searcherTokens.add(tokens.issue(user(users, "bench.searcher." + m.toLowerCase() + "." + i, m,
                            false, Role.OFFICER), Duration.ofDays(1), "alerts benchmark"));
                }
            }
            Records records = context.getBean(Records.class);
            var ownerUser = users.find(owner).orElseThrow();
            List<String> phones = new ArrayList<>();
            for (int i = 0; i < HIT_RECORDS; i++) {
                String phone = String.format("+6012%07d", 3_000_000 + i);
                phones.add(phone);
                records.create(ownerUser, new RecordInput(new IndicatorData(IndicatorData.IndicatorType.PHONE, phone,
                        null, "MYS", null, null), SharingLevel.MEMBERS, null, null, null, null, null, null));
            }
            context.getBean(Reindexing.class).reindex("alerts benchmark");
            out.printf("Prepared %d crisis contacts, %d searchers, %d records to hit, %d webhooks%n",
                    contactTokens.size(), searcherTokens.size(), phones.size(), members.size());
            return new Prepared(contactTokens, tokens.issue(sender, Duration.ofDays(1), "alerts benchmark"),
                    searcherTokens, phones, members);
        }
    }

    private static String user(Users users, String name, String member, boolean email, Role... roles) {
        return users.find(name).orElseGet(() -> users.create(new NewUser(name, "Benchmark " + name,
                email ? name + "@bench.invalid" : null, member, null, Set.of(roles),
                "benchmark-" + UUID.randomUUID()))).username();
    }

    /** Sends one alert and waits until every stream has it; adds each stream's wait to the given latencies. */
    private void fanOut(HttpClient http, BenchServer server, Prepared p, String roles, Streams streams,
                        List<Latencies> into) throws Exception {
        long t0 = System.nanoTime();
        String id = send(http, server, p.senderToken(), "CRITICAL", "Fan-out", roles);
        List<Long> arrivals = streams.awaitAll(id, Duration.ofSeconds(30));
        if (into != null) {
            for (long at : arrivals) {
                into.forEach(l -> l.add(at - t0));
            }
        }
        Thread.sleep(500);
    }

    private static String send(HttpClient http, BenchServer server, String token, String severity, String subject,
                               String roles) throws IOException, InterruptedException {
        String body = "{\"kind\":\"DVI\",\"severity\":\"" + severity + "\",\"subject\":\"" + subject
                + "\",\"roles\":[" + roles + "],\"requiresAck\":false}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/alerts"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("Sending an alert answered " + r.statusCode() + ": " + r.body());
        }
        Matcher m = ID.matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("No id in " + r.body());
        }
        return m.group(1);
    }

    /** What the hit load did. */
    private record HitLoad(double perMinute, Latencies searches, long backlogAtEnd, long backlogAfter) {
    }

    /**
     * Searches other members' records at the offered rate, each search hitting one record no searcher hit before,
     * and counts the hits recorded (each with its notification) while the load runs.
     */
    private HitLoad hitLoad(HttpClient http, BenchServer server, Connection db, Prepared p) throws Exception {
        long total = (long) hitsPerMinute * hitSeconds / 60;
        long pairs = (long) p.searcherTokens().size() * p.phones().size();
        if (total > pairs) {
            throw new IllegalStateException("Only " + pairs + " distinct hits are prepared for " + total);
        }
        long hitsBefore = count(db, "select count(*) from hit");
        long intervalNanos = 60_000_000_000L / hitsPerMinute;
        Latencies searches = new Latencies((int) total);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        long t0 = System.nanoTime();
        try (ExecutorService load = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long i = 0; i < total; i++) {
                long due = t0 + i * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                String token = p.searcherTokens().get((int) (i % p.searcherTokens().size()));
                String phone = p.phones().get((int) ((i / p.searcherTokens().size()) % p.phones().size()));
                load.execute(() -> {
                    try {
                        long s0 = System.nanoTime();
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                                        URI.create(server.baseUrl() + "/api/v1/search"))
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"identifiers\":[{\"type\":\"PHONE\","
                                        + "\"value\":\"" + phone + "\"}],\"purpose\":\"benchmark\"}")).build(),
                                HttpResponse.BodyHandlers.ofString());
                        synchronized (searches) {
                            searches.add(System.nanoTime() - s0);
                        }
                        if (r.statusCode() != 200 || !r.body().contains("\"recordId\"")) {
                            failures.add(r.statusCode() + " " + r.body());
                        }
                    } catch (IOException | InterruptedException e) {
                        failures.add(e.toString());
                    }
                });
                if (i % (hitsPerMinute / 6) == 0 && i > 0) {
                    out.printf("  hits after %.0f s: %,d recorded, %,d events waiting%n", (System.nanoTime() - t0) / 1e9,
                            count(db, "select count(*) from hit") - hitsBefore, backlog(db));
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long recorded = count(db, "select count(*) from hit") - hitsBefore;
        long backlogAtEnd = backlog(db);
        Thread.sleep(10_000);
        long backlogAfter = backlog(db);
        if (!failures.isEmpty()) {
            out.printf("%d searches failed, the first: %s%n", failures.size(), failures.peek());
        }
        out.printf("hit load: %,d searches in %.1f s, %,d hits recorded meanwhile%n", total, seconds, recorded);
        return new HitLoad(recorded / seconds * 60, searches, backlogAtEnd, backlogAfter);
    }

    private Connection database() throws IOException, SQLException {
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).trim() + "/postgres",
                "postgres", "");
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long backlog(Connection db) throws SQLException {
        return count(db, "select count(*) from event_publication where completion_date is null");
    }

    private static long pending(Connection db) {
        try {
            return count(db, "select count(*) from alert_delivery where status = 'PENDING'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, Duration atMost)
            throws InterruptedException {
        long end = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("Gave up waiting after " + atMost);
            }
            Thread.sleep(20);
        }
    }

    /** The open event streams: when each saw each alert. */
    private static final class Streams implements AutoCloseable {

        private final Map<String, ConcurrentLinkedQueue<Long>> arrivals = new ConcurrentHashMap<>();
        private final List<Stream<String>> open = new ArrayList<>();
        private final ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();
        private final int size;

        Streams(HttpClient http, String baseUrl, List<String> tokens) throws Exception {
            CountDownLatch ready = new CountDownLatch(tokens.size());
            for (String token : tokens) {
                HttpResponse<Stream<String>> r = http.send(HttpRequest.newBuilder(
                                URI.create(baseUrl + "/api/v1/alerts/stream"))
                        .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build(),
                        HttpResponse.BodyHandlers.ofLines());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("An event stream answered " + r.statusCode());
                }
                open.add(r.body());
                readers.execute(() -> read(r.body(), ready));
            }
            if (!ready.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Not every event stream said it was ready");
            }
            size = tokens.size();
        }

        private void read(Stream<String> lines, CountDownLatch ready) {
            String event = null;
            Iterator<String> it = lines.iterator();
            try {
                while (it.hasNext()) {
                    String line = it.next();
                    if (line.startsWith("event:")) {
                        event = line.substring(6).trim();
                    } else if (line.startsWith("data:") && "alert".equals(event)) {
                        long now = System.nanoTime();
                        Matcher m = ID.matcher(line);
                        if (m.find()) {
                            arrivals.computeIfAbsent(m.group(1), k -> new ConcurrentLinkedQueue<>()).add(now);
                        }
                    } else if (line.startsWith("data:") && "ready".equals(event)) {
                        ready.countDown();
                    } else if (line.isEmpty()) {
                        event = null;
                    }
                }
            } catch (RuntimeException closed) {
                // the stream was closed at the end of the run
            }
        }

        int size() {
            return size;
        }

        List<Long> awaitAll(String id, Duration atMost) throws InterruptedException {
            long end = System.nanoTime() + atMost.toNanos();
            while (arrivals.getOrDefault(id, new ConcurrentLinkedQueue<>()).size() < size) {
                if (System.nanoTime() > end) {
                    throw new IllegalStateException("Only " + arrivals.getOrDefault(id, new ConcurrentLinkedQueue<>())
                            .size() + " of " + size + " streams had alert " + id + " after " + atMost);
                }
                Thread.sleep(1);
            }
            return List.copyOf(arrivals.get(id));
        }

        @Override
        public void close() {
            open.forEach(Stream::close);
            readers.shutdownNow();
        }
    }

    /** Each member's national system: counts the webhook calls it receives. */
    private static final class WebhookReceiver implements AutoCloseable {

        private final HttpServer server;
        private final AtomicLong calls = new AtomicLong();

        WebhookReceiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/hook", exchange -> {
                exchange.getRequestBody().readAllBytes();
                calls.incrementAndGet();
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        long calls() {
            return calls.get();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
