package org.eads.cli.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eads.cli.EadsCli;
import org.eads.dvi.DnaProfileInput;
import org.eads.dvi.DviFile;
import org.eads.dvi.DviFiles;
import org.eads.dvi.DviMatching;
import org.eads.dvi.DviOperations;
import org.eads.dvi.MatchingRun;
import org.eads.dvi.Operation;
import org.eads.dvi.StoredCandidate;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code eads bench dvi}: generates an operation ({@link DviData}: by default 5,000 bodies of which 500 have no AM
 * file, and 20,000 missing persons), loads it as one bulk load, times the full matching run it starts, then reads
 * every body's stored list and scores it against the truth per evidence kind. Last, new bodies with DNA and a dental
 * chart are entered one at a time and the time until each one's list is stored is measured.
 */
public final class DviBenchmark {

    private static final int NEW_BODIES = 25;
    private static final int WARM_UP = 5;

    private final int bodies;
    private final int missing;
    private final Path dataDir;
    private final PrintStream out;

    public DviBenchmark(int bodies, int missing, Path dataDir, PrintStream out) {
        this.bodies = bodies;
        this.missing = missing;
        this.dataDir = dataDir;
        this.out = out;
    }

    /** Correct at rank one and in the top ten, of how many. */
    private static final class Score {
        int cases;
        int first;
        int top10;

        void add(List<StoredCandidate> list, String truth) {
            cases++;
            if (!list.isEmpty() && list.getFirst().amNumber().equals(truth)) {
                first++;
            }
            if (list.stream().anyMatch(c -> c.amNumber().equals(truth))) {
                top10++;
            }
        }

        String line(String kind) {
            return String.format("%-34s %6d %9.2f%% %9.2f%%", kind, cases, percent(first), percent(top10));
        }

        double percent(int n) {
            return cases == 0 ? Double.NaN : 100.0 * n / cases;
        }
    }

