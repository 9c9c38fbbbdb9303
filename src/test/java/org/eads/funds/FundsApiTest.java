package org.eads.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import org.eads.TestUsers;
import org.eads.alerts.AlertKind;
import org.eads.alerts.Alerts;
import org.eads.alerts.Severity;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The fund tracing API end to end: a case, an import, a trace and its exports, and a freeze request answered. */
@SpringBootTest
@AutoConfigureMockMvc
class FundsApiTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Alerts alerts;
    @Autowired FreezeRequests freezes;
    @Autowired FundsCases cases;

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode call(org.springframework.test.web.servlet.RequestBuilder request, int expected) throws Exception {
        String body = mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString();
        return body.isEmpty() ? null : json.readTree(body);
    }

    @Test
    void aTraceLeadsToAFreezeThatThailandAnswersAndTheCaseCounts() throws Exception {
        EadsUser officer = TestUsers.create(users, "MYS", Role.OFFICER);
        EadsUser thaiContact = TestUsers.create(users, "THA", Role.FREEZE_CONTACT);
        EadsUser thaiOfficer = TestUsers.create(users, "THA", Role.OFFICER);
        EadsUser vietnam = TestUsers.create(users, "VNM", Role.OFFICER);
        String n = String.format("%05d", System.nanoTime() % 100_000);

        JsonNode c = call(post("/api/v1/funds/cases").with(TestUsers.as(officer)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reference\": \"API-" + n + "\", \"title\": \"Romance scam\"}"), 201);
        long caseId = c.get("id").asLong();
        call(post("/api/v1/funds/cases").with(TestUsers.as(officer)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reference\": \"API-" + n + "\", \"title\": \"\"}"), 400);

        String csv = """
                txn_id,timestamp,from_account,from_bank,from_country,to_account,to_bank,to_country,amount,currency,channel,reference
                A-1,2026-03-02T10:15:00+08:00,7000 9999 %1$s,CIMB,MY,5140-%1$s-1111,Maybank,MY,8000.00,MYR,DUITNOW,victim
                A-2,2026-03-02T10:30:00+08:00,5140%1$s1111,Maybank,MY,222-3-%1$s-9,Bangkok Bank,TH,8000.00,MYR,SWIFT,
                """.formatted(n);
        JsonNode job = call(post("/api/v1/funds/cases/" + caseId + "/transfers").param("source", "CIMB")
                .with(TestUsers.as(officer)).contentType("text/csv").content(csv), 200);
        assertThat(job.get("importedRows").asInt()).isEqualTo(2);
        JsonNode bad = call(post("/api/v1/funds/cases/" + caseId + "/transfers").param("source", "CIMB")
                .with(TestUsers.as(officer)).contentType("text/csv").content(csv.replace("8000.00,MYR,SWIFT", "x,MYR,SWIFT")), 400);
        assertThat(bad.get("errors").get(0).get("line").asInt()).isEqualTo(3);

        JsonNode transfers = call(get("/api/v1/funds/cases/" + caseId + "/transfers").with(TestUsers.as(officer)), 200);
        long start = 0;
        for (JsonNode t : transfers) {
            if (t.get("txnId").asString().equals("A-1")) {
                start = t.get("id").asLong();
            }
        }
        JsonNode trace = call(post("/api/v1/funds/traces").with(TestUsers.as(officer)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"caseId\": " + caseId + ", \"rule\": \"pro_rata\", \"transfers\": [" + start + "]}"), 201);
        long traceId = trace.get("id").asLong();
        assertThat(trace.get("answer").get("started").decimalValue()).isEqualByComparingTo("1896.00");

        mvc.perform(get("/api/v1/funds/traces/" + traceId + "/export").param("format", "pdf").with(TestUsers.as(officer)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(result -> assertThat(new String(result.getResponse().getContentAsByteArray(), 0, 5))
                        .isEqualTo("%PDF-"));
        mvc.perform(get("/api/v1/funds/traces/" + traceId + "/export").param("format", "csv").with(TestUsers.as(officer)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("trace-" + traceId + "-transfers.csv")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("A-2,CIMB,")));
        call(get("/api/v1/funds/traces/" + traceId + "/export").param("format", "xls").with(TestUsers.as(officer)), 400);
        call(get("/api/v1/funds/traces/" + traceId).with(TestUsers.as(vietnam)), 404);

        JsonNode drafts = call(get("/api/v1/funds/traces/" + traceId + "/freeze-drafts").with(TestUsers.as(officer)), 200);
        assertThat(drafts).hasSize(1);
        assertThat(drafts.get(0).get("receivingMember").asString()).isEqualTo("THA");
        long account = drafts.get(0).get("account").get("id").asLong();
        JsonNode sent = call(post("/api/v1/funds/traces/" + traceId + "/freeze-requests").with(TestUsers.as(officer))
                .contentType(MediaType.APPLICATION_JSON).content("{\"accounts\": [" + account + "], \"legalBasis\": "
                        + "\"AMLA s. 44\", \"urgency\": \"IMMEDIATE\", \"contact\": \"CCID\"}"), 200);
        long requestId = sent.get(0).get("id").asLong();
        assertThat(alerts.inbox(thaiContact, Alerts.InboxFilter.ALL, 0, 50).entries()).anyMatch(e ->
                e.alert().kind() == AlertKind.FREEZE_REQUEST && e.alert().severity() == Severity.CRITICAL
                        && e.alert().subject().contains(sent.get(0).get("reference").asString()));
        call(get("/api/v1/funds/freeze-requests/" + requestId).with(TestUsers.as(vietnam)), 404);

        String act = "/api/v1/funds/freeze-requests/" + requestId + "/actions";
        call(post(act).with(TestUsers.as(thaiOfficer)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\": \"FORWARDED\"}"), 403);
        call(post(act).with(TestUsers.as(officer)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\": \"FORWARDED\"}"), 403);
        call(post(act).with(TestUsers.as(thaiContact)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\": \"REFUSED\"}"), 400);
        call(post(act).with(TestUsers.as(thaiContact)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\": \"FORWARDED\", \"note\": \"to the bank\"}"), 200);
        JsonNode frozen = call(post(act).with(TestUsers.as(thaiContact)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\": \"PARTIAL\", \"amountUsd\": 1000}"), 200);
        assertThat(frozen.get("status").asString()).isEqualTo("PARTIAL");
        call(post(act).with(TestUsers.as(thaiContact)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\": \"RETURNED\", \"amountUsd\": 1500}"), 400);
        JsonNode returned = call(post(act).with(TestUsers.as(thaiContact)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\": \"RETURNED\", \"amountUsd\": 400}"), 200);
        assertThat(returned.get("actions")).hasSize(3);
        call(post(act).with(TestUsers.as(thaiContact)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\": \"FROZEN\", \"amountUsd\": 5}"), 400);

        FundsCase after = cases.visible(officer, caseId);
        assertThat(after.frozenUsd()).isEqualByComparingTo("1000.00");
        assertThat(after.returnedUsd()).isEqualByComparingTo("400.00");
        assertThat(freezes.totals(officer).frozenUsd()).isGreaterThanOrEqualTo(new BigDecimal("1000.00"));
        assertThat(alerts.inbox(officer, Alerts.InboxFilter.ALL, 0, 50).entries())
                .filteredOn(e -> e.alert().kind() == AlertKind.FREEZE_UPDATE).hasSize(3);
        assertThat(alerts.inbox(thaiContact, Alerts.InboxFilter.ALL, 0, 50).entries())
                .filteredOn(e -> e.alert().kind() == AlertKind.FREEZE_REQUEST)
                .allMatch(e -> e.acknowledgedAt() != null);
        List<FreezeRequest> received = freezes.received(thaiContact);
        assertThat(received).anyMatch(r -> r.id() == requestId);
    }
}
