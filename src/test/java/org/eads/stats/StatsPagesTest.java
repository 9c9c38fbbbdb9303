package org.eads.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The statistics pages as their users see them, and what each may do on them. */
@SpringBootTest
@AutoConfigureMockMvc
class StatsPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired StatsSubmissions submissions;

    @Test
    void theHomePageShowsWhatToDoAndTheCompletenessOfTheYear() throws Exception {
        StatsFixtures.Slot slot = StatsFixtures.slot();
        StatsFixtures.People people = StatsFixtures.people(users, slot.member());
        Submission s = submissions.open(people.focalPoint(), slot.month(1));

        mvc.perform(get("/stats").param("year", Integer.toString(slot.year())).with(TestUsers.as(people.focalPoint())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"start-period\""),
                        containsString("/stats/submissions/" + s.id()), containsString("Draft: fill in"),
                        containsString("id=\"completeness-matrix\""), containsString("data-member=\"" + slot.member()),
                        containsString("<th scope=\"col\">Jan</th>"), containsString("<th scope=\"col\">Q4</th>"),
                        containsString("/stats/dashboard"), containsString("/stats/capability"))));
        mvc.perform(get("/stats").param("year", Integer.toString(slot.year())).with(TestUsers.as(people.secretariat())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("id=\"start-period\"")),
                        containsString("data-member=\"BRN\""), containsString("data-member=\"VNM\""))));
        mvc.perform(get("/stats").with(TestUsers.as(TestUsers.create(users, "MYS", Role.OFFICER))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/stats/completeness").param("year", Integer.toString(slot.year()))
                .with(TestUsers.as(people.supervisor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Completeness of crime statistics")));

        mvc.perform(post("/stats/submissions").param("period", slot.month(1)).with(csrf())
                .with(TestUsers.as(people.supervisor()))).andExpect(redirectedUrl("/stats/submissions/" + s.id()));
        mvc.perform(post("/stats/submissions").param("period", "next week").with(csrf())
                .with(TestUsers.as(people.supervisor()))).andExpect(redirectedUrl("/stats"))
                .andExpect(flash().attribute("error", containsString("not a reporting period")));
    }

    @Test
    void theGridSavesDraftsAndShowsTheValidationAndTheSupervisorAndSecretariatActOnIt() throws Exception {
        StatsFixtures.Slot slot = StatsFixtures.slot();
        StatsFixtures.People people = StatsFixtures.people(users, slot.member());
        Submission s = submissions.open(people.focalPoint(), slot.month(2));
        String page = "/stats/submissions/" + s.id();

        mvc.perform(get(page).with(TestUsers.as(people.focalPoint()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"entry-grid\""),
                        containsString("name=\"v|FRAUD|VICTIMS|SEX=F\""), containsString("name=\"n|FRAUD|CASES|\""),
                        not(containsString("name=\"v|FRAUD|PROSECUTED|\"")), not(containsString("id=\"submit-form\"")),
                        containsString("/js/stats-entry.js"))));

        mvc.perform(post(page + "/values").with(csrf()).with(TestUsers.as(people.focalPoint())).header("HX-Request", "true")
                        .param("v|FRAUD|VICTIMS|", "10").param("v|FRAUD|VICTIMS|SEX=F", "4")
                        .param("v|FRAUD|VICTIMS|SEX=M", "5").param("v|FRAUD|VICTIMS|SEX=U", "0")
                        .param("v|FRAUD|CASES|", "NA").param("n|FRAUD|CASES|", "system migration")
                        .param("v|FRAUD|SUSPECTS|", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"validation\""), containsString("Saved at"),
                        containsString("PARTS (by SEX) is 9, TOTAL is 10"),
                        containsString("data-cell=\"FRAUD|VICTIMS|\""), not(containsString("<html")))));
        assertThat(submissions.get(people.focalPoint(), s.id()).values()).hasSize(5);

        mvc.perform(post(page + "/values").with(csrf()).with(TestUsers.as(people.focalPoint())).header("HX-Request", "true")
                        .param("v|FRAUD|VICTIMS|", "ten"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Not saved"), containsString("ten&#39; is not a number"),
                        containsString("data-kind=\"error\""))));
        assertThat(submissions.get(people.focalPoint(), s.id()).values()).hasSize(5);

        mvc.perform(post(page + "/values").with(csrf()).with(TestUsers.as(people.focalPoint()))
                        .param("v|FRAUD|VICTIMS|", "9").param("v|FRAUD|VICTIMS|SEX=F", "4")
                        .param("v|FRAUD|VICTIMS|SEX=M", "5").param("v|FRAUD|VICTIMS|SEX=U", "0")
                        .param("v|FRAUD|CASES|", "na").param("n|FRAUD|CASES|", "system migration"))
                .andExpect(redirectedUrl(page)).andExpect(flash().attribute("notice", "Saved."));

        mvc.perform(get(page).with(TestUsers.as(people.supervisor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"submit-form\"")));
        mvc.perform(post(page + "/submit").with(csrf()).with(TestUsers.as(people.focalPoint())))
                .andExpect(redirectedUrl(page)).andExpect(flash().attribute("error", containsString("supervisor")));
        mvc.perform(post(page + "/submit").with(csrf()).with(TestUsers.as(people.supervisor())))
                .andExpect(redirectedUrl(page)).andExpect(flash().attribute("notice", containsString("Submitted")));

        mvc.perform(get(page).with(TestUsers.as(people.secretariat()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"review-form\""),
                        not(containsString("id=\"entry-grid\"")), containsString("not available"))));
        mvc.perform(post(page + "/return").with(csrf()).with(TestUsers.as(people.secretariat())))
                .andExpect(flash().attribute("error", containsString("comment")));
        mvc.perform(post(page + "/accept").param("comment", "Consistent with last year").with(csrf())
                .with(TestUsers.as(people.secretariat()))).andExpect(flash().attribute("notice", containsString("Accepted")));

        mvc.perform(post(page + "/revisions").param("reason", "Two more victims identified").with(csrf())
                        .with(TestUsers.as(people.focalPoint())))
                .andExpect(redirectedUrlPattern("/stats/submissions/*"));
        mvc.perform(get(page + "/history").with(TestUsers.as(people.focalPoint()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"revision-1\""), containsString("id=\"revision-2\""),
                        containsString("Two more victims identified"))));

        String other = StatsFixtures.MEMBERS.stream().filter(m -> !m.equals(slot.member())).findFirst().orElseThrow();
        mvc.perform(get(page).with(TestUsers.as(TestUsers.create(users, other, Role.STATISTICS_FOCAL_POINT))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theClassificationRulesAndUploadPagesServeTheirUsers() throws Exception {
        EadsUser member = TestUsers.create(users, "IDN", Role.STATISTICS_FOCAL_POINT);
        EadsUser secretariat = TestUsers.create(users, "ASP", Role.STATISTICS_FOCAL_POINT);
        mvc.perform(get("/stats/classification").param("year", "2020").with(TestUsers.as(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Trafficking in persons"), containsString("0204"),
                        containsString("SEX (F, M, U)"), not(containsString("id=\"add-area\"")))));
        mvc.perform(get("/stats/classification").with(TestUsers.as(secretariat))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"add-area\"")));
        mvc.perform(post("/stats/classification/crime-areas").with(csrf()).with(TestUsers.as(secretariat))
                        .param("code", "x").param("name", "").param("note", "").param("firstYear", "1990"))
                .andExpect(redirectedUrl("/stats/classification"))
                .andExpect(flash().attribute("error", allOf(containsString("code"), containsString("firstYear"))));

        mvc.perform(get("/stats/rules").with(TestUsers.as(member))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("PARTS_SUM_TO_TOTAL"), not(containsString("id=\"add-rule\"")))));
        String code = "PAGE_RULE_" + System.nanoTime() % 100_000;
        mvc.perform(post("/stats/rules").with(csrf()).with(TestUsers.as(secretariat)).param("code", code)
                        .param("description", "Few child victims").param("crimeArea", "").param("leftSide", "VICTIMS[AGE_GROUP=CHILD]")
                        .param("operator", "<=").param("rightSide", "VICTIMS").param("severity", "WARNING"))
                .andExpect(flash().attribute("notice", containsString(code)));
        mvc.perform(post("/stats/rules").with(csrf()).with(TestUsers.as(member)).param("code", "Y")
                        .param("description", "d").param("leftSide", "CASES").param("operator", "<")
                        .param("rightSide", "1").param("severity", "WARNING"))
                .andExpect(flash().attribute("error", containsString("Secretariat")));

        mvc.perform(get("/stats/upload").with(TestUsers.as(member))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"upload-form\""), containsString("id=\"template-form\""))));
        String period = "2020-01";
        MockMultipartFile file = new MockMultipartFile("file", "values.csv", "text/csv",
                ("member,period,crime_area,indicator,disaggregation,value,note\nIDN," + period + ",FRAUD,CASES,,x,\n")
                        .getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/stats/upload").file(file).param("action", "check").with(csrf()).with(TestUsers.as(member)))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("id=\"check-result\""),
                        containsString("is not a number"))));
        StatsFixtures.Slot slot = StatsFixtures.slot();
        EadsUser focalPoint = TestUsers.create(users, slot.member(), Role.STATISTICS_FOCAL_POINT);
        MockMultipartFile good = new MockMultipartFile("file", "values.csv", "text/csv",
                ("member,period,crime_area,indicator,disaggregation,value,note\n" + slot.member() + "," + slot.month(5)
                        + ",FRAUD,CASES,,12,\n").getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/stats/upload").file(good).param("action", "upload").with(csrf())
                .with(TestUsers.as(focalPoint))).andExpect(redirectedUrlPattern("/imports/*"));
        mvc.perform(multipart("/stats/upload").param("action", "upload").with(csrf()).with(TestUsers.as(focalPoint)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose a file")));

        mvc.perform(get("/stats/template").param("period", "2020-Q1").param("format", "csv").with(TestUsers.as(member)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("IDN,2020-Q1,FRAUD,CONVICTED,SEX=M,,")));
        assertThat(List.of(member.memberCode())).containsExactly("IDN");
    }
}
