package org.eads.scam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.eads.BrowserTest;
import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.scam.internal.campaigns.CampaignStore;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

class CampaignBrowserTest extends BrowserTest {

    @Autowired Users users;
    @Autowired ScamReports reports;
    @Autowired Campaigns campaigns;
    @Autowired CampaignStore store;

    @Test
    void theCampaignPageDrawsItsChartsAndListsItsReports() {
        EadsUser analyst = TestUsers.create(users, "MYS", Role.ANALYST);
        CampaignFixtures f = new CampaignFixtures(reports, campaigns, store);
        String x = CampaignFixtures.app("x");
        ScamReport a = f.file(analyst, "MEMBERS", "MYS", "1000", x);
        ScamReport b = f.file(analyst, "MEMBERS", "THA", "2500", x, CampaignFixtures.app("y"));
        long id = f.campaignOf(a);

        loginWithTotp(analyst.username(), TestUsers.PASSWORD, null);
        open("/scam/campaigns/" + id);
        find("#network-chart canvas");
        find("#weeks-chart canvas");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                d.findElement(By.id("campaign-reports")).getText().contains(b.caseReference()));
        assertThat(find("#campaign-reports").getText()).contains(a.caseReference(), b.caseReference());
        assertThat(find("#campaign-figures").getText()).contains("2 reports");
        assertThat(consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));
    }
}
