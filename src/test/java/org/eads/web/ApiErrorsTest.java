package org.eads.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Garbage in, a 4xx problem out: no client mistake may reach a 500. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiErrorsTest {

    private static final String OK_PERSON = "{\"type\":\"PERSON\",\"names\":[{\"full\":\"Siti Nurhaliza\"}],\"sharingLevel\":\"MEMBERS\"";

    @Autowired MockMvc mvc;
    @Autowired Users users;

    private final JsonMapper json = JsonMapper.builder().build();
    private EadsUser officer;
    private String recordUrl;

    @BeforeAll
    void createARecord() throws Exception {
        officer = TestUsers.create(users, "IDN", Role.OFFICER);
        String body = mvc.perform(post("/api/v1/records").with(TestUsers.as(officer)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(OK_PERSON + "}")).andReturn().getResponse().getContentAsString();
        recordUrl = "/api/v1/records/" + json.readTree(body).get("id").asString();
    }

    /** A named request: the path is filled in with the test record's address where it says {record}. */
    record Garbage(String name, Function<String, MockHttpServletRequestBuilder> request, int status) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Garbage create(String name, String body, int status) {
        return new Garbage(name, r -> post("/api/v1/records").contentType(MediaType.APPLICATION_JSON).content(body), status);
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    static Stream<Arguments> garbage() {
        return Stream.of(
                create("invalid JSON", "{", 400),
                create("truncated JSON", "{\"type\":\"PERSON\",", 400),
                create("single quotes", "{'type':'PERSON'}", 400),
                create("trailing garbage", OK_PERSON + "}}}", 400),
                create("empty body", "", 400),
                create("JSON null", "null", 400),
                create("array instead of object", "[" + OK_PERSON + "}]", 400),
                create("a string instead of an object", "\"Siti Nurhaliza\"", 400),
                create("a number instead of an object", "42", 400),
                create("no type", "{\"names\":[{\"full\":\"A\"}],\"sharingLevel\":\"MEMBERS\"}", 400),
                create("unknown type", "{\"type\":\"SPACESHIP\",\"sharingLevel\":\"MEMBERS\"}", 400),
                create("type is null", "{\"type\":null,\"sharingLevel\":\"MEMBERS\"}", 400),
                create("several unreadable fields", OK_PERSON + ",\"sex\":\"X\",\"dateOfBirth\":\"1984-99\",\"status\":[1]}", 400),
                create("type is a number", "{\"type\":5,\"sharingLevel\":\"MEMBERS\"}", 400),
                create("names is a string", "{\"type\":\"PERSON\",\"names\":\"Siti\",\"sharingLevel\":\"MEMBERS\"}", 400),
                create("name is an object", "{\"type\":\"PERSON\",\"names\":[{\"full\":{\"a\":1}}],\"sharingLevel\":\"MEMBERS\"}", 400),
                create("null name", "{\"type\":\"PERSON\",\"names\":[null],\"sharingLevel\":\"MEMBERS\"}", 400),
                create("null document", OK_PERSON + ",\"identityDocuments\":[null]}", 400),
                create("null mark", OK_PERSON + ",\"distinguishingMarks\":[null],\"crimeAreas\":[null]}", 400),
                create("objects in sharedWith", OK_PERSON + ",\"sharedWith\":[{\"x\":1}]}", 400),
                create("sharedWith is a number", OK_PERSON + ",\"sharedWith\":7}", 400),
                create("handling code unknown", OK_PERSON + ",\"handlingCodes\":[\"H9\",[1]]}", 400),
                create("unknown field", OK_PERSON + ",\"wheels\":4}", 400),
                create("unknown sharing level", "{\"type\":\"PERSON\",\"names\":[{\"full\":\"A\"}],\"sharingLevel\":\"EVERYONE\"}", 400),
                create("impossible date of birth", OK_PERSON + ",\"dateOfBirth\":\"1984-02-31\"}", 400),
                create("date of birth is a number", OK_PERSON + ",\"dateOfBirth\":19840212}", 400),
                create("date of birth is a list", OK_PERSON + ",\"dateOfBirth\":[1984]}", 400),
                create("review date in the past", OK_PERSON + ",\"reviewDate\":\"2001-01-01\"}", 400),
                create("review date not a date", OK_PERSON + ",\"reviewDate\":\"soon\"}", 400),
                create("agency is text", OK_PERSON + ",\"agencyId\":\"RMP\"}", 400),
                create("agency of another member", OK_PERSON + ",\"agencyId\":1}", 400),
                create("huge agency number", OK_PERSON + ",\"agencyId\":1e999999}", 400),
                create("huge version", OK_PERSON + ",\"version\":99999999999999999999999}", 400),
                create("huge integer field", "{\"type\":\"VEHICLE\",\"plate\":\"B 1234 XY\",\"plateCountry\":\"IDN\",\"status\":\"STOLEN\",\"year\":1e400,\"sharingLevel\":\"MEMBERS\"}", 400),
                create("year is text", "{\"type\":\"VEHICLE\",\"plate\":\"B 1234 XY\",\"plateCountry\":\"IDN\",\"status\":\"STOLEN\",\"year\":\"old\",\"sharingLevel\":\"MEMBERS\"}", 400),
                create("huge name", "{\"type\":\"PERSON\",\"names\":[{\"full\":\"" + "A".repeat(1_000_000) + "\"}],\"sharingLevel\":\"MEMBERS\"}", 400),
                create("huge number literal", "{\"type\":\"PERSON\",\"agencyId\":" + "9".repeat(5000) + "}", 400),
                create("deeply nested", "{\"type\":\"PERSON\",\"names\":" + nested(5000) + "}", 400),
                create("NUL in a name", "{\"type\":\"PERSON\",\"names\":[{\"full\":\"Siti\\u0000\"}],\"sharingLevel\":\"MEMBERS\"}", 400),
                create("NUL in a summary", OK_PERSON + ",\"summary\":\"a\\u0000b\"}", 400),
                create("SELECTED with nobody", "{\"type\":\"PERSON\",\"names\":[{\"full\":\"A\"}],\"sharingLevel\":\"SELECTED\"}", 400),
                create("unknown member", "{\"type\":\"PERSON\",\"names\":[{\"full\":\"A\"}],\"sharingLevel\":\"SELECTED\",\"sharedWith\":[\"XXX\"]}", 400),
                new Garbage("text/plain body", r -> post("/api/v1/records").contentType(MediaType.TEXT_PLAIN).content(OK_PERSON + "}"), 415),
                new Garbage("XML body", r -> post("/api/v1/records").contentType(MediaType.APPLICATION_XML).content("<person/>"), 415),
                new Garbage("form body", r -> post("/api/v1/records").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("type=PERSON"), 415),
                new Garbage("no content type", r -> post("/api/v1/records").content(OK_PERSON + "}"), 415),
                new Garbage("asks for XML", r -> get(r).accept(MediaType.APPLICATION_XML), 406),
                new Garbage("bad id", r -> get("/api/v1/records/not-a-uuid"), 400),
                new Garbage("bad id in a change", r -> put("/api/v1/records/123").contentType(MediaType.APPLICATION_JSON).content(OK_PERSON + "}"), 400),
                new Garbage("bad id in a delete", r -> delete("/api/v1/records/zzz").param("reason", "x"), 400),
                new Garbage("bad id in history", r -> get("/api/v1/records/12345/history"), 400),
                new Garbage("unknown record", r -> get("/api/v1/records/00000000-0000-0000-0000-000000000000"), 404),
                new Garbage("bad type filter", r -> get("/api/v1/records").param("type", "SPACESHIP"), 400),
                new Garbage("bad sharing level filter", r -> get("/api/v1/records").param("sharingLevel", "everyone"), 400),
                new Garbage("page is text", r -> get("/api/v1/records").param("page", "abc"), 400),
                new Garbage("page too big for an int", r -> get("/api/v1/records").param("page", "99999999999"), 400),
                new Garbage("negative page", r -> get("/api/v1/records").param("page", "-1"), 400),
                new Garbage("size zero", r -> get("/api/v1/records").param("size", "0"), 400),
                new Garbage("size huge", r -> get("/api/v1/records").param("size", "100000"), 400),
                new Garbage("search text with NUL", r -> get("/api/v1/records").param("q", "a\u0000b"), 400),
                new Garbage("search text huge", r -> get("/api/v1/records").param("q", "x".repeat(10_000)), 400),
                new Garbage("export without format", r -> get("/api/v1/records/export"), 400),
                new Garbage("export as PDF", r -> get("/api/v1/records/export").param("format", "pdf"), 400),
                new Garbage("export with bad filter", r -> get("/api/v1/records/export").param("format", "csv").param("type", "x"), 400),
                new Garbage("purpose with NUL", r -> get(r).param("purpose", "case\u00001"), 400),
                new Garbage("delete without reason", r -> delete(r), 400),
                new Garbage("delete with NUL reason", r -> delete(r).param("reason", "dup\u0000"), 400),
                new Garbage("delete with text version", r -> delete(r).param("reason", "dup").param("version", "one"), 400),
                new Garbage("change without version", r -> put(r).contentType(MediaType.APPLICATION_JSON).content(OK_PERSON + "}"), 428),
                new Garbage("change with a garbage If-Match", r -> put(r).header("If-Match", "yesterday").contentType(MediaType.APPLICATION_JSON).content(OK_PERSON + "}"), 400),
                new Garbage("change with two versions", r -> put(r).header("If-Match", "\"7\"").contentType(MediaType.APPLICATION_JSON).content(OK_PERSON + ",\"version\":1}"), 400),
                new Garbage("change into another type", r -> put(r).contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"VEHICLE\",\"plate\":\"B 1\",\"plateCountry\":\"IDN\",\"status\":\"STOLEN\",\"sharingLevel\":\"MEMBERS\",\"version\":1}"), 400),
                new Garbage("change with text version", r -> put(r).contentType(MediaType.APPLICATION_JSON).content(OK_PERSON + ",\"version\":\"one\"}"), 400),
                new Garbage("link to garbage", r -> post(r + "/links").contentType(MediaType.APPLICATION_JSON).content("{\"to\":42,\"kind\":null}"), 400),
                new Garbage("link body is a list", r -> post(r + "/links").contentType(MediaType.APPLICATION_JSON).content("[]"), 400),
                new Garbage("link to itself", r -> post(r + "/links").contentType(MediaType.APPLICATION_JSON).content("{\"to\":\"" + r.substring(r.lastIndexOf('/') + 1) + "\",\"kind\":\"RELATED_TO\"}"), 400),
                new Garbage("unlink with a bad id", r -> delete(r + "/links/abc"), 400),
                new Garbage("unlink an unknown link", r -> delete(r + "/links/999999999"), 404),
                new Garbage("PATCH is not supported", r -> patch(r).contentType(MediaType.APPLICATION_JSON).content("{}"), 405),
                new Garbage("DELETE on the collection", r -> delete("/api/v1/records"), 405),
                new Garbage("no such endpoint", r -> get("/api/v1/nothing-here"), 404)
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("garbage")
    void clientMistakesAreProblemsThatSayWhatToFix(Garbage g) throws Exception {
        MockHttpServletResponse response = mvc.perform(g.request().apply(recordUrl)
                        .with(TestUsers.as(officer)).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(g.status());
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = json.readTree(response.getContentAsByteArray());
        assertThat(problem.get("status").asInt()).isEqualTo(g.status());
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank().doesNotContain("Exception").doesNotContain("java.")
                .doesNotContain("Source:").doesNotContain("StreamRead");
        if (g.status() == 405) {
            assertThat(response.getHeader("Allow")).isNotBlank();
        }
    }

    @Test
    void fieldProblemsAreListedWithTheirFields() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/v1/records").with(TestUsers.as(officer)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"type":"PERSON","names":[{"full":"A"}],"nationalities":["XXX"],"sharingLevel":"SELECTED",
                                 "handlingCodes":["H3"]}"""))
                .andReturn().getResponse();
        JsonNode problem = json.readTree(response.getContentAsByteArray());
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(problem.get("errors").findValuesAsString("field"))
                .contains("nationalities[0]", "sharedWith", "handlingNote");
        assertThat(problem.get("errors").get(0).get("message").asString()).isNotBlank();
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/records");
    }

    @Test
    void anUnexpectedFailureNamesAReferenceAndNothingElse() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/records");
        ResponseEntity<ProblemDetail> answer = new ApiErrors().unexpected(
                new IllegalStateException("connection to db-secret.internal:5432 refused for user eads"), request);
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody().getDetail()).doesNotContain("db-secret").contains("reference");
        assertThat(answer.getBody().getProperties()).containsKey("reference");
    }

    @Test
    void pageRequestsAreLeftToThePages() {
        HttpServletRequest page = new MockHttpServletRequest("GET", "/records/x");
        IllegalStateException e = new IllegalStateException("page failure");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ApiErrors().unexpected(e, page)).isSameAs(e);
    }
}
