package org.eads.scam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ScamReportPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;

    @Test
    void theFormNamesTheRowOfABadIndicatorKeepsWhatWasTypedAndRecordsAGoodReport() throws Exception {
        EadsUser officer = TestUsers.create(users, "PHL", Role.OFFICER);
        String ref = "PH-" + System.nanoTime() % 1_000_000;
        assertThat(mvc.perform(get("/scam/reports/new").with(TestUsers.as(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Case reference", "What the scammer used");

        String refused = mvc.perform(post("/scam/reports").with(TestUsers.as(officer)).with(csrf())
                        .param("caseReference", ref).param("scamType", "LOAN").param("channel", "SMS")
                        .param("indicators[0].kind", "PHONE").param("indicators[0].value", "")
                        .param("indicators[1].kind", "PHONE").param("indicators[1].value", "12")
                        .param("indicators[1].country", "PHL"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Indicator row 2.value", "is not a possible phone number", ref);

        String location = mvc.perform(post("/scam/reports").with(TestUsers.as(officer)).with(csrf())
                        .param("caseReference", ref).param("scamType", "LOAN").param("channel", "SMS")
                        .param("victimName", "Juan dela Cruz").param("lossAmount", "15000").param("lossCurrency", "PHP")
                        .param("indicators[0].kind", "PHONE").param("indicators[0].value", "0917 123 4567")
                        .param("indicators[0].country", "PHL")
                        .param("payments[0].kind", "E_WALLET").param("payments[0].to", "0917 765 4321")
                        .param("payments[0].amount", "5000").param("payments[0].currency", "PHP")
                        .param("payments[0].paidAt", "2026-03-01T09:30"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(location).with(TestUsers.as(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(ref, "Juan dela Cruz", "+639171234567", "258.00");

        EadsUser other = TestUsers.create(users, "VNM", Role.OFFICER);
        String seen = mvc.perform(get(location).with(TestUsers.as(other))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(seen).contains(ref).doesNotContain("Juan dela Cruz");
        assertThat(mvc.perform(get("/scam/indicators").param("kind", "PHONE").param("value", "+63 917 123 4567")
                        .with(TestUsers.as(other))).andReturn().getResponse().getContentAsString())
                .contains("Reports shared with members", "PHL", "Reported together with", "+639177654321",
                        "Records that name it");
        assertThat(mvc.perform(get("/scam/indicators/badge").param("kind", "PHONE").param("value", "+639171234567")
                        .with(TestUsers.as(other))).andReturn().getResponse().getContentAsString())
                .contains("Anti-scam registry", "REPORTED, reported in 1 scam reports");
        assertThat(mvc.perform(get("/scam/indicators/badge").param("kind", "PHONE").param("value", "+639170000000")
                        .with(TestUsers.as(other))).andReturn().getResponse().getContentAsString())
                .doesNotContain("Anti-scam registry");
    }

    @Test
    void theApiRecordsAReportAndAnswersProblemsAndUnknownIndicators() throws Exception {
        EadsUser machine = TestUsers.create(users, "SGP", Role.API_CLIENT);
        String ref = "SG-" + System.nanoTime() % 1_000_000;
        mvc.perform(post("/api/v1/scam/reports").with(TestUsers.as(machine)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"caseReference": "%s", "reportDate": "2026-04-01",
                                 "victim": {"kind": "PERSON", "name": "Tan Ah Kow", "ageBand": "65+", "nationality": "SGP"},
                                 "scamType": "IMPERSONATION", "channel": "CALL", "lossAmount": 80000, "lossCurrency": "SGD",
                                 "indicators": [{"kind": "PHONE", "value": "+65 8123 4567"},
                                                {"kind": "URL", "value": "https://www.mas-gov.example/verify?utm_campaign=x"}]}
                                """.formatted(ref)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.lossUsd").value(61600.0))
                .andExpect(jsonPath("$.indicators[?(@.kind == 'URL')].value").value("mas-gov.example/verify"));
        mvc.perform(post("/api/v1/scam/reports").with(TestUsers.as(machine)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseReference\": \"x\", \"victim\": {\"kind\": \"PERSON\"}, \"scamType\": \"NOPE\","
                                + " \"channel\": \"CALL\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("scamType"));
        mvc.perform(get("/api/v1/scam/indicators").param("kind", "PHONE").param("value", "+6581234567")
                .with(TestUsers.as(machine))).andExpect(status().isOk()).andExpect(jsonPath("$.reportCount").value(1));
        mvc.perform(get("/api/v1/scam/indicators").param("kind", "PHONE").param("value", "+6580000001")
                .with(TestUsers.as(machine))).andExpect(status().isNotFound());
    }
}
