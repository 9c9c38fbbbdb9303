package org.eads.scam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.scam.internal.campaigns.CampaignStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CompoundsTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired ScamReports reports;
    @Autowired Campaigns campaigns;
    @Autowired Compounds compounds;
    @Autowired CampaignStore store;

    @Test
    void aCampaignLinkedToACompoundShowsEachMemberItsOwnNationalsAmongTheVictims() throws Exception {
        EadsUser th = TestUsers.create(users, "THA", Role.ANALYST);
        EadsUser id = TestUsers.create(users, "IDN", Role.OFFICER);
        EadsUser vn = TestUsers.create(users, "VNM", Role.OFFICER);
        CampaignFixtures f = new CampaignFixtures(reports, campaigns, store);
        String x = CampaignFixtures.app("x");
        ScamReport a = f.file(th, "MEMBERS", "THA", "1000", x);
        f.file(th, "MEMBERS", "THA", "1000", x);
        long campaign = f.campaignOf(a);

        long compound = compounds.create(th, new CompoundInput("Shwe Kokko compound " + System.nanoTime() % 10000,
                "MMR", "Myawaddy township, Kayin State", new BigDecimal("16.8830"), new BigDecimal("98.5180"), null,
                List.of()));
        for (String nat : List.of("IDN", "IDN", "VNM")) {
            compounds.addVictim(th, compound, new VictimInput(nat, "M", "25-34", "JOB_AD", LocalDate.of(2026, 2, 20)));
        }
        compounds.link(th, campaign, compound, "A phone used by a trafficked Indonesian worker is an indicator");

        Compound seenByIndonesia = compounds.view(id, compound);
        assertThat(seenByIndonesia.victimsOfViewerNationality()).isEqualTo(2);
        assertThat(seenByIndonesia.victims()).hasSize(3);
        assertThat(seenByIndonesia.campaigns()).singleElement().satisfies(l -> {
            assertThat(l.campaignId()).isEqualTo(campaign);
            assertThat(l.victimsOfViewerNationality()).isEqualTo(2);
        });
        assertThat(compounds.view(vn, compound).victimsOfViewerNationality()).isEqualTo(1);
        assertThat(campaigns.view(id, campaign).compounds()).singleElement()
                .satisfies(l -> assertThat(l.compoundId()).isEqualTo(compound));

        String page = mvc.perform(get("/scam/compounds").with(TestUsers.as(id))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Shwe Kokko compound", "Of IDN", "/scam/campaigns/" + campaign);
        assertThat(mvc.perform(get("/scam").with(TestUsers.as(id))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Campaigns linked to scam compounds",
                "Shwe Kokko compound", "/scam/holds", "/scam/delisting");
        mvc.perform(get("/api/v1/scam/compounds/" + compound).with(TestUsers.as(id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.victimsOfViewerNationality").value(2))
                .andExpect(jsonPath("$.campaigns[0].campaignId").value(campaign));
        mvc.perform(get("/scam/compounds/" + compound).with(TestUsers.as(id))).andExpect(status().isOk());
    }

    @Test
    void aCampaignDissolvedByARebuildHandsItsCompoundLinksAndNotesToItsSuccessor() {
        EadsUser th = TestUsers.create(users, "THA", Role.ANALYST);
        EadsUser secretariat = TestUsers.create(users, "ASP", Role.ANALYST);
        CampaignFixtures f = new CampaignFixtures(reports, campaigns, store);
        String x = CampaignFixtures.app("x");
        String y = CampaignFixtures.app("y");
        String h = CampaignFixtures.app("h");
        ScamReport seed = f.file(th, "MEMBERS", "THA", null, h);
        campaigns.stop(secretariat, seed.indicators().getFirst().id(), "held back for the test");
        ScamReport a = f.file(th, "MEMBERS", "THA", null, x, h);
        ScamReport b = f.file(th, "MEMBERS", "THA", null, x);
        ScamReport c = f.file(th, "MEMBERS", "THA", null, y);
        ScamReport d = f.file(th, "MEMBERS", "THA", null, y);
        ScamReport e = f.file(th, "MEMBERS", "THA", null, y, h);
        long small = f.campaignOf(a);
        long large = f.campaignOf(c);
        assertThat(small).isNotEqualTo(large);
        long compound = compounds.create(th, new CompoundInput("Compound " + System.nanoTime() % 10000, "KHM", null,
                null, null, null, List.of()));
        compounds.link(th, small, compound, "An account of an operator received a victim's payment");
        campaigns.describe(th, small, null, "Seen first in Trat province");

        campaigns.unstop(secretariat, seed.indicators().getFirst().id());
        campaigns.rebuild(secretariat);
        assertThat(f.campaignsOf(a, b, c, d, e, seed)).containsOnly(large);
        assertThat(campaigns.view(th, large).compounds()).extracting(CompoundLink::compoundId).containsExactly(compound);
        assertThat(campaigns.view(th, large).campaign().notes()).contains("Seen first in Trat province");
    }

    @Test
    void onlyAnalystsEnterCompoundsAndEveryMistakeIsNamed() throws Exception {
        EadsUser officer = TestUsers.create(users, "PHL", Role.OFFICER);
        EadsUser analyst = TestUsers.create(users, "PHL", Role.ANALYST);
        assertThatThrownBy(() -> compounds.create(officer, new CompoundInput("X", "KHM", null, null, null, null,
                List.of()))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> compounds.create(analyst, new CompoundInput(" ", "Cambodia", null,
                new BigDecimal("95"), null, null, List.of(java.util.UUID.randomUUID()))))
                .isInstanceOf(InvalidRecordException.class)
                .satisfies(e -> assertThat(((InvalidRecordException) e).problems()).extracting(p -> p.field())
                        .contains("name", "country", "latitude", "operators[0]"));
        mvc.perform(post("/api/v1/scam/compounds").with(TestUsers.as(analyst))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Site\",\"country\":\"KHM\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/scam/compounds/999999999/victims").with(TestUsers.as(analyst))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nationality\":\"PHL\",\"recruitedBy\":\"JOB_AD\"}"))
                .andExpect(status().isNotFound());
    }
}
