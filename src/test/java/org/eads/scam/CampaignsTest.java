package org.eads.scam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;

import org.eads.TestUsers;
import org.eads.audit.AuditLog;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.NotAllowedException;
import org.eads.scam.internal.campaigns.CampaignRebuild;
import org.eads.scam.internal.campaigns.CampaignStore;
import org.eads.sharing.SharingPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CampaignsTest {

    @Autowired ScamReports reports;
    @Autowired Campaigns campaigns;
    @Autowired CampaignStore store;
    @Autowired CampaignRebuild rebuild;
    @Autowired Compounds compounds;
    @Autowired ScamIndicators indicators;
    @Autowired SharingPolicy sharing;
    @Autowired AuditLog audit;
    @Autowired Clock clock;
    @Autowired Users users;

    CampaignFixtures f;
    EadsUser my;
    EadsUser th;
    EadsUser secretariat;

    @BeforeEach
    void setUp() {
        f = new CampaignFixtures(reports, campaigns, store);
        my = TestUsers.create(users, "MYS", Role.ANALYST);
        th = TestUsers.create(users, "THA", Role.ANALYST);
        secretariat = TestUsers.create(users, "ASP", Role.ANALYST);
    }

    @Test
    void reportsSharingIndicatorsFormACampaignAsTheyArriveThroughTheEvent() throws InterruptedException {
        String x = CampaignFixtures.app("x");
        String y = CampaignFixtures.app("y");
        ScamReport a = f.unplaced(my, "MEMBERS", "MYS", "1000", x);
        ScamReport b = f.unplaced(th, "MEMBERS", "THA", "2000", x, y);
        ScamReport c = f.unplaced(my, "MEMBERS", "IDN", "3000", y);
        ScamReport alone = f.unplaced(my, "MEMBERS", "MYS", null, CampaignFixtures.app("alone"));
        for (int i = 0; i < 200 && (f.campaignOf(c) == null || !f.campaignOf(a).equals(f.campaignOf(c))); i++) {
            Thread.sleep(50);
        }
        Long campaign = f.campaignOf(a);
        assertThat(campaign).isNotNull();
        assertThat(f.campaignsOf(b, c)).containsOnly(campaign);
        assertThat(f.campaignOf(alone)).isNull();
        Campaign seen = campaigns.view(my, campaign).campaign();
        assertThat(seen.reports()).isEqualTo(3);
        assertThat(seen.lossUsd()).isEqualByComparingTo("1422.00");
    }

    @Test
    void aStopListedOrOverDegreeIndicatorLinksNoReports() {
        String hotline = CampaignFixtures.app("bank hotline");
        ScamReport first = f.file(my, "MEMBERS", "MYS", null, hotline);
        campaigns.stop(secretariat, first.indicators().getFirst().id(), "the bank's own hotline");
        ScamReport second = f.file(th, "MEMBERS", "THA", null, hotline);
        assertThat(f.campaignsOf(first, second)).containsOnlyNulls();
        assertThat(campaigns.stopList()).anyMatch(s -> s.indicatorId() == first.indicators().getFirst().id());
        assertThatThrownBy(() -> campaigns.stop(my, first.indicators().getFirst().id(), "mine"))
                .isInstanceOf(NotAllowedException.class);

        // with a cap of 2, a value named by three reports links none of them
        Campaigns capped = new Campaigns(store, rebuild, compounds, indicators, sharing, audit, clock, 2);
        String common = CampaignFixtures.app("common");
        ScamReport one = f.file(my, "MEMBERS", "MYS", null, common);
        ScamReport two = f.file(my, "MEMBERS", "MYS", null, common);
        ScamReport three = f.file(th, "MEMBERS", "THA", null, common);
        assertThat(f.campaignsOf(one, two, three)).doesNotContainNull().containsOnly(f.campaignOf(one));
        assertThat(store.linking(CampaignFixtures.ids(three), 2)).isEmpty();
        assertThat(store.linking(CampaignFixtures.ids(three), 3)).isNotEmpty();
        capped.rebuild(secretariat);
        assertThat(f.campaignsOf(one, two, three)).containsOnlyNulls();
        campaigns.rebuild(secretariat);
        assertThat(f.campaignsOf(one, two, three)).doesNotContainNull();
    }

    @Test
    void aReportNamingIndicatorsOfTwoCampaignsMergesThemIntoTheLarger() {
        String x = CampaignFixtures.app("x");
        String y = CampaignFixtures.app("y");
        ScamReport a = f.file(my, "MEMBERS", "MYS", null, x);
        ScamReport b = f.file(my, "MEMBERS", "MYS", null, x);
        ScamReport c = f.file(th, "MEMBERS", "THA", null, y);
        ScamReport d = f.file(th, "MEMBERS", "THA", null, y);
        ScamReport e = f.file(th, "MEMBERS", "THA", null, y);
        Long small = f.campaignOf(a);
        Long large = f.campaignOf(c);
        assertThat(small).isNotEqualTo(large);
        ScamReport bridge = f.file(my, "MEMBERS", "MYS", null, x, y);
        assertThat(f.campaignsOf(a, b, c, d, e, bridge)).containsOnly(large);
        assertThat(campaigns.visible(my, small)).isFalse();
    }

    @Test
    void aSplitSurvivesANewReportAndAFullRebuild() {
        String x = CampaignFixtures.app("x");
        ScamReport a = f.file(my, "MEMBERS", "MYS", null, x);
        ScamReport b = f.file(my, "MEMBERS", "MYS", null, x);
        ScamReport c = f.file(th, "MEMBERS", "THA", null, x);
        long original = f.campaignOf(a);
        long split = campaigns.split(my, original, List.of(c.id()));
        assertThat(f.campaignsOf(a, b)).containsOnly(original);
        assertThat(f.campaignOf(c)).isEqualTo(split);

        ScamReport later = f.file(th, "MEMBERS", "THA", null, x);
        assertThat(f.campaignsOf(a, b, later)).containsOnly(original);
        assertThat(f.campaignOf(c)).isEqualTo(split);

        campaigns.rebuild(secretariat);
        assertThat(f.campaignsOf(a, b, later)).containsOnly(original);
        assertThat(f.campaignOf(c)).isEqualTo(split);
        assertThat(campaigns.view(my, split).campaign().locked()).isTrue();
    }

    @Test
    void aRebuildKeepsIdsNamesAndNotesAndAnAnalystsMerge() {
        String x = CampaignFixtures.app("x");
        String y = CampaignFixtures.app("y");
        ScamReport a = f.file(my, "MEMBERS", "MYS", null, x);
        ScamReport b = f.file(my, "MEMBERS", "MYS", null, x);
        ScamReport c = f.unplaced(th, "MEMBERS", "THA", null, x);
        long kept = f.campaignOf(a);
        campaigns.describe(my, kept, "Fake trading app 'GoldenBull'", "Victims recruited on a messaging app");
        ScamReport p = f.file(th, "MEMBERS", "THA", null, y);
        ScamReport q = f.file(th, "MEMBERS", "THA", null, y);
        ScamReport r = f.file(my, "MEMBERS", "MYS", null, CampaignFixtures.app("r"), CampaignFixtures.app("r2"));
        ScamReport s = f.file(my, "MEMBERS", "MYS", null, CampaignFixtures.app("s"));
        long other = f.campaignOf(p);

        var outcome = campaigns.rebuild(secretariat);
        assertThat(outcome.kept()).isPositive();
        assertThat(f.campaignsOf(a, b, c)).containsOnly(kept);
        assertThat(f.campaignsOf(p, q)).containsOnly(other);
        assertThat(f.campaignsOf(r, s)).containsOnlyNulls();
        Campaign named = campaigns.view(my, kept).campaign();
        assertThat(named.title()).isEqualTo("Fake trading app 'GoldenBull'");
        assertThat(named.notes()).isEqualTo("Victims recruited on a messaging app");

        campaigns.merge(my, kept, other);
        campaigns.rebuild(secretariat);
        assertThat(f.campaignsOf(a, b, c, p, q)).containsOnly(kept);
        assertThat(campaigns.view(my, kept).campaign().locked()).isTrue();
        assertThatThrownBy(() -> campaigns.rebuild(my)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aMemberSeesOnlyTheReportsItMaySeeAndNothingOfACampaignOfHiddenReports() {
        EadsUser sg = TestUsers.create(users, "SGP", Role.OFFICER);
        String x = CampaignFixtures.app("x");
        ScamReport national = f.file(my, "NATIONAL", "MYS", "10000", x);
        ScamReport shared = f.file(th, "MEMBERS", "THA", "1000", x);
        long id = f.campaignOf(national);
        assertThat(f.campaignOf(shared)).isEqualTo(id);
        CampaignDetail seen = campaigns.view(sg, id);
        assertThat(seen.reports()).extracting(CampaignDetail.Report::id).containsExactly(shared.id());
        assertThat(seen.campaign().lossUsd()).isEqualByComparingTo("237.00");
        assertThat(campaigns.view(my, id).reports()).hasSize(2);

        String y = CampaignFixtures.app("y");
        ScamReport h1 = f.file(my, "NATIONAL", "MYS", null, y);
        f.file(my, "NATIONAL", "MYS", null, y);
        long hidden = f.campaignOf(h1);
        assertThatThrownBy(() -> campaigns.view(sg, hidden)).isInstanceOf(CampaignNotFoundException.class);
        assertThat(campaigns.list(sg, true, 0, 200)).noneMatch(c -> c.id() == hidden);
        assertThat(campaigns.list(my, true, 0, 200)).anyMatch(c -> c.id() == hidden);
    }
}
