package org.eads.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eads.TestUsers;
import org.eads.demo.StatsDemo;
import org.eads.demo.internal.StatsDemoLoader;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.Problems;
import org.eads.stats.internal.rules.AcceptedHistory;
import org.eads.stats.internal.rules.RuleEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's statistics: plausible values that keep the blocking rules, and their loading through the services into
 * accepted values, drafts, a submission waiting and one returned. Loads 2019 for five members (no other test uses
 * 2019 or the five years before it).
 */
@SpringBootTest
class StatsDemoTest {

    @Autowired Classifications classifications;
    @Autowired ValidationRules rules;
    @Autowired StatsDemoLoader loader;
    @Autowired StatsSubmissions submissions;
    @Autowired StatsCompleteness completeness;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;

    private static long total(List<ValueInput> values, String area, String indicator) {
        return values.stream().filter(v -> v.crimeArea().equals(area) && v.indicator().equals(indicator)
                && v.disaggregation().isEmpty()).mapToLong(v -> Long.parseLong(v.value())).sum();
    }

    @Test
    void theValuesAreValidScaleWithTheCountryAndRiseWhereScamsDriveThem() {
        Classification c = classifications.inForce(2024);
        List<RuleEngine.CompiledRule> blocking = rules.active().stream()
                .filter(r -> r.rule().severity() == ValidationRule.Severity.BLOCKING).toList();
        for (String member : StatsFixtures.MEMBERS) {
            for (Period p : List.of(Period.month(2019, 1), Period.month(2024, 7), Period.quarter(2025, 3))) {
                Map<Classification.Cell, ReportedValue> values = new HashMap<>();
                for (ValueInput in : StatsDemo.values(7, member, p, c)) {
                    Problems problems = new Problems();
                    ReportedValue v = in.check(c, p, problems);
                    assertThat(problems.list()).as(member + " " + p + " " + in).isEmpty();
                    values.put(v.cell(), v);
                }
                assertThat(values).isNotEmpty();
                assertThat(RuleEngine.evaluate(blocking, c, p, values, AcceptedHistory.EMPTY))
                        .as(member + " " + p).isEmpty();
            }
        }
        Period july = Period.month(2024, 7);
        assertThat(total(StatsDemo.values(7, "IDN", july, c), "DRUG_TRAFFICKING", "CASES"))
                .isGreaterThan(10 * total(StatsDemo.values(7, "BRN", july, c), "DRUG_TRAFFICKING", "CASES"));
        long fraud2019 = 0;
        long fraud2025 = 0;
        for (int m = 1; m <= 12; m++) {
            fraud2019 += total(StatsDemo.values(7, "THA", Period.month(2019, m), c), "FRAUD", "CASES");
            fraud2025 += total(StatsDemo.values(7, "THA", Period.month(2025, m), c), "FRAUD", "CASES");
        }
        assertThat(fraud2025).isGreaterThan(2 * fraud2019);
        assertThat(StatsDemo.values(7, "LAO", july, c)).anyMatch(v -> v.indicator().equals("AMOUNT_LOST")
                && v.value().equals("NA"));
        assertThat(StatsDemo.values(7, "THA", july, c)).isEqualTo(StatsDemo.values(7, "THA", july, c));
    }

    @Test
    void theLoaderEntersEverythingThroughTheServices() {
        Map<String, EadsUser> focalPoints = new TreeMap<>();
        Map<String, EadsUser> supervisors = new HashMap<>();
        for (String member : List.of("LAO", "MYS", "PHL", "THA", "VNM")) {
            focalPoints.put(member, TestUsers.create(users, member, Role.STATISTICS_FOCAL_POINT));
            supervisors.put(member, TestUsers.create(users, member, Role.SUPERVISOR));
        }
        EadsUser secretariat = TestUsers.create(users, "ASP", Role.STATISTICS_FOCAL_POINT);

        int accepted = loader.load(7, LocalDate.of(2020, 3, 20), focalPoints, supervisors, secretariat);

        assertThat(accepted).isEqualTo(5 * 16 - 1);
        assertThat(jdbc.sql("select count(distinct member || period) from stats_fact where year = 2019 and member in "
                + "('LAO', 'MYS', 'PHL', 'THA', 'VNM')").query(Integer.class).single()).isEqualTo(79);
        assertThat(jdbc.sql("select value from stats_fact where member = 'MYS' and period = '2019-06' "
                + "and crime_area = 'FRAUD' and indicator = 'CASES'").query(BigDecimal.class).single())
                .isPositive();
        assertThat(submissions.list(secretariat, "PHL", 2020, SubmissionStatus.SUBMITTED))
                .extracting(Submission::period).containsExactly("2020-01");
        assertThat(submissions.list(secretariat, "LAO", 2019, SubmissionStatus.RETURNED))
                .singleElement().satisfies(s -> {
                    assertThat(s.period()).isEqualTo("2019-Q4");
                    assertThat(s.reviewComment()).isEqualTo(StatsDemo.RETURN_COMMENT);
                });
        assertThat(submissions.list(secretariat, null, 2020, SubmissionStatus.DRAFT)).extracting(Submission::member)
                .contains("MYS", "THA", "VNM");
        Completeness year = completeness.of(secretariat, 2019);
        Completeness.Cell mysJanuary = year.rows().stream().filter(r -> r.member().equals("MYS")).findFirst()
                .orElseThrow().cells().getFirst();
        assertThat(mysJanuary.status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(mysJanuary.percent()).isEqualTo(100);

        assertThat(jdbc.sql("select count(*) from stats_capability_assessment where year = 2018 and status = "
                + "'SUBMITTED' and member in ('LAO', 'MYS', 'PHL', 'THA', 'VNM')").query(Integer.class).single())
                .isEqualTo(5);
        assertThat(jdbc.sql("select array_agg(member order by member) from stats_capability_assessment where year = "
                + "2019 and status = 'SUBMITTED' and member in ('LAO', 'MYS', 'PHL', 'THA', 'VNM')")
                .query(String.class).single()).as("Lao PDR has not assessed the last year yet")
                .isEqualTo("{MYS,PHL,THA,VNM}");
        assertThat(jdbc.sql("""
                select avg(score) filter (where a.member = 'MYS') > avg(score) filter (where a.member = 'LAO')
                from stats_capability_answer x join stats_capability_assessment a on a.id = x.assessment
                where a.year = 2018 and a.member in ('LAO', 'MYS')""").query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from stats_capability_activity where year = 2019 and title in "
                + "('Digital forensics for cybercrime investigators', 'Maritime crime data and reporting mentoring')")
                .query(Integer.class).single()).as("the activities that target a member of the demo's: VNM, PHL")
                .isEqualTo(2);
    }
}
