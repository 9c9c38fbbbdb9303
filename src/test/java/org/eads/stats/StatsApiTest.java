package org.eads.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import org.eads.TestUsers;
import org.eads.audit.AuditLog;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The statistics API end to end, as a member's system and the Secretariat call it. */
@SpringBootTest
@AutoConfigureMockMvc
class StatsApiTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog audit;

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode call(RequestBuilder request, int expected) throws Exception {
        String body = mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString();
        return body.isEmpty() ? null : json.readTree(body);
    }

    @Test
    void aMembersSystemFillsTheSupervisorSubmitsAndTheSecretariatAcceptsAndRevises() throws Exception {
        StatsFixtures.Slot slot = StatsFixtures.slot();
        StatsFixtures.People people = StatsFixtures.people(users, slot.member());
        EadsUser machine = TestUsers.create(users, slot.member(), Role.API_CLIENT);
        String other = StatsFixtures.MEMBERS.stream().filter(m -> !m.equals(slot.member())).findFirst().orElseThrow();
        EadsUser otherFocalPoint = TestUsers.create(users, other, Role.STATISTICS_FOCAL_POINT);
        EadsUser officer = TestUsers.create(users, slot.member(), Role.OFFICER);

        JsonNode draft = call(post("/api/v1/stats/submissions").with(TestUsers.as(machine))
                .contentType(MediaType.APPLICATION_JSON).content("{\"period\": \"" + slot.quarter(3) + "\"}"), 200);
        String id = draft.get("id").asString();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        String values = "/api/v1/stats/submissions/" + id + "/values";

        JsonNode bad = call(put(values).with(TestUsers.as(machine)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"values\": [{\"crimeArea\": \"FRAUD\", \"indicator\": \"PROSECUTED\", \"value\": \"x\"}]}"),
                400);
        assertThat(bad.get("errors").get(0).get("field").asString()).isEqualTo("values[0].value");
        assertThat(bad.get("detail").asString()).contains("'x' is not a number");

        JsonNode saved = call(put(values).with(TestUsers.as(machine)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"values": [
                          {"crimeArea": "FRAUD", "indicator": "PROSECUTED", "value": 30},
                          {"crimeArea": "FRAUD", "indicator": "CONVICTED", "value": "12", "note": "court registry"},
                          {"crimeArea": "FRAUD", "indicator": "CONVICTED", "disaggregation": "SEX=F", "value": "NA"},
                          {"crimeArea": "CYBERCRIME", "indicator": "PROSECUTED", "value": null}
                        ]}"""), 200);
        assertThat(saved.get("values")).hasSize(3);
        JsonNode fetched = call(get("/api/v1/stats/submissions/" + id).with(TestUsers.as(people.focalPoint())), 200);
        JsonNode notAvailable = null;
        for (JsonNode v : fetched.get("values")) {
            if (v.get("disaggregation").asString().equals("SEX=F")) {
                notAvailable = v;
            }
        }
        assertThat(notAvailable.get("notAvailable").asBoolean()).isTrue();
        assertThat(notAvailable.has("value")).isFalse();

        call(get("/api/v1/stats/submissions/" + id).with(TestUsers.as(otherFocalPoint)), 404);
        call(put(values).with(TestUsers.as(otherFocalPoint)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"values\": []}"), 404);
        call(get("/api/v1/stats/submissions/" + id).with(TestUsers.as(officer)), 403);
        call(get("/api/v1/stats/submissions/not-an-id").with(TestUsers.as(machine)), 400);

        assertThat(call(get("/api/v1/stats/submissions/" + id + "/validation").with(TestUsers.as(machine)), 200))
                .isEmpty();
        call(post("/api/v1/stats/submissions/" + id + "/submit").with(TestUsers.as(people.focalPoint())), 403);
        call(post("/api/v1/stats/submissions/" + id + "/submit").with(TestUsers.as(people.supervisor())), 200);
        call(put(values).with(TestUsers.as(machine)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"values\": []}"), 400);
        call(post("/api/v1/stats/submissions/" + id + "/accept").with(TestUsers.as(people.focalPoint())), 403);
        call(post("/api/v1/stats/submissions/" + id + "/return").with(TestUsers.as(people.secretariat()))
                .contentType(MediaType.APPLICATION_JSON).content("{}"), 400);
        JsonNode accepted = call(post("/api/v1/stats/submissions/" + id + "/accept")
                .with(TestUsers.as(people.secretariat())), 200);
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(jdbc.sql("select value from stats_fact where member = ? and period = ? and crime_area = 'FRAUD' "
                        + "and indicator = 'CONVICTED' and disaggregation = ''").params(slot.member(), slot.quarter(3))
                .query(BigDecimal.class).single()).isEqualByComparingTo("12");

        JsonNode revision = call(post("/api/v1/stats/submissions/" + id + "/revisions").with(TestUsers.as(machine))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"late court returns\"}"), 201);
        assertThat(revision.get("revision").asInt()).isEqualTo(2);
        call(put("/api/v1/stats/submissions/" + revision.get("id").asString() + "/values").with(TestUsers.as(machine))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"values": [{"crimeArea": "FRAUD", "indicator": "PROSECUTED", "value": 31},
                                    {"crimeArea": "FRAUD", "indicator": "CONVICTED", "value": 14}]}"""), 200);
        JsonNode history = call(get("/api/v1/stats/submissions/" + id + "/history")
                .with(TestUsers.as(people.secretariat())), 200);
        assertThat(history.get("revisions")).hasSize(2);
        assertThat(history.get("revisions").get(1).get("changes")).hasSize(3);

        JsonNode list = call(get("/api/v1/stats/submissions").param("member", slot.member())
                .param("year", Integer.toString(slot.year())).param("status", "draft")
                .with(TestUsers.as(people.secretariat())), 200);
        assertThat(list).anyMatch(s -> s.get("id").asString().equals(revision.get("id").asString()));
        call(get("/api/v1/stats/submissions").param("status", "LOST").with(TestUsers.as(machine)), 400);

        String file = "member,period,crime_area,indicator,disaggregation,value,note\n"
                + slot.member() + "," + slot.quarter(4) + ",FRAUD,CONVICTED,,3,\n"
                + slot.member() + "," + slot.quarter(4) + ",FRAUD,PROSECUTED,,2,\n"
                + slot.member() + "," + slot.quarter(4) + ",FRAUD,CASES,,2,\n";
        JsonNode checked = call(post("/api/v1/stats/uploads/check").with(TestUsers.as(machine))
                .contentType("text/csv").content(file), 200);
        assertThat(checked.get("errors").get(0).get("line").asInt()).isEqualTo(4);
        assertThat(checked.get("errors").get(1).get("field").asString()).isEqualTo("rule CONVICTED_NOT_ABOVE_PROSECUTED");
        JsonNode refused = call(post("/api/v1/stats/uploads").with(TestUsers.as(machine)).contentType("text/csv")
                .content(file), 400);
        assertThat(refused.get("status").asString()).isEqualTo("NEEDS_DECISION");
        JsonNode uploaded = call(post("/api/v1/stats/uploads").param("mode", "VALID_ONLY").with(TestUsers.as(machine))
                .contentType("text/csv").content(file), 200);
        assertThat(uploaded.get("importedRows").asInt()).isEqualTo(2);
        call(post("/api/v1/stats/uploads").with(TestUsers.as(people.secretariat())).contentType("text/csv")
                .content(file), 403);

        JsonNode completeness = call(get("/api/v1/stats/completeness").param("year", Integer.toString(slot.year()))
                .with(TestUsers.as(people.focalPoint())), 200);
        assertThat(completeness.get("rows")).hasSize(1);

        audit.flush();
        assertThat(jdbc.sql("select count(*) from audit_entry where username = ? and action = 'STATS_VIEW'")
                .param(people.secretariat().username()).query(Integer.class).single()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_entry where username = ? and action = 'STATS_CHANGE'")
                .param(machine.username()).query(Integer.class).single()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void theClassificationRulesAndTemplatesAreReadableAndOnlyTheSecretariatChangesThem() throws Exception {
        EadsUser member = TestUsers.create(users, "SGP", Role.STATISTICS_FOCAL_POINT);
        EadsUser secretariat = TestUsers.create(users, "ASP", Role.STATISTICS_FOCAL_POINT);
        JsonNode c = call(get("/api/v1/stats/classification").param("year", "2024").with(TestUsers.as(member)), 200);
        assertThat(c.get("version").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(c.get("crimeAreas").get(0).get("code").asString()).isEqualTo("TRAFFICKING_IN_PERSONS");
        assertThat(c.get("crimeAreas").get(0).get("iccsCodes").get(0).asString()).isEqualTo("0204");
        assertThat(c.get("indicators").get("VICTIMS").get("dimensions")).hasSize(3);

        assertThat(call(get("/api/v1/stats/rules").with(TestUsers.as(member)), 200))
                .anyMatch(r -> r.get("code").asString().equals("PARTS_SUM_TO_TOTAL"));
        call(post("/api/v1/stats/rules").with(TestUsers.as(member)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"X\"}"), 403);
        JsonNode refused = call(post("/api/v1/stats/rules").with(TestUsers.as(secretariat))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"code": "API_RULE", "description": "d", "leftSide": "CASES +", "operator": "<",
                         "rightSide": "1", "severity": "WARNING"}"""), 400);
        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("leftSide");
        call(put("/api/v1/stats/rules/NO_SUCH_RULE").with(TestUsers.as(secretariat))
                .contentType(MediaType.APPLICATION_JSON).content("{\"active\": false}"), 404);
        call(delete("/api/v1/stats/classification/crime-areas/NOWHERE").param("firstYear", "2030")
                .param("note", "n").with(TestUsers.as(secretariat)), 404);

        mvc.perform(get("/api/v1/stats/template").param("period", "2024-Q1").with(TestUsers.as(member)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"statistics-SGP-2024-Q1.csv\""))
                .andExpect(content().string(org.hamcrest.Matchers.startsWith(
                        "member,period,crime_area,indicator,disaggregation,value,note\r\n"
                                + "SGP,2024-Q1,TRAFFICKING_IN_PERSONS,PROSECUTED,,,\r\n"
                                + "SGP,2024-Q1,TRAFFICKING_IN_PERSONS,PROSECUTED,SEX=F,,\r\n")));
        byte[] xlsx = mvc.perform(get("/api/v1/stats/template").param("period", "2024-01").param("format", "xlsx")
                .with(TestUsers.as(member))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");
        call(get("/api/v1/stats/template").param("period", "2024-01").param("format", "pdf")
                .with(TestUsers.as(member)), 400);
        call(get("/api/v1/stats/template").param("period", "2024-01").param("member", "THA")
                .with(TestUsers.as(member)), 403);
    }
}
