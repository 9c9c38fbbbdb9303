package org.eads.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

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
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

@SpringBootTest
@AutoConfigureMockMvc
class CrisisValidationTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;

    @Test
    void aDeclarationWithMistakesNamesEachFieldToFix() throws Exception {
        EadsUser supervisor = TestUsers.create(users, "SGP", Role.SUPERVISOR);
        JsonNode problem = CrisisFixtures.json(declare(supervisor, """
                {"type":"EARTHQUAKE","title":" ","latitude":95.5,"occurredAt":"yesterday","dead":-1,
                 "distribution":"EVERYONE"}""").andExpect(status().isBadRequest()));
        Map<String, String> errors = errors(problem);
        assertThat(errors.get("type")).isEqualTo("'EARTHQUAKE' is not one of TERRORIST_ATTACK, BOMBING, MASS_CASUALTY, "
                + "HOSTAGE_SITUATION, CYBER_ATTACK, NATURAL_DISASTER");
        assertThat(errors.get("title")).isEqualTo("is required");
        assertThat(errors.get("place")).isEqualTo("is required");
        assertThat(errors.get("latitude")).isEqualTo("must be between -90 and 90 degrees");
        assertThat(errors.get("longitude")).contains("give both latitude and longitude, or neither");
        assertThat(errors.get("occurredAt")).contains("'yesterday' is not a date and time", "2026-11-23T08:15:00Z");
        assertThat(errors.get("dead")).isEqualTo("must be 0 or more");
        assertThat(errors.get("distribution")).contains("'EVERYONE' is not one of MEMBERS, MEMBERS_AND_PARTNERS");
        assertThat(problem.get("title").asString()).isEqualTo("The request is not valid");

        JsonNode future = CrisisFixtures.json(declare(supervisor, CrisisFixtures.declaration("Future", "MEMBERS", false)
                .replaceAll("\"occurredAt\":\"[^\"]+\"", "\"occurredAt\":\"2999-01-01T00:00:00Z\""))
                .andExpect(status().isBadRequest()));
        assertThat(errors(future).get("occurredAt")).contains("is in the future");
    }

    @Test
    void onlyResponsersOfAMemberOrTheSecretariatDeclare() throws Exception {
        String body = CrisisFixtures.declaration("Not allowed", "MEMBERS", false);
        declare(TestUsers.create(users, "SGP", Role.OFFICER), body).andExpect(status().isForbidden());
        declare(TestUsers.create(users, "AUS", Role.SUPERVISOR), body).andExpect(status().isForbidden());
        declare(TestUsers.create(users, "ASP", Role.CRISIS_CONTACT), body).andExpect(status().isCreated());
        declare(TestUsers.create(users, "THA", Role.API_CLIENT), body).andExpect(status().isCreated());

        EadsUser officer = TestUsers.create(users, "SGP", Role.OFFICER);
        assertThat(CrisisFixtures.body(mvc.perform(get("/crises").with(TestUsers.as(officer)))))
                .doesNotContain("Declare a crisis");
        assertThat(CrisisFixtures.body(mvc.perform(get("/crises").with(TestUsers.as(
                TestUsers.create(users, "SGP", Role.CRISIS_CONTACT)))))).contains("Declare a crisis");
    }

    @Test
    void changesWithMistakesSayWhatToFix() throws Exception {
        EadsUser declarer = TestUsers.create(users, "BRN", Role.SUPERVISOR);
        EadsUser other = TestUsers.create(users, "KHM", Role.SUPERVISOR);
        UUID id = CrisisFixtures.declare(mvc, declarer, "Bombing in Bandar Seri Begawan", "MEMBERS", false);
        String base = "/api/v1/crises/" + id;

        assertThat(errors(CrisisFixtures.json(send(put(base + "/casualties"), declarer, "{\"dead\":2,\"injured\":-3}")
                .andExpect(status().isBadRequest()))))
                .containsEntry("injured", "must be 0 or more")
                .containsEntry("missing", "is required: give 0 when there are none");
        assertThat(errors(CrisisFixtures.json(send(put(base + "/status"), declarer, "{\"status\":\"OPEN\"}")
                .andExpect(status().isBadRequest()))))
                .containsEntry("status", "'OPEN' is not one of ACTIVE, CONTAINED, CLOSED");
        send(put(base + "/status"), declarer, "{\"status\":\"ACTIVE\"}").andExpect(status().isConflict());
        send(put(base + "/status"), other, "{\"status\":\"CONTAINED\"}").andExpect(status().isForbidden());
        assertThat(errors(CrisisFixtures.json(send(post(base + "/requests"), declarer,
                "{\"resourceType\":\"BOMB_DISPOSAL\",\"quantity\":0}").andExpect(status().isBadRequest()))))
                .containsEntry("quantity", "must be between 1 and 10000")
                .containsEntry("neededBy", "is required: a date and time such as 2026-11-23T08:15:00Z");
        assertThat(errors(CrisisFixtures.json(send(post(base + "/sitreps"), other,
                "{\"text\":\"\",\"distribution\":\"MEMBERS_AND_PARTNERS\"}").andExpect(status().isBadRequest()))))
                .containsEntry("text", "is required")
                .containsEntry("distribution", "cannot reach further than the crisis itself (MEMBERS)");
        assertThat(errors(CrisisFixtures.json(send(post(base + "/intelligence"), other, "{\"kind\":\"EMAIL\"}")
                .andExpect(status().isBadRequest()))))
                .containsEntry("kind", "'EMAIL' is not one of SUSPECT_NAME, VEHICLE_PLATE, PHONE")
                .containsEntry("value", "is required");
    }

    @Test
    void theDeclarationFormShowsItsMistakesAndKeepsWhatWasTyped() throws Exception {
        EadsUser contact = TestUsers.create(users, "IDN", Role.OFFICER, Role.CRISIS_CONTACT);
        String page = CrisisFixtures.body(mvc.perform(post("/crises").with(TestUsers.as(contact)).with(csrf())
                        .param("type", "BOMBING").param("title", "Blast at Jakarta station")
                        .param("latitude", "-6.17").param("dead", "-2"))
                .andExpect(status().isBadRequest()));
        assertThat(page).contains("The crisis was not declared", "place: is required",
                "longitude: is required with the other coordinate", "occurredAt: is required", "dead: must be 0 or more",
                "value=\"Blast at Jakarta station\"");

        String declared = mvc.perform(post("/crises").with(TestUsers.as(contact)).with(csrf())
                        .param("type", "HOSTAGE_SITUATION").param("title", "Hostages at Jakarta embassy")
                        .param("place", "Jalan Thamrin, Jakarta").param("occurredAt", "2026-01-05T09:30")
                        .param("distribution", "MEMBERS").param("exercise", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(CrisisFixtures.body(mvc.perform(get(declared).with(TestUsers.as(contact)))
                .andExpect(status().isOk()))).contains("Hostages at Jakarta embassy", "EXERCISE",
                "2026-01-05 09:30 UTC");

        mvc.perform(get("/crises/not-a-crisis").with(TestUsers.as(contact))).andExpect(status().isNotFound());
    }

    @Test
    void theApiDocumentDescribesTheCrisisEndpoints() throws Exception {
        JsonNode doc = CrisisFixtures.json(mvc.perform(get("/api/docs/openapi.json")
                .with(TestUsers.as(TestUsers.create(users, "SGP", Role.OFFICER)))));
        assertThat(doc.get("paths").propertyNames()).contains("/api/v1/crises", "/api/v1/crises/{id}",
                "/api/v1/crises/{id}/requests/{requestId}/offers", "/api/v1/crises/{id}/offers/{offerId}/state",
                "/api/v1/crises/{id}/sitreps", "/api/v1/crises/{id}/acknowledgement");
        assertThat(doc.get("paths").get("/api/v1/crises").get("post").get("summary").asString())
                .isEqualTo("Declare a crisis");
    }

    private ResultActions declare(EadsUser user, String json) throws Exception {
        return send(post("/api/v1/crises"), user, json);
    }

    private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                               EadsUser user, String json) throws Exception {
        return mvc.perform(request.with(TestUsers.as(user)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static Map<String, String> errors(JsonNode problem) {
        Map<String, String> out = new HashMap<>();
        problem.get("errors").forEach(e -> out.put(e.get("field").asString(), e.get("message").asString()));
        return out;
    }
}