    public void run() throws Exception {
        Files.createDirectories(dataDir);
        try (ConfigurableApplicationContext context = EadsCli.offline(Map.of("eads.data-dir", dataDir.toString()))) {
            Users users = context.getBean(Users.class);
            EadsUser officer = BenchLoad.user(users, "THA", Role.OFFICER);
            DviOperations operations = context.getBean(DviOperations.class);
            DviFiles files = context.getBean(DviFiles.class);
            DviMatching matching = context.getBean(DviMatching.class);
            Operation o = operations.open(officer, new Operation.Input("Benchmark " + System.nanoTime(),
                    "Andaman coast", LocalDate.of(2026, 11, 1), null, null, null, null, missing, Set.of("MYS", "IDN")));

            out.printf("Generating %,d bodies (%,d without an AM file) and %,d missing persons...%n", bodies,
                    bodies / 10, missing);
            DviData generator = new DviData(operations.frequencies(o.frequencyTableId()),
                    DnaProfileInput.CODIS_CORE_LOCI, 20261124L);
            DviData.Operation generated = generator.generate(bodies, bodies / 10, missing);
            out.println("Loading them...");
            long l0 = System.nanoTime();
            MatchingRun run = files.load(officer, o.id(), generated.files());
            out.printf("  loaded in %.1f s; the full matching run started%n", (System.nanoTime() - l0) / 1e9);
            int lastPercent = -1;
            while (!run.finished()) {
                Thread.sleep(1000);
                run = matching.latestRun(officer, o.id()).orElseThrow();
                if (run.percent() / 10 != lastPercent / 10) {
                    lastPercent = run.percent();
                    out.printf("  %d%% (%,d of %,d bodies)%n", run.percent(), run.done(), run.bodies());
                }
            }
            if (run.status() != MatchingRun.Status.DONE) {
                throw new IllegalStateException("The run ended " + run.status() + ": " + run.message());
            }
            double fullSeconds = Duration.between(run.startedAt(), run.finishedAt()).toMillis() / 1e3;
            out.printf("Full run: %.1f s, %s%n", fullSeconds, run.message());

            DviData.Truth truth = generated.truth();
            Score direct = new Score();
            Score kinship2 = new Score();
            Score kinship1 = new Score();
            Score dental8 = new Score();
            Score dentalAll = new Score();
            int falseStrong = 0;
            int unmatchedWithStrong = 0;
            for (DviFile pm : files.list(officer, o.id(), DviFile.Kind.PM, 0, bodies)) {
                List<StoredCandidate> list = matching.candidates(officer, pm.id());
                String am = truth.amOfBody().get(pm.number());
                falseStrong += (int) list.stream().filter(c -> c.status() == StoredCandidate.Status.STRONG
                        && !c.amNumber().equals(am)).count();
                if (am == null) {
                    unmatchedWithStrong += list.stream().anyMatch(c -> c.status() == StoredCandidate.Status.STRONG)
                            ? 1 : 0;
                    continue;
                }
                boolean pmDna = truth.dnaPm().get(pm.number());
                if (pmDna && truth.direct().get(am)) {
                    direct.add(list, am);
                } else if (pmDna && truth.firstDegree().get(am) >= 2) {
                    kinship2.add(list, am);
                } else if (pmDna && truth.firstDegree().get(am) == 1) {
                    kinship1.add(list, am);
                } else if (!pmDna && truth.dentalPm().get(pm.number()) && truth.dentalAm().get(am)) {
                    StoredCandidate mate = list.stream().filter(c -> c.amNumber().equals(am)).findFirst().orElse(null);
                    dentalAll.add(list, am);
                    if (mate == null || mate.dentalInformative() == null || mate.dentalInformative() >= 8) {
                        dental8.add(list, am);
                    }
                }
            }

            List<Double> onePm = new ArrayList<>();
            DviData.Operation extra = new DviData(operations.frequencies(o.frequencyTableId()),
                    DnaProfileInput.CODIS_CORE_LOCI, 7L).generate(NEW_BODIES + WARM_UP, NEW_BODIES + WARM_UP, 0);
            int n = 0;
            for (DviFiles.Collected c : extra.files()) {
                DviFile.Input in = c.file();
                DviFile pm = files.create(officer, o.id(), DviFile.Kind.PM, new DviFile.Input("NEW-" + in.number(),
                        in.sex(), in.ageMin(), in.ageMax(), in.statureMinCm(), in.statureMaxCm(), null, null, null,
                        null, null, null, null, null, null, null));
                if (c.teeth() != null) {
                    files.chart(officer, DviFile.Kind.PM, pm.id(), null, c.teeth());
                }
                DnaProfileInput dna = c.dna().isEmpty() ? null : c.dna().getFirst();
                long t0 = System.nanoTime();
                if (dna != null) {
                    files.addDna(officer, DviFile.Kind.PM, pm.id(), dna);
                } else {
                    files.chart(officer, DviFile.Kind.PM, pm.id(), null, c.teeth() == null ? Map.of() : c.teeth());
                }
                double ms = (System.nanoTime() - t0) / 1e6;
                if (n++ >= WARM_UP) {
                    onePm.add(ms);
                }
            }
            onePm.sort(Double::compare);
            double onePmMedian = onePm.get(onePm.size() / 2);

            out.println();
            out.printf("%-34s %6s %10s %10s%n", "evidence of the true match", "bodies", "rank 1", "top 10");
            out.println(direct.line("DNA, direct reference"));
            out.println(kinship2.line("DNA, two or more first-degree"));
            out.println(kinship1.line("DNA, one first-degree relative"));
            out.println(dental8.line("dental only, 8+ informative teeth"));
            out.println(dentalAll.line("dental only, any"));
            out.printf("false strong candidates: %d; bodies without AM file with a strong candidate: %d%n",
                    falseStrong, unmatchedWithStrong);
            out.printf("full run %.1f s; one new body ranked and stored: median %.0f ms, max %.0f ms (%d bodies)%n",
                    fullSeconds, onePmMedian, onePm.getLast(), onePm.size());
            out.printf("suite=dvi pm=%d am=%d direct_rank1=%.4f kinship_rank1=%.4f dental_top10=%.4f false_strong=%d "
                            + "full_s=%.1f one_pm_ms=%.0f%n", bodies, missing, direct.percent(direct.first) / 100,
                    kinship2.percent(kinship2.first) / 100, dental8.percent(dental8.top10) / 100, falseStrong,
                    fullSeconds, onePmMedian);
        }
    }
}
