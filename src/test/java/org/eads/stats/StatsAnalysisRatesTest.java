package org.eads.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eads.TestUsers;
import org.eads.audit.AuditLog;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.stats.StatsFilter.Measure;
import org.eads.stats.StatsFilter.Step;
import org.eads.stats.internal.analysis.ExactPoissonTest;
import org.eads.stats.internal.analysis.PopulationTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Figures from accepted values: rates against the population table (hand-checked), quarters and years summed from
 * months with their completeness, year-on-year changes, seizures, and the pivot table with its exports. Read as the
 * Secretariat, which sees every member.
 */
@SpringBootTest
class StatsAnalysisRatesTest {

    @Autowired JdbcClient jdbc;
    @Autowired Users users;
    @Autowired StatsAnalysis analysis;
    @Autowired PopulationTable population;
    @Autowired AuditLog audit;

    private StatsAnalysisFixtures data;
    private EadsUser secretariat;
    private String area;

    @BeforeEach
    void setUp() {
        data = new StatsAnalysisFixtures(jdbc);
        secretariat = TestUsers.create(users, "ASP", Role.ANALYST);
        area = data.crimeArea();
    }

    private StatsFilter filter(String indicator, int from, int to, Step step, Measure measure, String... members) {
        return new StatsFilter(area, indicator, null, List.of(members), from, to, step, measure);
    }

