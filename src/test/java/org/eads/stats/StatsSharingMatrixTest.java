package org.eads.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.NotAllowedException;
import org.eads.stats.StatsFilter.Measure;
import org.eads.stats.StatsFilter.Step;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sharing matrix: for each of the three choices (Thailand shares with all members, Malaysia and Indonesia only in
 * regional totals, Singapore with the Secretariat only), what the Secretariat, the member itself, another member and
 * a dialogue partner see, on every path: series, comparison, year-on-year, pivot, export and the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StatsSharingMatrixTest {

    /** Each data owner's 2023 total: twelve months of a monthly value. */
    private static final Map<String, Integer> TOTALS = Map.of("THA", 120, "MYS", 24, "IDN", 36, "SGP", 600,
            "VNM", 12);

    @Autowired JdbcClient jdbc;
    @Autowired Users users;
    @Autowired StatsAnalysis analysis;
    @Autowired StatsSharing sharing;
    @Autowired MockMvc mvc;

    private final JsonMapper json = JsonMapper.builder().build();
    private StatsAnalysisFixtures data;
    private String area;

    @BeforeEach
    void setUp() {
        data = new StatsAnalysisFixtures(jdbc);
        area = data.crimeArea();
        for (String m : List.of("THA", "VNM", "BRN", "KHM", "LAO", "MMR", "PHL")) {
            data.share(m, SharingChoice.ALL_MEMBERS);
        }
        data.share("MYS", SharingChoice.AGGREGATED_ONLY);
        data.share("IDN", SharingChoice.AGGREGATED_ONLY);
        data.share("SGP", SharingChoice.SECRETARIAT_ONLY);
        TOTALS.forEach((member, total) -> data.year(area, member, 2023, "CASES", total / 12));
        TOTALS.forEach((member, total) -> data.year(area, member, 2022, "CASES", total / 12));
    }

    /** What one reader should see: the data owners shown on their own, the regional total, whether one was withheld. */
    private record Expected(Set<String> individually, int region, boolean withheld, Set<String> leftOut) {
    }

    @Test
    void theSecretariatSeesEveryMember() throws Exception {
        check(TestUsers.create(users, "ASP", Role.ANALYST), new Expected(Set.of("THA", "MYS", "IDN", "SGP", "VNM"),
                792, false, Set.of()));
    }

    @Test
    void aMemberSharingWithAllMembersIsSeenByOthersAndItself() throws Exception {
        // Thailand itself: its own figures, Viet Nam's; Malaysia and Indonesia in the total; Singapore nowhere
        check(TestUsers.create(users, "THA", Role.ANALYST), new Expected(Set.of("THA", "VNM"), 120 + 24 + 36 + 12,
                false, Set.of("SGP")));
        // another member, Viet Nam: the same view of Thailand
        check(TestUsers.create(users, "VNM", Role.SUPERVISOR), new Expected(Set.of("THA", "VNM"), 192, false,
                Set.of("SGP")));
    }

    @Test
    void aMemberSharingOnlyInTotalsSeesItselfAndIsOnlyInOthersTotals() throws Exception {
        // Malaysia sees its own figures; Indonesia, the only other member shown in totals only, would be its total
        // minus every figure Malaysia sees, so it is withheld from Malaysia's totals
        check(TestUsers.create(users, "MYS", Role.STATISTICS_FOCAL_POINT), new Expected(Set.of("THA", "VNM", "MYS"),
                120 + 24 + 12, true, Set.of("SGP")));
        // another member sees neither Malaysia nor Indonesia on its own, both in its totals (checked above for
        // Viet Nam and Thailand: 192 includes 24 + 36)
    }

    @Test
    void aMemberSharingWithTheSecretariatOnlySeesItselfAndIsLeftOutOfOthersTotals() throws Exception {
        check(TestUsers.create(users, "SGP", Role.ANALYST), new Expected(Set.of("THA", "VNM", "SGP"), 792, false,
                Set.of()));
        EadsUser vietnam = TestUsers.create(users, "VNM", Role.ANALYST);
        Series asked = analysis.series(vietnam, new StatsFilter(area, "CASES", null, List.of("SGP", "THA"), 2023, 2023,
                Step.YEAR, Measure.COUNT));
        assertThat(asked.lines()).extracting(Series.Line::member).containsExactly("THA", null);
        assertThat(asked.notes()).contains("Singapore is not shown on its own: it shares its statistics with the "
                + "Secretariat only.", "Regional totals leave out Singapore, which shares its statistics with the "
                + "Secretariat only.");
    }

    @Test
    void dialoguePartnersSeeRegionalTotalsOnlyAndObserversNothing() throws Exception {
        check(TestUsers.create(users, "JPN", Role.ANALYST), new Expected(Set.of(), 192, false, Set.of("SGP")));
        EadsUser observer = TestUsers.create(users, "TLS", Role.ANALYST);
        assertThatThrownBy(() -> analysis.series(observer, StatsFilter.defaults()))
                .isInstanceOf(NotAllowedException.class);
        mvc.perform(get("/api/v1/stats/analysis/series").with(TestUsers.as(observer))).andExpect(status().isForbidden());
        EadsUser officer = TestUsers.create(users, "THA", Role.OFFICER);
        mvc.perform(get("/api/v1/stats/analysis/pivot").with(TestUsers.as(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/stats/dashboard").with(TestUsers.as(officer))).andExpect(status().isForbidden());
    }

    @Test
    void onlyAMembersSupervisorChoosesAndANewMemberSharesOnlyInTotals() {
        EadsUser supervisor = TestUsers.create(users, "PHL", Role.SUPERVISOR);
        EadsUser analyst = TestUsers.create(users, "PHL", Role.ANALYST);
        EadsUser secretariat = TestUsers.create(users, "ASP", Role.SUPERVISOR);
        jdbc.sql("delete from stats_sharing where member = 'PHL'").update();
        MemberSharing fresh = sharing.choices(analyst).stream().filter(c -> c.member().equals("PHL")).findFirst()
                .orElseThrow();
        assertThat(fresh.chosen()).isFalse();
        assertThat(fresh.choice()).isEqualTo(SharingChoice.AGGREGATED_ONLY);
        assertThat(sharing.visibility(TestUsers.create(users, "THA", Role.ANALYST)).hiddenInTotals()).contains("PHL");

        assertThatThrownBy(() -> sharing.choose(analyst, "PHL", SharingChoice.ALL_MEMBERS))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> sharing.choose(supervisor, "THA", SharingChoice.SECRETARIAT_ONLY))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> sharing.choose(secretariat, "PHL", SharingChoice.SECRETARIAT_ONLY))
                .isInstanceOf(NotAllowedException.class);
        MemberSharing chosen = sharing.choose(supervisor, "PHL", SharingChoice.SECRETARIAT_ONLY);
        assertThat(chosen.chosen()).isTrue();
        assertThat(chosen.changedBy()).isEqualTo(supervisor.username());
        assertThat(sharing.visibility(TestUsers.create(users, "THA", Role.ANALYST)).leftOut()).containsKey("PHL");
        assertThat(jdbc.sql("select count(*) from audit_entry where username = :u and action = 'STATS_CHANGE' "
                + "and object_id = 'PHL'").param("u", supervisor.username()).query(Long.class).single()).isEqualTo(1L);
        data.share("PHL", SharingChoice.ALL_MEMBERS);
    }

    /** Every path, for one reader. */
    private void check(EadsUser reader, Expected expected) throws Exception {
        StatsFilter filter = new StatsFilter(area, "CASES", null, null, 2022, 2023, Step.YEAR, Measure.COUNT);

        Series series = analysis.series(reader, filter);
        assertThat(owners(series.lines().stream().map(Series.Line::member).toList())).as("series")
                .isEqualTo(expected.individually());
        Series.Point region = series.lines().getLast().points().getLast();
        assertThat(series.lines().getLast().region()).isTrue();
        assertThat(region.value()).as("series region").isEqualByComparingTo(Integer.toString(expected.region()));
        assertThat(region.withheld()).isEqualTo(expected.withheld());
        for (String m : expected.leftOut()) {
            assertThat(series.notes()).anyMatch(n -> n.startsWith("Regional totals leave out") && n.contains(name(m)));
        }

        MemberComparison comparison = analysis.comparison(reader, filter, 2023);
        assertThat(owners(comparison.members().stream().map(MemberComparison.Row::member).toList()))
                .as("comparison").isEqualTo(expected.individually());
        assertThat(comparison.region().value()).isEqualByComparingTo(Integer.toString(expected.region()));

        List<YearOnYearChange> changes = analysis.yearOnYear(reader, filter, 2023);
        assertThat(owners(changes.stream().map(YearOnYearChange::member).toList())).as("year-on-year")
                .isEqualTo(expected.individually());
        assertThat(changes.getLast().current()).isEqualByComparingTo(Integer.toString(expected.region()));

        PivotQuery pivot = new PivotQuery(PivotQuery.Dimension.MEMBER, PivotQuery.Dimension.YEAR, List.of(area),
                List.of("CASES"), null, 2023, 2023, Measure.COUNT);
        PivotTable table = analysis.pivot(reader, pivot);
        assertThat(owners(table.rowHeaders().stream().map(PivotTable.Header::code).toList())).as("pivot")
                .isEqualTo(expected.individually());
        assertThat(table.rowHeaders().getLast().code()).isEqualTo("REGION");
        assertThat(table.cells().getLast().getFirst().value()).isEqualByComparingTo(Integer.toString(expected.region()));
        assertThat(table.cells().getLast().getFirst().withheld()).isEqualTo(expected.withheld());
        PivotTable summed = analysis.pivot(reader, new PivotQuery(PivotQuery.Dimension.YEAR,
                PivotQuery.Dimension.CRIME_AREA, List.of(area), List.of("CASES"), null, 2023, 2023, Measure.COUNT));
        assertThat(summed.cells().getFirst().getFirst().value()).as("members summed")
                .isEqualByComparingTo(Integer.toString(expected.region()));

        String csv = new String(analysis.export(reader, pivot, StatsExport.Format.CSV).content(), StandardCharsets.UTF_8);
        List<String> csvRows = new ArrayList<>();
        for (String line : csv.split("\r\n")) {
            if (line.isEmpty()) {
                break;
            }
            csvRows.add(line.substring(0, line.indexOf(',')));
        }
        for (String owner : TOTALS.keySet()) {
            assertThat(csvRows.contains(name(owner))).as("export row of " + owner)
                    .isEqualTo(expected.individually().contains(owner));
        }
        assertThat(csv).contains("\r\nRegion," + expected.region() + "\r\n");
        assertThat(csv.contains("Figures marked \u2021 (withheld): Region / 2023")).isEqualTo(expected.withheld());

        JsonNode api = json.readTree(mvc.perform(get("/api/v1/stats/analysis/series").with(TestUsers.as(reader))
                .param("crimeArea", area).param("fromYear", "2023").param("toYear", "2023"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        List<String> apiMembers = new ArrayList<>();
        api.get("lines").forEach(l -> apiMembers.add(!l.has("member") || l.get("member").isNull() ? null : l.get("member").asString()));
        assertThat(owners(apiMembers)).as("API series").isEqualTo(expected.individually());
        assertThat(api.get("lines").get(api.get("lines").size() - 1).get("points").get(0).get("value").decimalValue())
                .isEqualByComparingTo(Integer.toString(expected.region()));
        JsonNode apiPivot = json.readTree(mvc.perform(get("/api/v1/stats/analysis/pivot").with(TestUsers.as(reader))
                .param("crimeAreas", area).param("fromYear", "2023").param("toYear", "2023"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        List<String> pivotRows = new ArrayList<>();
        apiPivot.get("rowHeaders").forEach(h -> pivotRows.add(h.get("code").asString()));
        assertThat(owners(pivotRows)).as("API pivot").isEqualTo(expected.individually());
        String apiCsv = mvc.perform(get("/api/v1/stats/analysis/pivot/export").with(TestUsers.as(reader))
                .param("crimeAreas", area).param("fromYear", "2023").param("toYear", "2023").param("format", "csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(apiCsv.contains("\r\nSingapore,")).as("API export row of Singapore")
                .isEqualTo(expected.individually().contains("SGP"));
        JsonNode visibility = json.readTree(mvc.perform(get("/api/v1/stats/analysis/visibility")
                .with(TestUsers.as(reader))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(visibility.get("leftOut").propertyNames()).containsExactlyInAnyOrderElementsOf(expected.leftOut());
    }

    /** The data owners among the members shown. */
    private static Set<String> owners(List<String> members) {
        Set<String> out = new TreeSet<>();
        for (String m : members) {
            if (m != null && TOTALS.containsKey(m)) {
                out.add(m);
            }
        }
        return out;
    }

    private static String name(String code) {
        return switch (code) {
            case "THA" -> "Thailand";
            case "MYS" -> "Malaysia";
            case "IDN" -> "Indonesia";
            case "SGP" -> "Singapore";
            case "VNM" -> "Viet Nam";
            default -> code;
        };
    }
}
