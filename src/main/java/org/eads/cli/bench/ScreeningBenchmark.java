package org.eads.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eads.EadsApplication;
import org.eads.cli.EadsCli;
import org.eads.demo.RecordMix;
import org.eads.identity.ApiTokens;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.member.Member;
import org.eads.member.Members;
import org.eads.records.IndicatorData;
import org.eads.records.PersonData;
import org.eads.records.PersonName;
import org.eads.records.RecordInput;
import org.eads.records.Records;
import org.eads.screening.LabelledNamePairs;
import org.eads.screening.Match;
import org.eads.screening.Reindexing;
import org.eads.screening.Screening;
import org.eads.screening.SearchQuery;
import org.eads.sharing.SharingLevel;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code eads bench screening}: N persons and N indicators generated for the ten AMCs and imported, the search index
 * built, then a node started in this process: name and identifier screening measured in process (the
 * {@link Screening} service, with its sharing checks and audit entries) and through the HTTP API, and the same name
 * questions answered by PostgreSQL's pg_trgm as the baseline a typical system would use.
 */
public final class ScreeningBenchmark {

    private static final int RUNS = 5;
    private static final int PER_RUN = 400;
    private static final int SAMPLE_EVERY = 97;
    private static final int RECALL_QUESTIONS = 400;

    private final int records;
    private final Path dataDir;
    private final int port;
    private final int baselineQuestions;
    private final PrintStream out;

    /** {@code baselineQuestions}: how many of each kind pg_trgm is asked; 0 for as many as the size allows. */
    public ScreeningBenchmark(int records, Path dataDir, int port, int baselineQuestions, PrintStream out) {
        this.baselineQuestions = baselineQuestions;
        this.records = records;
        this.dataDir = dataDir;
        this.port = port;
        this.out = out;
    }

    /** A name question and the label of the record it was made from. */
    private record NameQuestion(String name, String targetLatin) {
    }

    /** What the preparation leaves for the measurements: the questions, the labelled records, the index build. */
    private record Prepared(List<NameQuestion> names, List<NameQuestion> thai, List<SearchQuery.Identifier> ids,
                            Map<String, UUID> labelled, double indexSeconds, long total) {

        private static final String FILE = "bench-screening-questions.tsv";

        void save(Path dir) throws IOException {
            List<String> lines = new ArrayList<>();
            lines.add("INDEX\t" + indexSeconds + "\t" + total);
            names.forEach(q -> lines.add("NAME\t" + q.name() + "\t" + q.targetLatin()));
            thai.forEach(q -> lines.add("THAI\t" + q.name() + "\t" + q.targetLatin()));
            ids.forEach(i -> lines.add("ID\t" + i.type() + "\t" + i.value()));
            labelled.forEach((name, id) -> lines.add("LABELLED\t" + name + "\t" + id));
            Files.write(dir.resolve(FILE), lines);
        }

        static Prepared read(Path dir) throws IOException {
            Path file = dir.resolve(FILE);
            if (!Files.exists(file)) {
                throw new IllegalStateException(dir + " holds no earlier screening run to ask again (" + FILE + ")");
            }
            Prepared p = new Prepared(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new HashMap<>(), 0, 0);
            double seconds = 0;
            long total = 0;
            for (String line : Files.readAllLines(file)) {
                String[] f = line.split("\t", 3);
                switch (f[0]) {
                    case "INDEX" -> {
                        seconds = Double.parseDouble(f[1]);
                        total = Long.parseLong(f[2]);
                    }
                    case "NAME" -> p.names().add(new NameQuestion(f[1], f[2]));
                    case "THAI" -> p.thai().add(new NameQuestion(f[1], f[2]));
                    case "ID" -> p.ids().add(new SearchQuery.Identifier(f[1], f[2]));
                    case "LABELLED" -> p.labelled().put(f[1], UUID.fromString(f[2]));
                    default -> throw new IllegalStateException("Unreadable line in " + file + ": " + f[0]);
                }
            }
            return new Prepared(p.names(), p.thai(), p.ids(), p.labelled(), seconds, total);
        }
    }

