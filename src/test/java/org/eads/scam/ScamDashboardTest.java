package org.eads.scam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.scam.internal.campaigns.CampaignStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ScamDashboardTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired ScamReports reports;
    @Autowired Campaigns campaigns;
    @Autowired CampaignStore store;
    @Autowired ScamDashboard dashboard;

    @Test
    void theCentreShowsWeeklyFiguresByMemberAndTypeOverVisibleReportsAndNewCampaigns() throws Exception {
        EadsUser bn = TestUsers.create(users, "BRN", Role.ANALYST);
        EadsUser kh = TestUsers.create(users, "KHM", Role.OFFICER);
        CampaignFixtures f = new CampaignFixtures(reports, campaigns, store);
        String x = CampaignFixtures.app("x");
        ScamReport a = f.file(bn, "MEMBERS", "BRN", "500", x);
        f.file(bn, "NATIONAL", "BRN", "700", x);
        long id = f.campaignOf(a);

        var mine = dashboard.figures(bn);
        var theirs = dashboard.figures(kh);
        int minePerBrunei = mine.byMember().stream().filter(w -> w.key().equals("BRN")).mapToInt(w -> w.reports()).sum();
        int theirsPerBrunei = theirs.byMember().stream().filter(w -> w.key().equals("BRN")).mapToInt(w -> w.reports()).sum();
        assertThat(minePerBrunei - theirsPerBrunei).isGreaterThanOrEqualTo(1);
        assertThat(mine.newCampaigns()).anyMatch(c -> c.id() == id);
        assertThat(mine.byType()).anyMatch(w -> w.key().equals("INVESTMENT"));

        String page = mvc.perform(get("/scam").with(TestUsers.as(bn))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Reports per week by member", "Losses per week by scam type",
                "Most reported indicators", "New campaigns (last 30 days)", "/scam/campaigns/" + id,
                "Active holds", "Delisting requests open for your member", "Partner signals waiting for review",
                "class=\"scam-chart\"", "Scam centre");
    }
}