    private static Series.Line line(Series s, String member) {
        return s.lines().stream().filter(l -> member == null ? l.region() : member.equals(l.member())).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + member));
    }

    @Test
    void theShippedPopulationIsLoadedOnceWithItsSource() throws Exception {
        assertThat(jdbc.sql("select count(*) from stats_population where country = 'THA'").query(Long.class).single())
                .isEqualTo(65L);
        assertThat(jdbc.sql("select population from stats_population where country = 'THA' and year = 2020")
                .query(Long.class).single()).isEqualTo(71_641_484L);
        assertThat(population.sources()).singleElement().asString().contains("World Bank", "SP.POP.TOTL",
                "ODC-PDDL-1.0");
        assertThat(population.load(new StringReader("Country Name,Country Code,Year,Value\n"
                + "Thailand,THA,2020,1\n"), "another source")).isZero();
        assertThat(jdbc.sql("select population from stats_population where country = 'THA' and year = 2020")
                .query(Long.class).single()).isEqualTo(71_641_484L);
    }

    @Test
    void ratesUseThePopulationOfTheMatchingYear() {
        data.year(area, "THA", 2020, "CASES", 150);
        data.year(area, "BRN", 2020, "CASES", 3);
        Series s = analysis.series(secretariat, filter("CASES", 2020, 2020, Step.YEAR, Measure.RATE));
        Series.Point thailand = line(s, "THA").points().getFirst();
        // 12 x 150 = 1,800 cases; Thailand had 71,641,484 inhabitants in 2020:
        // 1,800 x 100,000 / 71,641,484 = 180,000,000 / 71,641,484 = 2.51251077 per 100,000
        assertThat(thailand.value()).isEqualByComparingTo("1800");
        assertThat(thailand.population()).isEqualTo(71_641_484L);
        assertThat(thailand.populationYear()).isEqualTo(2020);
        assertThat(thailand.rate()).isCloseTo(2.51251077, within(1e-8));
        assertThat(thailand.complete()).isTrue();
        // Brunei: 36 x 100,000 / 447,404 = 8.04641890
        assertThat(line(s, "BRN").points().getFirst().rate()).isCloseTo(8.04641890, within(1e-8));
        // the region: (1,800 + 36) x 100,000 / (71,641,484 + 447,404) = 183,600,000 / 72,088,888 = 2.54685577
        Series.Point region = line(s, null).points().getFirst();
        assertThat(region.value()).isEqualByComparingTo("1836");
        assertThat(region.population()).isEqualTo(72_088_888L);
        assertThat(region.rate()).isCloseTo(2.54685577, within(1e-8));
        assertThat(region.membersSummed()).isEqualTo(2);
        assertThat(region.complete()).as("the other eight members reported nothing").isFalse();

        MemberComparison c = analysis.comparison(secretariat, filter("CASES", 2020, 2020, Step.YEAR, Measure.RATE),
                2020);
        assertThat(c.members().subList(0, 2)).extracting(MemberComparison.Row::member).containsExactly("BRN", "THA");
        assertThat(c.region().rate()).isCloseTo(2.54685577, within(1e-8));
    }

    @Test
    void aYearAfterThePopulationTableUsesItsLatestYearAndSaysSo() {
        data.year(area, "THA", 2026, "CASES", 150);
        Series s = analysis.series(secretariat, filter("CASES", 2026, 2026, Step.YEAR, Measure.RATE, "THA"));
        Series.Point p = line(s, "THA").points().getFirst();
        // 180,000,000 / 71,668,011 (Thailand, 2024, the table's last year) = 2.51158079
        assertThat(p.populationYear()).isEqualTo(2024);
        assertThat(p.rate()).isCloseTo(2.51158079, within(1e-8));
        assertThat(s.notes()).anyMatch(n -> n.contains("Rates for 2026 use the population of 2024"));
    }

    @Test
    void quartersAndYearsAreSumsOfMonthsAndSayWhenMonthsAreMissing() {
        data.months(area, "THA", 2021, "CASES", 10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        data.months(area, "MYS", 2021, "CASES", 10, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12);
        data.fact(area, "MYS", "2021-06", "CASES", "", null);

        Series years = analysis.series(secretariat, filter("CASES", 2021, 2021, Step.YEAR, Measure.COUNT));
        Series.Point thailand = line(years, "THA").points().getFirst();
        assertThat(thailand.value()).isEqualByComparingTo("110");
        assertThat(thailand.monthsReported()).isEqualTo(11);
        assertThat(thailand.complete()).isFalse();
        Series.Point malaysia = line(years, "MYS").points().getFirst();
        assertThat(malaysia.value()).as("June is not available, which is not zero").isEqualByComparingTo("110");
        assertThat(malaysia.notAvailable()).isEqualTo(1);
        assertThat(malaysia.complete()).isFalse();

        Series quarters = analysis.series(secretariat, filter("CASES", 2021, 2021, Step.QUARTER, Measure.COUNT, "THA"));
        assertThat(quarters.periods()).containsExactly("2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4");
        List<Series.Point> q = line(quarters, "THA").points();
        assertThat(q.get(0).value()).isEqualByComparingTo("30");
        assertThat(q.get(0).complete()).isTrue();
        assertThat(q.get(3).value()).isEqualByComparingTo("20");
        assertThat(q.get(3).monthsReported()).isEqualTo(2);
        assertThat(q.get(3).complete()).isFalse();

        Series months = analysis.series(secretariat, filter("CASES", 2021, 2021, Step.MONTH, Measure.COUNT, "THA"));
        assertThat(months.periods()).hasSize(12);
        assertThat(line(months, "THA").points().get(11).value()).isNull();
        assertThat(line(months, "THA").points().get(0).complete()).isTrue();

        // persons prosecuted are reported per quarter: a year is the sum of its four quarters, and months are not
        // available, so a series by month is shown by quarter
        for (int quarter = 1; quarter <= 4; quarter++) {
            data.fact(area, "THA", "2021-Q" + quarter, "PROSECUTED", "", 4 + quarter);
        }
        Series prosecuted = analysis.series(secretariat, filter("PROSECUTED", 2021, 2021, Step.YEAR, Measure.COUNT,
                "THA"));
        assertThat(line(prosecuted, "THA").points().getFirst().value()).isEqualByComparingTo("26");
        assertThat(line(prosecuted, "THA").points().getFirst().complete()).isTrue();
        Series byMonth = analysis.series(secretariat, filter("PROSECUTED", 2021, 2021, Step.MONTH, Measure.COUNT,
                "THA"));
        assertThat(byMonth.step()).isEqualTo(Step.QUARTER);
        assertThat(byMonth.notes()).anyMatch(n -> n.contains("reported by quarter"));
        assertThat(line(byMonth, "THA").points()).extracting(Series.Point::value)
                .usingElementComparator((a, b) -> ((BigDecimal) a).compareTo((BigDecimal) b))
                .containsExactly(new BigDecimal(5), new BigDecimal(6), new BigDecimal(7), new BigDecimal(8));
    }

    @Test
    void yearOnYearChangesAreJudgedByThePoissonTest() {
        data.year(area, "THA", 2022, "CASES", 100);
        data.year(area, "THA", 2023, "CASES", 150);
        data.year(area, "MYS", 2022, "CASES", 1);
        data.year(area, "MYS", 2023, "CASES", 2);
        data.fact(area, "BRN", "2022-03", "CASES", "", 5);
        data.months(area, "BRN", 2022, "CASES", 0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        data.months(area, "BRN", 2023, "CASES", 0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12);
        data.fact(area, "BRN", "2023-07", "CASES", "", 8);
        data.year(area, "IDN", 2022, "CASES", 40);
        data.months(area, "IDN", 2023, "CASES", 40, 1, 2, 3, 4, 5, 6, 7, 8, 9);

        List<YearOnYearChange> changes = analysis.yearOnYear(secretariat, filter("CASES", 2022, 2023, Step.YEAR,
                Measure.RATE, "THA", "MYS", "BRN", "IDN"), 2023);
        YearOnYearChange thailand = changes.stream().filter(c -> "THA".equals(c.member())).findFirst().orElseThrow();
        assertThat(thailand.previous()).isEqualByComparingTo("1200");
        assertThat(thailand.current()).isEqualByComparingTo("1800");
        assertThat(thailand.verdict()).isEqualTo(YearOnYearChange.Verdict.SIGNIFICANT_INCREASE);
        ExactPoissonTest.Result expected = ExactPoissonTest.compare(1200, 71_735_329, 1800, 71_702_435);
        assertThat(thailand.pValue()).isEqualTo(expected.pValue());
        assertThat(thailand.rateRatio()).isCloseTo(expected.rateRatio(), within(1e-12));
        // rates 1,200 / 717.35329 = 1.67281 and 1,800 / 717.02435 = 2.51037: +50.07%
        assertThat(thailand.percentChange()).isCloseTo(50.0688, within(1e-3));
        assertThat(thailand.smallCounts()).isFalse();

        YearOnYearChange malaysia = changes.stream().filter(c -> "MYS".equals(c.member())).findFirst().orElseThrow();
        // 12 then 24 cases: the count doubled, yet chance gives such a change more than 5% of the time
        assertThat(malaysia.verdict()).isEqualTo(YearOnYearChange.Verdict.WITHIN_NORMAL_VARIATION);
        assertThat(malaysia.pValue()).isGreaterThan(0.05);
        YearOnYearChange brunei = changes.stream().filter(c -> "BRN".equals(c.member())).findFirst().orElseThrow();
        assertThat(brunei.smallCounts()).isTrue();
        assertThat(brunei.verdict()).isEqualTo(YearOnYearChange.Verdict.WITHIN_NORMAL_VARIATION);
        YearOnYearChange indonesia = changes.stream().filter(c -> "IDN".equals(c.member())).findFirst().orElseThrow();
        assertThat(indonesia.verdict()).isEqualTo(YearOnYearChange.Verdict.NOT_TESTED);
        assertThat(indonesia.note()).isEqualTo("2023 is incomplete (9 of 12 months).");

        YearOnYearChange region = changes.getLast();
        assertThat(region.region()).isTrue();
        assertThat(region.previous()).as("Thailand, Malaysia and Brunei, complete in both years")
                .isEqualByComparingTo("1217");
        assertThat(region.current()).isEqualByComparingTo("1832");
        assertThat(region.verdict()).isEqualTo(YearOnYearChange.Verdict.SIGNIFICANT_INCREASE);
        assertThat(region.note()).contains("Compares the 3 of 10 members complete in both years");

        data.year(area, "THA", 2022, "AMOUNT_LOST", 1000);
        data.year(area, "THA", 2023, "AMOUNT_LOST", 5000);
        YearOnYearChange amount = analysis.yearOnYear(secretariat, filter("AMOUNT_LOST", 2022, 2023, Step.YEAR,
                Measure.COUNT, "THA"), 2023).getFirst();
        assertThat(amount.verdict()).isEqualTo(YearOnYearChange.Verdict.NOT_TESTED);
        assertThat(amount.percentChange()).isNotNull();
        assertThat(amount.note()).contains("not counts");
    }

    @Test
    void seizuresAreRegionalTotalsPerSubstance() {
        for (String member : List.of("THA", "MYS")) {
            for (int m = 1; m <= 12; m++) {
                String period = "2022-" + (m < 10 ? "0" : "") + m;
                data.fact(area, member, period, "SEIZED_DRUGS_KG", "SUBSTANCE=METHAMPHETAMINE", 10);
                data.fact(area, member, period, "SEIZED_DRUGS_KG", "SUBSTANCE=HEROIN", 1.5);
            }
        }
        Series s = analysis.seizures(secretariat, new StatsFilter(area, "SEIZED_DRUGS_KG", null, null, 2022, 2022,
                null, null));
        Series.Line meth = s.lines().stream().filter(l -> l.part().equals("SUBSTANCE=METHAMPHETAMINE")).findFirst()
                .orElseThrow();
        assertThat(meth.name()).isEqualTo("Methamphetamine");
        assertThat(meth.points().getFirst().value()).isEqualByComparingTo("240");
        assertThat(s.lines().stream().filter(l -> l.part().equals("SUBSTANCE=HEROIN")).findFirst().orElseThrow()
                .points().getFirst().value()).isEqualByComparingTo("36");
        assertThat(s.unit()).isEqualTo("kg");
    }

    @Test
    void pivotTablesSumTheOtherDimensionsAndExportAsShown() throws Exception {
        data.year(area, "THA", 2022, "CASES", 10);
        data.year(area, "THA", 2023, "CASES", 20);
        data.months(area, "MYS", 2023, "CASES", 5, 1, 2, 3);
        PivotQuery q = new PivotQuery(PivotQuery.Dimension.MEMBER, PivotQuery.Dimension.YEAR, List.of(area),
                List.of("CASES"), List.of("THA", "MYS"), 2022, 2023, Measure.COUNT);
        PivotTable t = analysis.pivot(secretariat, q);
        assertThat(t.rowHeaders()).extracting(PivotTable.Header::code).containsExactly("MYS", "THA", "REGION");
        assertThat(t.columnHeaders()).extracting(PivotTable.Header::code).containsExactly("2022", "2023");
        assertThat(t.cells().get(1).get(0).value()).isEqualByComparingTo("120");
        assertThat(t.cells().get(1).get(1).value()).isEqualByComparingTo("240");
        assertThat(t.cells().get(1).get(1).complete()).isTrue();
        assertThat(t.cells().get(0).get(1).value()).isEqualByComparingTo("15");
        assertThat(t.cells().get(0).get(1).complete()).isFalse();
        assertThat(t.cells().get(0).get(0).value()).isNull();
        assertThat(t.cells().get(2).get(1).value()).isEqualByComparingTo("255");

        PivotTable byArea = analysis.pivot(secretariat, new PivotQuery(PivotQuery.Dimension.CRIME_AREA,
                PivotQuery.Dimension.INDICATOR, List.of(area), List.of("CASES", "VICTIMS"), List.of(), 2022, 2023,
                Measure.RATE));
        // members and years summed: 375 cases over the populations of Thailand in 2022 and 2023 and Malaysia in
        // 2023: 375 x 100,000 / (71,735,329 + 71,702,435 + 35,126,298) = 37,500,000 / 178,564,062 = 0.21000866
        assertThat(byArea.cells().getFirst().getFirst().value()).isEqualByComparingTo("375");
        assertThat(byArea.cells().getFirst().getFirst().rate()).isCloseTo(0.21000866, within(1e-8));

        StatsExport csv = analysis.export(secretariat, q, StatsExport.Format.CSV);
        String text = new String(csv.content(), StandardCharsets.UTF_8);
        assertThat(csv.fileName()).isEqualTo("statistics-member-by-year.csv");
        assertThat(text).startsWith("Member \\ Year,2022,2023\r\nMalaysia,,15\r\nThailand,120,240\r\nRegion,120,255\r\n");
        assertThat(text).contains("Incomplete figures (months or members missing): Malaysia / 2023; Region / 2022;"
                + " Region / 2023");

        StatsExport xlsx = analysis.export(secretariat, q, StatsExport.Format.XLSX);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("2023");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Thailand");
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(240.0);
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getFont() == null ? false
                    : book.getFontAt(sheet.getRow(1).getCell(2).getCellStyle().getFontIndex()).getItalic())
                    .as("incomplete figures are in italics").isTrue();
        }
        audit.flush();
        assertThat(jdbc.sql("select action from audit_entry where username = :u order by seq")
                .param("u", secretariat.username()).query(String.class).list())
                .containsExactly("STATS_VIEW", "STATS_VIEW", "EXPORT", "EXPORT");
    }
}