    /**
     * Runs the suite; with {@code reuse}, asks the questions again of the data folder an earlier run left, without
     * generating, importing and indexing again (the index build figures are the earlier run's).
     */
    public void run(boolean reuse) throws Exception {
        Files.createDirectories(dataDir);
        Prepared prepared = reuse ? Prepared.read(dataDir) : prepare();
        List<NameQuestion> names = prepared.names();
        List<NameQuestion> thai = prepared.thai();
        List<SearchQuery.Identifier> ids = prepared.ids();
        Map<String, UUID> labelled = prepared.labelled();
        double indexSeconds = prepared.indexSeconds();
        long total = prepared.total();
        double indexMb = folderSize(dataDir.resolve("index")) / 1024.0 / 1024.0;

        SpringApplication app = new SpringApplication(EadsApplication.class);
        try (ConfigurableApplicationContext node = app.run("--server.port=" + port, "--eads.data-dir=" + dataDir)) {
            Screening screening = node.getBean(Screening.class);
            EadsUser officer = BenchLoad.user(node.getBean(Users.class), "THA", Role.OFFICER);
            String token = node.getBean(ApiTokens.class).issue(officer.username(), Duration.ofHours(24), "benchmark");
            Function<NameQuestion, SearchQuery> byName = q -> new SearchQuery(q.name(), null, null, null, null, null,
                    null, 10, "benchmark");
            Function<SearchQuery.Identifier, SearchQuery> byId = i -> new SearchQuery(null, null, null, null, null,
                    List.of(i), null, 10, "benchmark");

            timed(names, q -> screening.search(officer, byName.apply(q)), 300); // warm-up
            timed(ids, i -> screening.search(officer, byId.apply(i)), 300);
            double[] nameP50 = new double[RUNS], nameP99 = new double[RUNS], idP99 = new double[RUNS];
            for (int r = 0; r < RUNS; r++) {
                Latencies n = timed(names, q -> screening.search(officer, byName.apply(q)), PER_RUN);
                Latencies i = timed(ids, q -> screening.search(officer, byId.apply(q)), PER_RUN);
                nameP50[r] = n.percentile(50);
                nameP99[r] = n.percentile(99);
                idP99[r] = i.percentile(99);
                out.printf("run %d: name p50 %.2f ms p99 %.2f ms | identifier p99 %.2f ms%n", r + 1, nameP50[r],
                        nameP99[r], idP99[r]);
            }
            double nameQps = throughput(names, q -> screening.search(officer, byName.apply(q)), 2000);
            double idPerS = throughput(ids, q -> screening.search(officer, byId.apply(q)), 4000);

            double exactRecall = recallAt10(names, q -> screening.search(officer, byName.apply(q)).matches());
            Quality quality = quality(screening, officer, labelled);
            double thaiRecall = recallAt10(thai, q -> screening.search(officer, byName.apply(q)).matches());

            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String url = "http://localhost:" + port + "/api/v1/search";
            Function<String, Object> post = body -> {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(r.statusCode() + " " + r.body());
                    }
                    return r;
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            };
            Function<NameQuestion, Object> httpName = q -> post.apply("{\"name\":" + json(q.name()) + ",\"limit\":10}");
            Function<SearchQuery.Identifier, Object> httpId = i -> post.apply("{\"identifiers\":[{\"type\":\""
                    + i.type() + "\",\"value\":" + json(i.value()) + "}],\"limit\":10}");
            throughput(names, httpName, 300);
            double httpNameQps = throughput(names, httpName, 2000);
            double httpIdPerS = throughput(ids, httpId, 4000);

            System.gc();
            double heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024.0 / 1024.0;
            double p50 = Latencies.median(nameP50);
            // kept in the output should the baseline take too long to wait for
            out.printf("Ours, before the baseline: name p50 %.2f ms p99 %.2f ms, %.0f queries/s; identifier p99 %.2f ms,"
                            + " %.0f lookups/s; HTTP %.0f names/s, %.0f lookups/s; exact names in the top 10 %.3f;"
                            + " labelled variants in the top 10 %.3f; labelled recall %.3f precision %.3f;"
                            + " candidate recall@100 %.3f (strict %.3f / %.3f); Thai %.3f; heap %.0f MiB%n",
                    p50, Latencies.median(nameP99), nameQps, Latencies.median(idP99), idPerS, httpNameQps, httpIdPerS,
                    exactRecall, quality.recallAt10, quality.recall, quality.precision, quality.candidateRecall,
                    quality.strictRecall, quality.strictCandidateRecall, thaiRecall, heapMb);

            Baseline baseline = pgTrgm(node.getBean(JdbcClient.class), names, labelled);
            out.println();
            out.println("| measure | value |");
            out.println("|---|---|");
            out.printf("| records (persons + indicators) | %,d |%n", total);
            out.printf("| name screening in process, p50 / p99 | %.2f / %.2f ms |%n", p50, Latencies.median(nameP99));
            out.printf("| name screening, 2 threads | %.0f queries/s |%n", nameQps);
            out.printf("| identifier screening in process, p99 | %.2f ms, %.0f lookups/s with 2 threads |%n",
                    Latencies.median(idP99), idPerS);
            out.printf("| through HTTP, 2 clients | %.0f name searches/s, %.0f identifier lookups/s |%n", httpNameQps,
                    httpIdPerS);
            out.printf("| pg_trgm baseline, p50 | %.2f ms (%.1f times ours) |%n", baseline.p50, baseline.p50 / p50);
            out.printf("| exact-name questions found in the top 10 | pg_trgm %.3f, ours %.3f |%n", baseline.recall,
                    exactRecall);
            out.printf("| labelled variants found in the top 10 among all records | pg_trgm %.3f, ours %.3f |%n",
                    baseline.labelledRecall, quality.recallAt10);
            out.printf("| labelled set at the default threshold among all records | recall %.3f, precision %.3f "
                    + "(%d pairs) |%n", quality.recall, quality.precision, quality.pairs);
            out.printf("| candidate recall@100 (labelled variants among the index's candidates) | %.3f |%n",
                    quality.candidateRecall);
            out.printf("| the labelled record itself, not a namesake: found / among the candidates | %.3f / %.3f |%n",
                    quality.strictRecall, quality.strictCandidateRecall);
            out.printf("| Thai-script question finds the record in the top 10 | %.3f |%n", thaiRecall);
            out.printf("| index build | %.1f s, %.0f MiB on disk |%n", indexSeconds, indexMb);
            out.printf("| heap used after GC (whole application, in this process) | %.0f MiB |%n", heapMb);
            out.printf("suite=screening records=%d name_p50_ms=%.2f name_p99_ms=%.2f name_qps=%.0f id_p99_ms=%.2f "
                            + "id_per_s=%.0f http_name_qps=%.0f http_id_per_s=%.0f pgtrgm_ratio=%.1f pgtrgm_recall=%.3f "
                            + "recall=%.3f precision=%.3f thai_recall10=%.3f index_s=%.1f index_mb=%.0f heap_mb=%.0f%n",
                    total, p50, Latencies.median(nameP99), nameQps, Latencies.median(idP99), idPerS, httpNameQps,
                    httpIdPerS, baseline.p50 / p50, baseline.recall, quality.recall, quality.precision, thaiRecall,
                    indexSeconds, indexMb, heapMb);
        }
    }

    private Prepared prepare() throws IOException {
        List<NameQuestion> names = new ArrayList<>();
        List<NameQuestion> thai = new ArrayList<>();
        List<SearchQuery.Identifier> ids = new ArrayList<>();
        long[] counter = {0};
        try (ConfigurableApplicationContext offline = EadsCli.offline(Map.of("eads.data-dir", dataDir.toString()))) {
            List<Member> countries = offline.getBean(Members.class).countries();
            int perMember = Math.max(1, 2 * records / countries.size());
            BenchLoad.load(offline, countries, perMember, new RecordMix(50, 0, 50, 0, 0, 0), dataDir, out,
                    (member, input) -> {
                        if (visibleToThailand(member, input)) {
                            sample(input, counter[0]++, names, thai, ids);
                        }
                    });
            Map<String, UUID> labelled = addLabelledCandidates(offline);
            offline.getBean(JdbcClient.class).sql("analyze record").update();
            Reindexing.Outcome index = offline.getBean(Reindexing.class).reindex("benchmark");
            out.printf("Search index built: %,d records in %.1f s%n", index.records(), index.millis() / 1000.0);
            Prepared prepared = new Prepared(names, thai, ids, labelled, index.millis() / 1000.0, index.records());
            prepared.save(dataDir);
            return prepared;
        }
    }

    /**
     * Questions are asked by a Thai officer: only records Thailand may see in full make fair questions (the pg_trgm
     * baseline knows nothing of sharing, and a hit-only answer has no label to check).
     */
    private static boolean visibleToThailand(String owner, RecordInput in) {
        return owner.equals("THA") || switch (in.sharingLevel()) {
            case MEMBERS, MEMBERS_AND_PARTNERS -> true;
            case SELECTED -> in.sharedWith().contains("THA");
            default -> false;
        };
    }

    /** Keeps every so many persons (a Latin name form) and indicators as questions; Thai-script names separately. */
    private static void sample(RecordInput in, long n, List<NameQuestion> names, List<NameQuestion> thai,
                               List<SearchQuery.Identifier> ids) {
        if (n % SAMPLE_EVERY != 0) {
            return;
        }
        if (in.data() instanceof PersonData p && p.primaryName() != null) {
            PersonName primary = p.primaryName();
            String latin = primary.latin() != null ? primary.latin() : primary.full();
            names.add(new NameQuestion(latin, latin));
            if ("Thai".equals(primary.script()) && primary.latin() != null) {
                thai.add(new NameQuestion(primary.full(), primary.latin()));
            }
        } else if (in.data() instanceof IndicatorData i) {
            // as a bank or a border post would ask: the identifier in its full international form
            ids.add(new SearchQuery.Identifier(i.indicatorType().name(), i.normalize().normalized()));
        }
    }

    private static <T> Latencies timed(List<T> questions, Function<T, ?> ask, int n) {
        Latencies l = new Latencies(n);
        for (int k = 0; k < n; k++) {
            T q = questions.get(k % questions.size());
            long t0 = System.nanoTime();
            ask.apply(q);
            l.add(System.nanoTime() - t0);
        }
        return l;
    }

    private static <T> double throughput(List<T> questions, Function<T, ?> ask, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int offset = t;
                work.add(pool.submit(() -> {
                    for (int k = offset; k < n; k += 2) {
                        ask.apply(questions.get(k % questions.size()));
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            return n / ((System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    /** The share of questions whose record (found by its Latin name in the label) is in the top ten. */
    private static double recallAt10(List<NameQuestion> all, Function<NameQuestion, List<Match>> ask) {
        if (all.isEmpty()) {
            return Double.NaN;
        }
        List<NameQuestion> questions = all.subList(0, Math.min(RECALL_QUESTIONS, all.size()));
        int found = 0;
        for (NameQuestion q : questions) {
            if (ask.apply(q).stream().limit(10).anyMatch(m -> m.label() != null && m.label().contains(q.targetLatin()))) {
                found++;
            }
        }
        return (double) found / questions.size();
    }

    private record Baseline(double p50, double recall, double labelledRecall) {
    }

    /**
     * The same name questions by trigram similarity on the record's label, as a typical system would ask, and the
     * labelled variants. A trigram search reads much of the index at millions of records, so above a million
     * records fewer questions are asked (at least 40 of each kind).
     */
    private Baseline pgTrgm(JdbcClient jdbc, List<NameQuestion> names, Map<String, UUID> labelled) {
        jdbc.sql("create extension if not exists pg_trgm").update();
        long t0 = System.nanoTime();
        jdbc.sql("create index if not exists bench_record_label_trgm on record using gin (label gin_trgm_ops) "
                + "where type = 'PERSON'").update();
        out.printf("pg_trgm index built in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        Function<String, List<Map<String, Object>>> ask = q -> jdbc.sql("""
                select id, label from record where type = 'PERSON' and deleted_at is null and label % :q
                order by label <-> :q limit 10""").param("q", q).query().listOfRows();
        int questions = baselineQuestions > 0 ? baselineQuestions
                : (int) Math.max(40, Math.min(RECALL_QUESTIONS, RECALL_QUESTIONS * 1_000_000L / records));
        timed(names, q -> ask.apply(q.name()), Math.min(questions, 10));
        Latencies l = new Latencies(questions);
        int found = 0;
        for (NameQuestion q : names.subList(0, Math.min(questions, names.size()))) {
            long started = System.nanoTime();
            List<Map<String, Object>> rows = ask.apply(q.name());
            l.add(System.nanoTime() - started);
            found += rows.stream().anyMatch(row -> ((String) row.get("label")).contains(q.targetLatin())) ? 1 : 0;
        }
        List<LabelledNamePairs.Pair> variants = LabelledNamePairs.load().stream().filter(LabelledNamePairs.Pair::match)
                .toList();
        int every = Math.max(1, variants.size() / questions);
        int asked = 0;
        int variantsFound = 0;
        for (int i = 0; i < variants.size(); i += every) {
            LabelledNamePairs.Pair pair = variants.get(i);
            UUID wanted = labelled.get(pair.candidate());
            asked++;
            variantsFound += ask.apply(pair.query()).stream().anyMatch(row -> wanted.equals(row.get("id"))) ? 1 : 0;
        }
        out.printf("pg_trgm: %d name questions, %d labelled variants asked%n", l.count(), asked);
        return new Baseline(l.percentile(50), (double) found / Math.min(questions, names.size()),
                (double) variantsFound / asked);
    }

    /**
     * The labelled set's recorded names, each as a person record of Thailand's shared with all members, hidden
     * among the generated records: the labelled questions are then asked of the whole index.
     */
    private static Map<String, UUID> addLabelledCandidates(ConfigurableApplicationContext context) {
        Records records = context.getBean(Records.class);
        EadsUser owner = BenchLoad.user(context.getBean(Users.class), "THA", Role.OFFICER);
        Map<String, UUID> ids = new HashMap<>();
        for (LabelledNamePairs.Pair pair : LabelledNamePairs.load()) {
            ids.computeIfAbsent(pair.candidate(), name -> records.create(owner, new RecordInput(new PersonData(
                    List.of(new PersonName(name, null, null, null, PersonName.Kind.PRIMARY)), null, null, null, null,
                    null, null, null, null, null), SharingLevel.MEMBERS, null, null, null, null, null, null)).id());
        }
        return ids;
    }

    private record Quality(int pairs, double recall, double precision, double recallAt10, double candidateRecall,
                           double strictRecall, double strictCandidateRecall) {
    }

    /**
     * The labelled questions asked of the whole index. A pair counts as found when its recorded name is among the
     * matches at the default threshold (up to the most a search returns), whether as the labelled record itself or
     * as a generated record of exactly the same name: a name alone cannot tell namesakes apart, and the generator
     * gives every name many. Recall and precision over the pairs' labels; recall@10 of the variants; candidate
     * recall@100 (among the index's candidates before scoring); and, strictly, the labelled record itself.
     */
    private Quality quality(Screening screening, EadsUser officer, Map<String, UUID> labelled) {
        LabelledNamePairs.Tally found = new LabelledNamePairs.Tally();
        LabelledNamePairs.Tally inTopTen = new LabelledNamePairs.Tally();
        LabelledNamePairs.Tally candidates = new LabelledNamePairs.Tally();
        LabelledNamePairs.Tally strict = new LabelledNamePairs.Tally();
        LabelledNamePairs.Tally strictCandidates = new LabelledNamePairs.Tally();
        List<String> missed = new ArrayList<>();
        List<LabelledNamePairs.Pair> pairs = LabelledNamePairs.load();
        for (LabelledNamePairs.Pair pair : pairs) {
            UUID wanted = labelled.get(pair.candidate());
            SearchQuery q = new SearchQuery(pair.query(), null, null, null, null, null, null, SearchQuery.MAX_LIMIT,
                    "benchmark");
            List<Match> matches = screening.search(officer, q).matches();
            int position = position(matches, wanted, pair.candidate());
            found.add(pair.match(), position >= 0);
            if (pair.match()) {
                inTopTen.add(true, position >= 0 && position < 10);
                strict.add(true, matches.stream().anyMatch(m -> wanted.equals(m.recordId())));
                List<Match> offered = screening.candidates(officer, q);
                candidates.add(true, position(offered, wanted, pair.candidate()) >= 0);
                strictCandidates.add(true, offered.stream().anyMatch(m -> wanted.equals(m.recordId())));
                if (position < 0 && missed.size() < 25) {
                    missed.add(pair.culture() + ": " + pair.query() + " | " + pair.candidate() + "   candidates: "
                            + offered.size() + ", first " + String.join("; ", offered.stream().limit(3)
                            .map(m -> m.label() + String.format(" %.2f", m.score())).toList()));
                }
            }
        }
        out.println("Labelled variants not found among all records (first 25):");
        missed.forEach(m -> out.println("  " + m));
        return new Quality(pairs.size(), found.recall(), found.precision(), inTopTen.recall(), candidates.recall(),
                strict.recall(), strictCandidates.recall());
    }

    /**
     * Where the record, or a record of the same name, stands among the matches; -1 if nowhere. The same name: the
     * same letters, marks, case, spaces and order aside ("Juan dela Cruz", "Juan De La Cruz"; "Nguyễn Văn An", "An
     * Van Nguyen"), as the engine's candidate step counts namesakes.
     */
    private static int position(List<Match> matches, UUID record, String name) {
        String words = words(name);
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            if (record.equals(m.recordId()) || m.label() != null && words(m.label()).equals(words)) {
                return i;
            }
        }
        return -1;
    }

    private static String words(String label) {
        int born = label.indexOf(", born ");
        String name = Normalizer.normalize(born < 0 ? label : label.substring(0, born), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return name.codePoints().filter(Character::isLetter).sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static long folderSize(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
