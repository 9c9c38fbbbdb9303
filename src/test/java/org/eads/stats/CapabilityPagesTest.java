package org.eads.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The capability pages: who reaches which, the form's fields and its answers to mistakes. */
@SpringBootTest
@AutoConfigureMockMvc
class CapabilityPagesTest {

    private static final int YEAR = 2011;

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired CapabilityAssessments assessments;

    @Test
    void aMemberFillsItsFormAndTheSecretariatReadsEveryPage() throws Exception {
        EadsUser focal = TestUsers.create(users, "SGP", Role.STATISTICS_FOCAL_POINT);
        EadsUser vietnam = TestUsers.create(users, "VNM", Role.STATISTICS_FOCAL_POINT);
        EadsUser officer = TestUsers.create(users, "SGP", Role.OFFICER);
        EadsUser secretariat = TestUsers.create(users, "ASP", Role.STATISTICS_FOCAL_POINT);

        mvc.perform(get("/stats/capability").with(TestUsers.as(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/stats/capability").param("year", "" + YEAR).with(TestUsers.as(focal)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Start the assessment of <span>2011</span>")))
                .andExpect(content().string(Matchers.containsString("id=\"cell-SGP-TERRORISM\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"cell-THA-TERRORISM\""))));
        mvc.perform(get("/stats/capability").param("year", "1990").with(TestUsers.as(focal)))
                .andExpect(redirectedUrl("/stats/capability"))
                .andExpect(flash().attribute("error", "year: 1990 is before the first classification of crime areas"));

