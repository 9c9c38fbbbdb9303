package org.eads.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.eads.TestUsers;
import org.eads.cli.bench.StatsData;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.stats.StatsFilter.Measure;
import org.eads.stats.StatsFilter.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Times the dashboard's questions on the benchmark's volume and prints their query plan; run by hand only (a
 * measurement, not a test): {@code ./mvnw verify -Dtest=StatsAnalysisVolumeProbeTest -Dprobe.stats=5000000}.
 * Figures in docs/STATS_ANALYSIS.md.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "probe.stats", matches = "\\d+")
class StatsAnalysisVolumeProbeTest {

    private static final int RUNS = 40;

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired Users users;
    @Autowired StatsAnalysis analysis;

    @Test
    void dashboardQuestionsOnFiveMillionValues() throws Exception {
        long target = Long.getLong("probe.stats");
        StatsData.Written w = new StatsData(StatsData.provincesFor(target), 2026).write(dataSource, System.out);
        System.out.printf("PROBE wrote %,d values in %d submissions over %d crime areas in %.1f s%n", w.values(),
                w.submissions(), w.crimeAreas(), w.seconds());
        System.out.printf("PROBE stats_fact rows: %,d%n",
                jdbc.sql("select count(*) from stats_fact").query(Long.class).single());
        EadsUser secretariat = TestUsers.create(users, "ASP", Role.ANALYST);
        EadsUser thailand = TestUsers.create(users, "THA", Role.ANALYST);

        StatsFilter drugsByYear = new StatsFilter("DRUG_TRAFFICKING", "CASES", null, null, 2016, 2025, Step.YEAR,
                Measure.RATE);
        StatsFilter fraudByMonth = new StatsFilter("FRAUD", "CASES", null, null, 2021, 2025, Step.MONTH, Measure.COUNT);
        StatsFilter victimsFemale = new StatsFilter("TRAFFICKING_IN_PERSONS", "VICTIMS", "SEX=F", null, 2016, 2025,
                Step.QUARTER, Measure.RATE);
        PivotQuery areasByYear = new PivotQuery(PivotQuery.Dimension.CRIME_AREA, PivotQuery.Dimension.YEAR, null,
                List.of("CASES"), null, 2016, 2025, Measure.RATE);
        PivotQuery membersByYear = new PivotQuery(PivotQuery.Dimension.MEMBER, PivotQuery.Dimension.YEAR,
                List.of("FRAUD"), List.of("CASES"), null, 2016, 2025, Measure.COUNT);
        Map<String, Supplier<Object>> questions = new java.util.LinkedHashMap<>();
        questions.put("series by year, rates (Secretariat)", () -> analysis.series(secretariat, drugsByYear));
        questions.put("series by month (member)", () -> analysis.series(thailand, fraudByMonth));
        questions.put("series of a part by quarter", () -> analysis.series(secretariat, victimsFemale));
        questions.put("comparison of members", () -> analysis.comparison(secretariat, drugsByYear, 2025));
        questions.put("year-on-year with tests", () -> analysis.yearOnYear(secretariat, drugsByYear, 2025));
        questions.put("seizures by substance, all areas", () -> analysis.seizures(secretariat,
                new StatsFilter(null, "SEIZED_DRUGS_KG", null, null, 2016, 2025, null, null)));
        questions.put("seizures by substance, one area", () -> analysis.seizures(secretariat,
                new StatsFilter("DRUG_TRAFFICKING", "SEIZED_DRUGS_KG", null, null, 2016, 2025, null, null)));
        questions.put("pivot crime areas x years", () -> analysis.pivot(secretariat, areasByYear));
        questions.put("pivot members x years", () -> analysis.pivot(thailand, membersByYear));
        questions.put("dashboard page (all of its questions)", () -> {
            analysis.yearOnYear(thailand, drugsByYear, null);
            analysis.series(thailand, drugsByYear);
            analysis.comparison(thailand, drugsByYear, null);
            return analysis.seizures(thailand, new StatsFilter("DRUG_TRAFFICKING", "SEIZED_DRUGS_KG", null, null, 2016,
                    2025, null, null));
        });
        List<Double> all = new ArrayList<>();
        for (var q : questions.entrySet()) {
            for (int i = 0; i < 3; i++) {
                q.getValue().get();
            }
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                q.getValue().get();
                ms.add((System.nanoTime() - t0) / 1e6);
            }
            if (!q.getKey().startsWith("dashboard page")) {
                all.addAll(ms);
            }
            ms.sort(null);
            System.out.printf("PROBE %-40s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms%n", q.getKey(),
                    ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1), ms.getLast());
        }
        all.sort(null);
        System.out.printf("PROBE every question: p50 %.1f ms, p95 %.1f ms%n", all.get(all.size() / 2),
                all.get((int) Math.ceil(all.size() * 0.95) - 1));
        for (String plan : jdbc.sql("""
                explain (analyze, buffers)
                select member, crime_area, indicator, disaggregation, year::text, sum(value)
                from stats_fact where crime_area = any('{DRUG_TRAFFICKING}') and indicator = any('{CASES}')
                  and disaggregation = any('{""}') and member = any('{BRN,KHM,IDN,LAO,MYS,MMR,PHL,SGP,THA,VNM}')
                  and year between 2016 and 2025
                group by 1, 2, 3, 4, 5""").query(String.class).list()) {
            System.out.println("PROBE plan " + plan);
        }
        for (String plan : jdbc.sql("""
                explain (analyze, buffers)
                select member, crime_area, indicator, disaggregation, year::text, sum(value)
                from stats_fact where crime_area = any(array(select code from stats_crime_area order by code limit 20))
                  and indicator = any('{SEIZED_DRUGS_KG}')
                  and disaggregation = any('{SUBSTANCE=METHAMPHETAMINE,SUBSTANCE=HEROIN,SUBSTANCE=CANNABIS,SUBSTANCE=KETAMINE,SUBSTANCE=MDMA,SUBSTANCE=COCAINE,SUBSTANCE=OTHER}')
                  and member = any('{BRN,KHM,IDN,LAO,MYS,MMR,PHL,SGP,THA,VNM}')
                  and year between 2016 and 2025
                group by 1, 2, 3, 4, 5""").query(String.class).list()) {
            System.out.println("PROBE plan " + plan);
        }
    }
}
