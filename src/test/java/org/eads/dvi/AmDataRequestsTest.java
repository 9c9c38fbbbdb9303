package org.eads.dvi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eads.TestUsers;
import org.eads.alerts.AlertKind;
import org.eads.alerts.Alerts;
import org.eads.alerts.InboxEntry;
import org.eads.audit.AuditLog;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A request for a missing person's data reaches the reporting member and the member of their nationality. */
@SpringBootTest
@AutoConfigureMockMvc
class AmDataRequestsTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired DviOperations operations;
    @Autowired DviFiles files;
    @Autowired Alerts alerts;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;

    @Test
    void theReportingMemberAndTheMemberOfTheNationalityAreAlerted() throws Exception {
        EadsUser thai = TestUsers.create(users, "THA", Role.OFFICER);
        EadsUser singaporean = TestUsers.create(users, "SGP", Role.OFFICER);
        EadsUser malaysian = TestUsers.create(users, "MYS", Role.OFFICER);
        EadsUser vietnamese = TestUsers.create(users, "VNM", Role.OFFICER);
        Operation o = operations.open(thai, new Operation.Input("Bus fire " + System.nanoTime(), "Ayutthaya",
                LocalDate.of(2026, 10, 9), null, null, null, null, 3, Set.of("SGP")));
        DviFile am = files.create(thai, o.id(), DviFile.Kind.AM, DviFixtures.missing("AM-7", "Nur Aisyah", "MYS"));

        mvc.perform(post("/api/v1/dvi/am-files/" + am.id() + "/requests").with(TestUsers.as(singaporean))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"family_reference_samples\", \"note\": \"Both parents if living\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sentTo", Matchers.containsInAnyOrder("THA", "MYS")));
        String subject = "Family reference samples needed for missing person Nur Aisyah (file AM-7)";
        for (EadsUser recipient : List.of(thai, malaysian)) {
            assertThat(alerts.inbox(recipient, Alerts.InboxFilter.ALL, 0, 50).entries()).anySatisfy(e -> {
                assertThat(e.alert().kind()).isEqualTo(AlertKind.DVI);
                assertThat(e.alert().subject()).isEqualTo(subject);
                assertThat(e.alert().body()).contains(o.name(), "Both parents if living");
            });
        }
        assertThat(alerts.inbox(vietnamese, Alerts.InboxFilter.ALL, 0, 50).entries())
                .extracting(InboxEntry::alert).noneMatch(a -> a.subject().equals(subject));
        audit.flush();
        assertThat(jdbc.sql("select details from audit_entry where action = 'DVI_CHANGE' and object_id = :id")
                .param("id", am.id().toString()).query(String.class).list())
                .contains("requested FAMILY_REFERENCE_SAMPLES from THA, MYS");

        mvc.perform(post("/dvi/am-files/" + am.id() + "/requests").with(TestUsers.as(thai)).with(csrf())
                        .param("kind", "DENTAL_RECORDS").param("note", ""))
                .andExpect(flash().attribute("notice", "Request sent to MYS, THA."));
        assertThat(alerts.inbox(malaysian, Alerts.InboxFilter.ALL, 0, 50).entries()).anyMatch(e ->
                e.alert().subject().equals("Dental records needed for missing person Nur Aisyah (file AM-7)"));
        mvc.perform(get("/dvi/am-files/" + am.id()).with(TestUsers.as(thai))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"FAMILY_REFERENCE_SAMPLES\"")));

        mvc.perform(post("/api/v1/dvi/am-files/" + am.id() + "/requests").with(TestUsers.as(thai))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"HAIR\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(post("/api/v1/dvi/am-files/" + am.id() + "/requests").with(TestUsers.as(vietnamese))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"FINGERPRINTS\"}"))
                .andExpect(status().isNotFound());
    }
}
