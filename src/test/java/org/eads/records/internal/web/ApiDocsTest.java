package org.eads.records.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.eads.TestUsers;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document describes the records API with its summaries and examples. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDocsTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;

    @Test
    void documentsEveryRecordsEndpoint() throws Exception {
        String body = mvc.perform(get("/api/docs/openapi.json").with(TestUsers.as(TestUsers.create(users, "SGP", Role.OFFICER))))
                .andReturn().getResponse().getContentAsString();
        JsonNode doc = JsonMapper.builder().build().readTree(body);
        JsonNode paths = doc.get("paths");
        assertThat(paths.propertyNames()).contains("/api/v1/records", "/api/v1/records/{id}",
                "/api/v1/records/{id}/history", "/api/v1/records/{id}/links", "/api/v1/records/export",
                "/api/v1/records/{id}/links/{linkId}");
        assertThat(paths.get("/api/v1/records").get("post").get("summary").asString()).isEqualTo("Create a record");
        assertThat(paths.get("/api/v1/records").get("post").get("requestBody").toString()).contains("Ahmad Faizal bin Rahman");
        assertThat(paths.get("/api/v1/records/{id}").get("put").get("responses").has("409")).isTrue();
        assertThat(paths.get("/api/v1/records/export").get("get").get("description").asString()).contains("handling_codes");
        assertThat(doc.get("info").get("title").asString()).isEqualTo("e-ADS API");
        assertThat(doc.get("components").get("securitySchemes").get("bearer").get("scheme").asString()).isEqualTo("bearer");
        assertThat(doc.get("security").toString()).contains("bearer");
    }
}