        String location = mvc.perform(post("/stats/capability/assessments").with(TestUsers.as(focal)).with(csrf())
                        .param("year", "" + YEAR).param("fromLastYear", "true"))
                .andExpect(flash().attribute("notice", "Assessment of 2011 started: there is no earlier submitted "
                        + "assessment to copy, so it starts empty."))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/stats/capability/assessments/");
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(get(location).with(TestUsers.as(focal))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"TERRORISM.LEGISLATION.score\"")))
                .andExpect(content().string(Matchers.containsString(
                        "3 Largely in place: A specific law in line with the international instruments is in force")))
                .andExpect(content().string(Matchers.containsString("href=\"#score-TRAFFICKING_IN_PERSONS-LEGISLATION\"")));
        mvc.perform(post(location).with(TestUsers.as(focal)).with(csrf())
                        .param("TERRORISM.LEGISLATION.score", "4").param("TERRORISM.LEGISLATION.evidence", "")
                        .param("TERRORISM.LEGISLATION.trainingNeed", "")
                        .param("CYBERCRIME.FORENSIC_CAPACITY.score", "1")
                        .param("CYBERCRIME.FORENSIC_CAPACITY.evidence", "")
                        .param("CYBERCRIME.FORENSIC_CAPACITY.trainingNeed", "Cloud evidence"))
                .andExpect(redirectedUrl(location))
                .andExpect(flash().attribute("notice", Matchers.startsWith("Saved. ")));
        CapabilityAssessment saved = assessments.get(focal, id);
        assertThat(saved.answer("TERRORISM", CapabilityDimension.LEGISLATION).score()).isEqualTo(4);
        assertThat(saved.answer("CYBERCRIME", CapabilityDimension.FORENSIC_CAPACITY).trainingNeed())
                .isEqualTo("Cloud evidence");
        mvc.perform(get(location).with(TestUsers.as(focal)))
                .andExpect(content().string(Matchers.containsString("Terrorism, legislation: a score of 4 needs evidence")));
        mvc.perform(post(location).with(TestUsers.as(focal)).with(csrf()).param("TERRORISM.LEGISLATION.score", "x"))
                .andExpect(redirectedUrl(location))
                .andExpect(flash().attribute("error", "TERRORISM.LEGISLATION.score: 'x' is not a score: choose 0 to 4"));
        mvc.perform(post(location + "/submit").with(TestUsers.as(focal)).with(csrf()))
                .andExpect(flash().attribute("error", "Only a supervisor of Singapore submits its assessment"));

        mvc.perform(get(location).with(TestUsers.as(TestUsers.create(users, "SGP", Role.SUPERVISOR))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"submit-assessment\"")))
                .andExpect(content().string(Matchers.containsString("id=\"history\"")));
        mvc.perform(get(location).with(TestUsers.as(vietnam))).andExpect(status().isNotFound());
        mvc.perform(post(location).with(TestUsers.as(vietnam)).with(csrf()).param("TERRORISM.LEGISLATION.score", "0"))
                .andExpect(status().isNotFound());

        mvc.perform(get(location).with(TestUsers.as(secretariat))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<fieldset disabled")));
        mvc.perform(get("/stats/capability").param("year", "" + YEAR).with(TestUsers.as(secretariat)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"cell-THA-TERRORISM\"")))
                .andExpect(content().string(Matchers.containsString("Singapore</span><span class=\"text-body-secondary\"> (draft in progress)")));
        mvc.perform(get("/stats/capability/matrix/TERRORISM").param("year", "" + YEAR).with(TestUsers.as(secretariat)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"cell-SGP-LEGISLATION\"")));
        mvc.perform(get("/stats/capability/matrix/PIRACY").param("year", "" + YEAR).with(TestUsers.as(secretariat)))
                .andExpect(redirectedUrl("/stats/capability"));
        mvc.perform(get("/stats/capability/training-needs").param("year", "" + YEAR).with(TestUsers.as(secretariat)))
                .andExpect(status().isOk());
        mvc.perform(get("/stats/capability/activities").with(TestUsers.as(secretariat))).andExpect(status().isOk());
        mvc.perform(get("/stats/capability/activities/new").param("year", "" + YEAR).param("crimeArea", "CYBERCRIME")
                        .param("dimension", "FORENSIC_CAPACITY").param("members", "SGP").with(TestUsers.as(secretariat)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"SGP\" checked")));
        mvc.perform(get("/stats/capability/activities/new").with(TestUsers.as(focal))).andExpect(status().isForbidden());

        mvc.perform(post("/stats/capability/activities").with(TestUsers.as(secretariat)).with(csrf())
                        .param("year", "" + YEAR).param("title", "Cloud evidence mentoring").param("kind", "MENTORING")
                        .param("crimeArea", "CYBERCRIME").param("dimension", "FORENSIC_CAPACITY")
                        .param("startsOn", "2012-01-09"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("error", "members: choose at least one member the activity targets"))
                .andExpect(content().string(Matchers.containsString("value=\"Cloud evidence mentoring\"")));
        mvc.perform(post("/stats/capability/activities").with(TestUsers.as(secretariat)).with(csrf())
                        .param("year", "" + YEAR).param("title", "Cloud evidence mentoring").param("kind", "MENTORING")
                        .param("crimeArea", "CYBERCRIME").param("dimension", "FORENSIC_CAPACITY")
                        .param("members", "SGP").param("startsOn", "9 January"))
                .andExpect(model().attribute("error", "startsOn: '9 January' is not a date: give it as 2026-03-31"));
        mvc.perform(post("/stats/capability/activities").with(TestUsers.as(secretariat)).with(csrf())
                        .param("year", "" + YEAR).param("title", "Cloud evidence mentoring").param("kind", "MENTORING")
                        .param("crimeArea", "CYBERCRIME").param("dimension", "FORENSIC_CAPACITY")
                        .param("members", "SGP").param("startsOn", "2012-01-09").param("status", "PLANNED"))
                .andExpect(redirectedUrl("/stats/capability/matrix/CYBERCRIME?year=2011"))
                .andExpect(flash().attribute("notice", "Activity recorded: Cloud evidence mentoring."));
        mvc.perform(get("/stats/capability/activities").param("year", "" + YEAR).with(TestUsers.as(focal)))
                .andExpect(content().string(Matchers.containsString("Cloud evidence mentoring")));
        mvc.perform(get("/stats/capability/activities").param("year", "" + YEAR).with(TestUsers.as(vietnam)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Cloud evidence mentoring"))));
    }
}
