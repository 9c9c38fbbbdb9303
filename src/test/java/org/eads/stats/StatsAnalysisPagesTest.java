package org.eads.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard, pivot and sharing pages, the charts' data, and the API's answers to mistakes. */
@SpringBootTest
@AutoConfigureMockMvc
class StatsAnalysisPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;

    private StatsAnalysisFixtures data;
    private String area;
    private EadsUser secretariat;

    @BeforeEach
    void setUp() {
        data = new StatsAnalysisFixtures(jdbc);
        area = data.crimeArea();
        secretariat = TestUsers.create(users, "ASP", Role.STATISTICS_FOCAL_POINT);
        data.year(area, "KHM", 2022, "CASES", 20);
        data.year(area, "KHM", 2023, "CASES", 40);
    }

    private String page(String path, EadsUser user, String... params) throws Exception {
        var request = get(path).with(TestUsers.as(user));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theDashboardShowsTheChangeWithItsVerdictAndPointsItsChartsAtTheirData() throws Exception {
        String html = page("/stats/dashboard", secretariat, "crimeArea", area, "toYear", "2023", "members", "KHM");
        assertThat(html).contains("id=\"trend-chart\"", "id=\"map-chart\"", "id=\"comparison-chart\"",
                "id=\"seizures-chart\"", "/geo/asean.geojson", "/js/stats-dashboard.js");
        assertThat(html).contains("data-member=\"KHM\"", "Significant increase at 5%", "Change from 2022 to 2023");
        assertThat(html).as("the span asked for stays in the filter").contains("name=\"toYear\" inputmode=\"numeric\" value=\"2023\"");
        assertThat(html).contains("/stats/dashboard/data/series?crimeArea=" + area);

        mvc.perform(get("/stats/dashboard/data/series").with(TestUsers.as(secretariat)).param("crimeArea", area)
                        .param("fromYear", "2022").param("toYear", "2023").param("members", "KHM"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].member").value("KHM"))
                .andExpect(jsonPath("$.lines[0].points[1].value").value(480));
        mvc.perform(get("/stats/dashboard/data/comparison").with(TestUsers.as(secretariat)).param("crimeArea", area)
                        .param("year", "2023").param("measure", "RATE"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.members[0].member").value("KHM"));
        mvc.perform(get("/stats/dashboard/data/seizures").with(TestUsers.as(secretariat))
                        .param("indicator", "SEIZED_FIREARMS"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.lines[0].part").value("FIREARM_TYPE=HANDGUN"));
        mvc.perform(get("/stats/dashboard/data/series").with(TestUsers.as(secretariat)).param("step", "WEEK"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("step"));
    }

    @Test
    void aMistakeInTheFilterIsShownAndTheDefaultsUsed() throws Exception {
        String html = page("/stats/dashboard", secretariat, "crimeArea", "NO_SUCH_AREA");
        assertThat(html).contains("crimeArea: unknown crime area");
        // a part of another indicator falls back to the total instead of failing
        String other = page("/stats/dashboard", secretariat, "crimeArea", area, "indicator", "CASES",
                "part", "SUBSTANCE=HEROIN");
        assertThat(other).doesNotContain("alert-danger");
    }

    @Test
    void theApiAnswersMistakesWithProblemsNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/stats/analysis/series").with(TestUsers.as(secretariat)).param("fromYear", "2O20"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("fromYear"));
        mvc.perform(get("/api/v1/stats/analysis/series").with(TestUsers.as(secretariat)).param("crimeArea", "NOPE"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("crimeArea"));
        mvc.perform(get("/api/v1/stats/analysis/series").with(TestUsers.as(secretariat)).param("members", "XYZ"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("members"));
        mvc.perform(get("/api/v1/stats/analysis/series").with(TestUsers.as(secretariat)).param("fromYear", "2025")
                        .param("toYear", "2020"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("fromYear"));
        mvc.perform(get("/api/v1/stats/analysis/series").with(TestUsers.as(secretariat)).param("indicator", "CASES")
                        .param("part", "SEX=F"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("part"));
        mvc.perform(get("/api/v1/stats/analysis/pivot").with(TestUsers.as(secretariat)).param("rows", "YEAR")
                        .param("columns", "YEAR"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("columns"));
        mvc.perform(get("/api/v1/stats/analysis/pivot").with(TestUsers.as(secretariat))
                        .param("indicators", "CASES,AMOUNT_LOST"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("indicators"));
        mvc.perform(get("/api/v1/stats/analysis/pivot/export").with(TestUsers.as(secretariat)).param("format", "pdf"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("format"));
        mvc.perform(put("/api/v1/stats/analysis/sharing/KHM").with(TestUsers.as(secretariat))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"choice\": \"EVERYONE\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("choice"));
        mvc.perform(put("/api/v1/stats/analysis/sharing/KHM").with(TestUsers.as(secretariat))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"choice\": \"ALL_MEMBERS\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiIsDocumented() throws Exception {
        String doc = mvc.perform(get("/api/docs/openapi.json")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(doc).contains("Crime statistics analysis", "/api/v1/stats/analysis/series",
                "/api/v1/stats/analysis/year-on-year", "/api/v1/stats/analysis/pivot/export",
                "/api/v1/stats/analysis/sharing/{member}", "\"crimeArea\"", "\"measure\"");
    }

    @Test
    void thePivotPageShowsTheTableAndExportsIt() throws Exception {
        String html = page("/stats/dashboard/pivot", secretariat, "crimeAreas", area, "fromYear", "2022",
                "toYear", "2023", "members", "KHM");
        assertThat(html).contains("id=\"pivot\"", "data-code=\"KHM\"", "Cambodia", "480", "Download Excel");
        mvc.perform(get("/stats/dashboard/pivot/export").with(TestUsers.as(secretariat)).param("format", "xlsx")
                        .param("crimeAreas", area).param("fromYear", "2022").param("toYear", "2023"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/vnd.openxmlformats")))
                .andExpect(header().string("Content-Disposition", Matchers.containsString(".xlsx")));
    }

    @Test
    void aSupervisorChoosesOnTheSharingPageAndAnAnalystCannot() throws Exception {
        EadsUser supervisor = TestUsers.create(users, "KHM", Role.SUPERVISOR);
        EadsUser analyst = TestUsers.create(users, "KHM", Role.ANALYST);
        String html = page("/stats/dashboard/sharing", supervisor);
        assertThat(html).contains("id=\"sharing-form\"", "How Cambodia shares its accepted statistics");
        assertThat(page("/stats/dashboard/sharing", analyst)).doesNotContain("id=\"sharing-form\"");

        mvc.perform(post("/stats/dashboard/sharing").with(TestUsers.as(supervisor)).with(csrf())
                        .param("choice", "SECRETARIAT_ONLY"))
                .andExpect(redirectedUrl("/stats/dashboard/sharing"))
                .andExpect(flash().attribute("notice", Matchers.containsString("secretariat only")));
        assertThat(page("/stats/dashboard/sharing", analyst)).containsPattern(
                "data-member=\"KHM\">\\s*<th scope=\"row\">Cambodia</th>\\s*<td>Secretariat only</td>");
        mvc.perform(post("/stats/dashboard/sharing").with(TestUsers.as(analyst)).with(csrf())
                        .param("choice", "ALL_MEMBERS"))
                .andExpect(flash().attribute("error", Matchers.containsString("Only a supervisor")));
        mvc.perform(post("/stats/dashboard/sharing").with(TestUsers.as(supervisor)).with(csrf())
                        .param("choice", "ALL_MEMBERS"))
                .andExpect(flash().attribute("notice", Matchers.containsString("visible to all members")));
    }
}
