package org.eads.scam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.scam.internal.campaigns.CampaignStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CampaignPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired ScamReports reports;
    @Autowired Campaigns campaigns;
    @Autowired CampaignStore store;

    @Test
    void theCampaignPageDrawsTheNetworkOfReportsIndicatorsAndAccountsAndAnswers404ToOthers() throws Exception {
        EadsUser my = TestUsers.create(users, "MYS", Role.ANALYST);
        EadsUser sg = TestUsers.create(users, "SGP", Role.OFFICER);
        CampaignFixtures f = new CampaignFixtures(reports, campaigns, store);
        String x = CampaignFixtures.app("x");
        String account = "5140" + String.format("%08d", System.nanoTime() % 100_000_000);
        ScamReport a = reports.create(my, new ScamReportInput("MY-P" + System.nanoTime() % 1_000_000,
                LocalDate.now().minusDays(10),
                new ScamReportInput.Victim("PERSON", "Puan Aminah", null, false, "MYS", "55-64", "F"), "INVESTMENT",
                ScamChannel.MESSAGING_APP, null, new BigDecimal("50000"), "MYR", null, "NATIONAL", null, null,
                List.of(new ScamReportInput.Indicator(IndicatorKind.APP, x, null, null)),
                List.of(new ScamReportInput.Payment(IndicatorKind.BANK_ACCOUNT, account, "MYS",
                        OffsetDateTime.now().minusDays(12), new BigDecimal("20000"), "MYR"))));
        CampaignFixtures.place(campaigns, a);
        ScamReport b = f.file(my, "NATIONAL", "IDN", "1000", x);
        long id = f.campaignOf(a);

        String page = mvc.perform(get("/scam/campaigns/" + id).with(TestUsers.as(my))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"network-chart\"", "&quot;kind&quot;:&quot;network&quot;",
                "Account or wallet", "&quot;r" + a.id(), "&quot;r" + b.id(), a.caseReference(), b.caseReference(),
                "BANK_ACCOUNT", "IDN", "/js/scam-charts.js", "Split the chosen reports");
        assertThat(page).doesNotContain("<script>");
        mvc.perform(get("/scam/campaigns/" + id).with(TestUsers.as(sg))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/scam/campaigns/" + id).with(TestUsers.as(sg))).andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/scam/campaigns/" + id).with(TestUsers.as(my))).andExpect(status().isOk())
                .andExpect(jsonPath("$.campaign.reports").value(2))
                .andExpect(jsonPath("$.reports.length()").value(2))
                .andExpect(jsonPath("$.edges.length()").value(3));
        // newest first: other tests leave larger campaigns in the shared database
        assertThat(mvc.perform(get("/scam/campaigns").param("order", "newest").with(TestUsers.as(my)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("/scam/campaigns/" + id);

        mvc.perform(post("/scam/campaigns/" + id + "/describe").with(TestUsers.as(my)).with(csrf())
                .param("name", "Operation Golden Bull").param("notes", "Fake trading app"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/scam/campaigns/" + id + "/split").with(TestUsers.as(my))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reports\":[\"" + b.id() + "\"]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").isNumber());
        mvc.perform(get("/api/v1/scam/campaigns/" + id).with(TestUsers.as(my)))
                .andExpect(jsonPath("$.campaign.name").value("Operation Golden Bull"))
                .andExpect(jsonPath("$.campaign.locked").value(true))
                .andExpect(jsonPath("$.reports.length()").value(1));
        mvc.perform(post("/api/v1/scam/campaigns/" + id + "/split").with(TestUsers.as(my))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reports\":[]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/scam/campaigns/rebuild").with(TestUsers.as(my)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSecretariatKeepsTheStopListOnItsPage() throws Exception {
        EadsUser secretariat = TestUsers.create(users, "ASP", Role.ANALYST);
        EadsUser my = TestUsers.create(users, "MYS", Role.ANALYST);
        String hotline = CampaignFixtures.app("hotline");
        new CampaignFixtures(reports, campaigns, store).file(my, "MEMBERS", "MYS", null, hotline);
        mvc.perform(post("/scam/campaigns/stop-list").with(TestUsers.as(secretariat)).with(csrf())
                .param("kind", "APP").param("value", hotline).param("reason", "A bank's own hotline app"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/scam/campaigns/stop-list").with(TestUsers.as(secretariat)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(hotline, "A bank&#39;s own hotline app", "Remove");
        mvc.perform(post("/scam/campaigns/stop-list").with(TestUsers.as(my)).with(csrf())
                .param("kind", "APP").param("value", hotline).param("reason", "mine"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/scam/campaigns/rebuild").with(TestUsers.as(secretariat)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        String other = CampaignFixtures.app("marketplace");
        new CampaignFixtures(reports, campaigns, store).file(my, "MEMBERS", "MYS", null, other);
        mvc.perform(post("/api/v1/scam/campaigns/stop-list").with(TestUsers.as(secretariat))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"APP\",\"value\":\"" + other + "\",\"reason\":\"Marketplace app\"}"))
                .andExpect(status().isOk());
        long stopped = campaigns.stopList().stream().filter(s -> s.display().equals(other)).findFirst().orElseThrow()
                .indicatorId();
        mvc.perform(post("/api/v1/scam/campaigns/stop-list").with(TestUsers.as(secretariat))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"APP\",\"value\":\"nobody\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(delete("/api/v1/scam/campaigns/stop-list/" + stopped).with(TestUsers.as(my)))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/scam/campaigns/stop-list/" + stopped).with(TestUsers.as(secretariat)))
                .andExpect(status().isOk());
        assertThat(campaigns.stopList()).noneMatch(s -> s.indicatorId() == stopped);
    }
}
