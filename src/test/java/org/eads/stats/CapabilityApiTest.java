package org.eads.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

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
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The capability API end to end: an assessment from start to revision, the matrix, training needs and activities. */
@SpringBootTest
@AutoConfigureMockMvc
class CapabilityApiTest {

    private static final String API = "/api/v1/stats/capability";
    private static final int YEAR = 2010;

    @Autowired MockMvc mvc;
    @Autowired Users users;

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode call(RequestBuilder request, int expected) throws Exception {
        String body = mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString();
        return body.isEmpty() ? null : json.readTree(body);
    }

    private JsonNode send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                          EadsUser user, String body, int expected) throws Exception {
        return call(request.with(TestUsers.as(user)).contentType(MediaType.APPLICATION_JSON).content(body), expected);
    }

    @Test
    void anAssessmentGoesFromDraftToRevisionAndItsGapsReachTheSecretariat() throws Exception {
        EadsUser supervisor = TestUsers.create(users, "THA", Role.SUPERVISOR);
        EadsUser focal = TestUsers.create(users, "THA", Role.STATISTICS_FOCAL_POINT);
        EadsUser officer = TestUsers.create(users, "THA", Role.OFFICER);
        EadsUser vietnam = TestUsers.create(users, "VNM", Role.STATISTICS_FOCAL_POINT);
        EadsUser secretariat = TestUsers.create(users, "ASP", Role.STATISTICS_FOCAL_POINT);
        EadsUser partner = TestUsers.create(users, "AUS", Role.SUPERVISOR);

        JsonNode scale = call(get(API + "/scale").with(TestUsers.as(focal)), 200);
        assertThat(scale.get("dimensions")).hasSize(6);
        assertThat(scale.get("dimensions").get(0).get("levels")).hasSize(5);

        String location = mvc.perform(post(API + "/assessments").with(TestUsers.as(focal))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"year\": " + YEAR + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        JsonNode draft = call(get(location).with(TestUsers.as(focal)), 200);
        String id = draft.get("id").asString();
        assertThat(location).isEqualTo(API + "/assessments/" + id);
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        int expected = draft.get("crimeAreas").size() * 6;
        assertThat(draft.get("outstanding")).hasSize(expected);

        JsonNode again = send(post(API + "/assessments"), focal, "{\"year\": " + YEAR + "}", 400);
        assertThat(again.get("errors").get(0).get("field").asString()).isEqualTo("year");
        assertThat(again.get("detail").asString()).contains("continue it");
        send(post(API + "/assessments"), focal, "{}", 400);

        JsonNode bad = send(put(API + "/assessments/" + id + "/answers"), focal,
                "[{\"crimeArea\": \"TERRORISM\", \"dimension\": \"legislation\", \"score\": 9}]", 400);
        assertThat(bad.get("errors").get(0).get("field").asString()).isEqualTo("TERRORISM.LEGISLATION.score");
        assertThat(bad.get("detail").asString()).contains("9 is not a score");
        send(put(API + "/assessments/" + id + "/answers"), focal, "{\"not\": \"a list\"}", 400);

        List<String> answers = new ArrayList<>();
        for (JsonNode area : draft.get("crimeAreas")) {
            for (CapabilityDimension d : CapabilityDimension.values()) {
                int score = area.get("code").asString().equals("TERRORISM") && d == CapabilityDimension.LEGISLATION
                        ? 0 : 2;
                answers.add("{\"crimeArea\": \"" + area.get("code").asString() + "\", \"dimension\": \"" + d
                        + "\", \"score\": " + score + "}");
            }
        }
        JsonNode filled = send(put(API + "/assessments/" + id + "/answers"), focal,
                "[" + String.join(",", answers) + "]", 200);
        assertThat(filled.get("outstanding")).isEmpty();
        assertThat(filled.get("answers")).hasSize(expected);

        call(get(API + "/assessments/" + id).with(TestUsers.as(vietnam)), 404);
        send(put(API + "/assessments/" + id + "/answers"), vietnam, "[]", 404);
        call(get(API + "/assessments").with(TestUsers.as(officer)), 403);
        call(get(API + "/matrix").param("year", "" + YEAR).with(TestUsers.as(partner)), 403);
        call(post(API + "/assessments/" + id + "/submit").with(TestUsers.as(focal)), 403);
        call(post(API + "/assessments/" + id + "/submit").with(TestUsers.as(TestUsers.create(users, "ASP",
                Role.SUPERVISOR))), 403);
        JsonNode submitted = call(post(API + "/assessments/" + id + "/submit").with(TestUsers.as(supervisor)), 200);
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
        send(put(API + "/assessments/" + id + "/answers"), focal, "[]", 400);

        send(post(API + "/assessments/" + id + "/revisions"), focal, "{}", 400);
        JsonNode revision = send(post(API + "/assessments/" + id + "/revisions"), focal,
                "{\"reason\": \"Unit set up in March\"}", 201);
        assertThat(revision.get("revision").asInt()).isEqualTo(2);
        JsonNode history = call(get(API + "/assessments/" + revision.get("id").asString() + "/history")
                .with(TestUsers.as(secretariat)), 200);
        assertThat(history).hasSize(2);
        assertThat(call(get(API + "/assessments").param("year", "" + YEAR).with(TestUsers.as(secretariat)), 200))
                .anyMatch(s -> s.get("member").asString().equals("THA") && s.get("revision").asInt() == 2);

        JsonNode matrix = call(get(API + "/matrix").param("year", "" + YEAR).with(TestUsers.as(secretariat)), 200);
        assertThat(matrix.get("rows")).hasSize(10);
        JsonNode terrorism = cell(matrix, "THA", "TERRORISM");
        assertThat(terrorism.get("score").asInt()).isZero();
        assertThat(terrorism.get("gap").asString()).isEqualTo("CRITICAL");
        assertThat(terrorism.get("gaps").asInt()).isEqualTo(6);
        assertThat(cell(matrix, "THA", "FRAUD").get("gap").asString()).isEqualTo("PARTIAL");
        JsonNode drill = call(get(API + "/matrix").param("year", "" + YEAR).param("crimeArea", "TERRORISM")
                .with(TestUsers.as(secretariat)), 200);
        assertThat(drill.get("columns")).hasSize(6);
        assertThat(cell(drill, "THA", "LEGISLATION").get("score").asInt()).isZero();
        call(get(API + "/matrix").with(TestUsers.as(secretariat)), 400);
        call(get(API + "/matrix").param("year", "last").with(TestUsers.as(secretariat)), 400);
        call(get(API + "/matrix").param("year", "" + YEAR).param("crimeArea", "PIRACY")
                .with(TestUsers.as(secretariat)), 400);
        assertThat(call(get(API + "/matrix").param("year", "" + YEAR).with(TestUsers.as(vietnam)), 200).get("rows"))
                .singleElement().satisfies(r -> assertThat(r.get("code").asString()).isEqualTo("VNM"));

        JsonNode needs = call(get(API + "/training-needs").param("year", "" + YEAR).with(TestUsers.as(secretariat)), 200);
        assertThat(needs.get(0).get("crimeArea").asString()).isEqualTo("TERRORISM");
        assertThat(needs.get(0).get("dimension").asString()).isEqualTo("LEGISLATION");
        assertThat(needs.get(0).get("critical").asInt()).isEqualTo(1);

        String activity = """
                {"year": %d, "title": "Counter-terrorism legislation workshop", "kind": "WORKSHOP",
                 "crimeArea": "TERRORISM", "dimension": "LEGISLATION", "members": ["THA"], "startsOn": "2011-05-10",
                 "endsOn": "2011-05-12", "organiser": "UNODC Terrorism Prevention Branch"}""".formatted(YEAR);
        send(post(API + "/activities"), supervisor, activity, 403);
        send(post(API + "/activities"), secretariat, activity.replace("\"THA\"", "\"ZZZ\""), 400);
        JsonNode recorded = send(post(API + "/activities"), secretariat, activity, 201);
        String activityId = recorded.get("id").asString();
        assertThat(recorded.get("status").asString()).isEqualTo("PLANNED");
        assertThat(cell(call(get(API + "/matrix").param("year", "" + YEAR).with(TestUsers.as(secretariat)), 200),
                "THA", "TERRORISM").get("activity").asBoolean()).isTrue();
        assertThat(call(get(API + "/activities").param("year", "" + YEAR).with(TestUsers.as(focal)), 200))
                .anyMatch(a -> a.get("id").asString().equals(activityId));
        assertThat(call(get(API + "/activities").param("year", "" + YEAR).with(TestUsers.as(vietnam)), 200))
                .noneMatch(a -> a.get("id").asString().equals(activityId));
        call(get(API + "/activities/" + activityId).with(TestUsers.as(vietnam)), 404);
        JsonNode done = send(put(API + "/activities/" + activityId), secretariat,
                activity.replace("\"WORKSHOP\",", "\"WORKSHOP\", \"status\": \"DONE\","), 200);
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        mvc.perform(get(API + "/activities/" + activityId).with(TestUsers.as(vietnam)))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theDocumentDescribesTheEndpoints() throws Exception {
        mvc.perform(get("/api/docs/openapi.json")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/api/v1/stats/capability/matrix")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Capability gaps")));
        mvc.perform(get(API + "/scale")).andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"));
    }

    private static JsonNode cell(JsonNode matrix, String member, String column) {
        for (JsonNode c : matrix.get("cells")) {
            if (c.get("member").asString().equals(member) && c.get("column").asString().equals(column)) {
                return c;
            }
        }
        throw new AssertionError("no cell " + member + "/" + column);
    }
}
