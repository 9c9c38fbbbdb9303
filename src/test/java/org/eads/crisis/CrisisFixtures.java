package org.eads.crisis;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Declares crises and reads API answers for the crisis tests. */
final class CrisisFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CrisisFixtures() {
    }

    static String declaration(String title, String distribution, boolean exercise) {
        return """
                {"type":"BOMBING","title":"%s","place":"Jalan Bukit Bintang, Kuala Lumpur","latitude":3.1466,
                 "longitude":101.7101,"occurredAt":"%s","dead":4,"injured":37,"missing":2,
                 "distribution":"%s","exercise":%s}""".formatted(title, Instant.now().minus(Duration.ofHours(1)),
                distribution, exercise);
    }

    /** Declares through the API and answers the new crisis's id. */
    static UUID declare(MockMvc mvc, EadsUser by, String title, String distribution, boolean exercise)
            throws Exception {
        JsonNode crisis = json(mvc.perform(post("/api/v1/crises").with(TestUsers.as(by))
                        .contentType(MediaType.APPLICATION_JSON).content(declaration(title, distribution, exercise)))
                .andExpect(status().isCreated()));
        return UUID.fromString(crisis.get("id").asString());
    }

    static JsonNode json(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }

    static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }
}
