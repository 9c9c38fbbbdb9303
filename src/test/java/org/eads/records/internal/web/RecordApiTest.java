package org.eads.records.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.eads.TestUsers;
import org.eads.audit.AuditLog;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@SpringBootTest
@AutoConfigureMockMvc
class RecordApiTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog auditLog;

    private final JsonMapper json = JsonMapper.builder().build();
    private EadsUser officer;

    @BeforeEach
    void signIn() {
        officer = TestUsers.create(users, "MYS", Role.OFFICER);
    }

    private JsonNode create(EadsUser user, String body) throws Exception {
        String response = mvc.perform(post("/api/v1/records").with(TestUsers.as(user)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response);
    }

    @Test
    void createsTheMinimalPersonWithAnIdAndLocation() throws Exception {
        mvc.perform(post("/api/v1/records").with(TestUsers.as(officer)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(ApiExamples.PERSON))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/records/")))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.id").isString())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.ownerMember").value("MYS"))
                .andExpect(jsonPath("$.names[0].full").value("Ahmad Faizal bin Rahman"))
                .andExpect(jsonPath("$.dateOfBirth").value("1984-03-12"));
    }

    @Test
    void theDocumentedExamplesAreAccepted() throws Exception {
        EadsUser thai = TestUsers.create(users, "THA", Role.OFFICER);
        JsonNode full = create(thai, ApiExamples.PERSON_FULL);
        assertThat(full.get("handlingCodes").toString()).isEqualTo("[\"H0\",\"H2\"]");
        assertThat(full.get("names").get(0).get("script").asString()).isEqualTo("Thai");
        create(officer, ApiExamples.VEHICLE);
        JsonNode person = create(officer, ApiExamples.PERSON);
        mvc.perform(put("/api/v1/records/" + person.get("id").asString()).with(TestUsers.as(officer)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(ApiExamples.UPDATE))
                .andExpect(status().isOk());
    }

    @Test
    void readUpdateStaleDeleteAndHistory() throws Exception {
        JsonNode created = create(officer, ApiExamples.PERSON);
        String url = "/api/v1/records/" + created.get("id").asString();

        mvc.perform(get(url).param("purpose", "Case KL/2026/0412").with(TestUsers.as(officer)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.label").value("Ahmad Faizal bin Rahman, born 1984-03-12"));
        auditLog.flush();
        assertThat(jdbc.sql("select count(*) from audit_entry where object_id = :id and action = 'RECORD_VIEW' and purpose = 'Case KL/2026/0412'")
                .param("id", created.get("id").asString()).query(Long.class).single()).isEqualTo(1L);

        ObjectNode change = (ObjectNode) created.deepCopy();
        change.put("placeOfBirth", "Kota Bharu");
        mvc.perform(put(url).with(TestUsers.as(officer)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(change.toString()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.placeOfBirth").value("Kota Bharu"));

        // The same body again still says version 1: someone else's change would be lost.
        mvc.perform(put(url).with(TestUsers.as(officer)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(change.toString()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.currentVersion").value(2))
                .andExpect(jsonPath("$.detail", containsString("version 2")));

        change.remove("version");
        change.put("placeOfBirth", "Kuala Lumpur");
        mvc.perform(put(url).with(TestUsers.as(officer)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(change.toString()))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.detail", containsString("If-Match")));
        mvc.perform(put(url).with(TestUsers.as(officer)).with(csrf()).header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON).content(change.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(3));

        mvc.perform(get(url + "/history").with(TestUsers.as(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[0].version").value(3))
                .andExpect(jsonPath("$[0].changes[0].field").value("placeOfBirth"))
                .andExpect(jsonPath("$[0].changes[0].before").value("Kota Bharu"))
                .andExpect(jsonPath("$[0].changes[0].after").value("Kuala Lumpur"))
                .andExpect(jsonPath("$[2].change").value("CREATE"));

        mvc.perform(delete(url).with(TestUsers.as(officer)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(delete(url).param("reason", " ").with(TestUsers.as(officer)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(delete(url).param("reason", "Entered twice").param("version", "1").with(TestUsers.as(officer)).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(delete(url).param("reason", "Entered twice").with(TestUsers.as(officer)).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get(url).with(TestUsers.as(officer)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anotherMembersOfficerCannotChangeAndAnUnsharedRecordLooksMissing() throws Exception {
        EadsUser thai = TestUsers.create(users, "THA", Role.OFFICER);
        JsonNode shared = create(officer, ApiExamples.VEHICLE);
        JsonNode national = create(officer, ApiExamples.PERSON);
        mvc.perform(put("/api/v1/records/" + shared.get("id").asString()).with(TestUsers.as(thai)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(shared.toString()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("MYS")));

        String hidden = mvc.perform(get("/api/v1/records/" + national.get("id").asString()).with(TestUsers.as(thai)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        UUID missing = UUID.randomUUID();
        String absent = mvc.perform(get("/api/v1/records/" + missing).with(TestUsers.as(thai)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(hidden.replace(national.get("id").asString(), "ID")).isEqualTo(absent.replace(missing.toString(), "ID"));
    }

    @Test
    void listsPagesWithHasNext() throws Exception {
        String token = "Pagina" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            create(officer, ApiExamples.PERSON.replace("Ahmad Faizal bin Rahman", token + " Person " + i));
        }
        mvc.perform(get("/api/v1/records").param("q", token).param("size", "2").with(TestUsers.as(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.hasNext").value(true))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2));
        mvc.perform(get("/api/v1/records").param("q", token).param("size", "2").param("page", "1")
                        .param("type", "PERSON").param("owner", "mys").param("sharingLevel", "NATIONAL")
                        .with(TestUsers.as(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].label", containsString(token)))
                .andExpect(jsonPath("$.hasNext").value(false));
    }

    @Test
    void linksRecordsBothWays() throws Exception {
        JsonNode person = create(officer, ApiExamples.PERSON);
        JsonNode vehicle = create(officer, ApiExamples.VEHICLE);
        String url = "/api/v1/records/" + person.get("id").asString() + "/links";
        mvc.perform(post(url).with(TestUsers.as(officer)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\":\"" + vehicle.get("id").asString() + "\",\"kind\":\"OWNS_VEHICLE\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].otherId").value(vehicle.get("id").asString()))
                .andExpect(jsonPath("$[0].kind").value("OWNS_VEHICLE"))
                .andExpect(jsonPath("$[0].outgoing").value(true));
        mvc.perform(get("/api/v1/records/" + vehicle.get("id").asString() + "/links").with(TestUsers.as(officer)))
                .andExpect(jsonPath("$[0].otherId").value(person.get("id").asString()))
                .andExpect(jsonPath("$[0].outgoing").value(false));
        mvc.perform(post(url).with(TestUsers.as(officer)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\":\"nope\",\"kind\":\"FRIENDS\",\"extra\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("to")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("extra")));
        mvc.perform(post(url).with(TestUsers.as(officer)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\":\"" + UUID.randomUUID() + "\",\"kind\":\"RELATED_TO\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void exportsEveryMatchingRowWithHandlingCodes() throws Exception {
        String token = "Exporta" + UUID.randomUUID().toString().substring(0, 8);
        int n = 3;
        for (int i = 0; i < n; i++) {
            create(officer, """
                    {"type":"PERSON","names":[{"full":"%s %d"}],"sharingLevel":"MEMBERS","handlingCodes":["H2","H0"]}"""
                    .formatted(token, i));
        }
        create(officer, """
                {"type":"PERSON","names":[{"full":"=%s formula"}],"sharingLevel":"MEMBERS","handlingCodes":["H3"],
                 "handlingNote":"Only with, written consent"}""".formatted(token));
        String csv = mvc.perform(get("/api/v1/records/export").param("format", "csv").param("q", token)
                        .with(TestUsers.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsString();
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("id,type,label,owner,sharing_level,handling_codes,handling_note,classification,review_date,version,updated_at");
        assertThat(lines).hasSize(n + 2);
        assertThat(csv).contains(",MEMBERS,H0 H2,,RESTRICTED,").contains("\"Only with, written consent\"")
                .contains(",'=" + token + " formula,");

        mvc.perform(get("/api/v1/records/export").param("format", "JSON").param("q", token).with(TestUsers.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$", hasSize(n + 1)))
                .andExpect(jsonPath("$[*].handlingCodes[0]", hasItem("H0")))
                .andExpect(jsonPath("$[*].names[0].full", not(hasItem("nothing"))));
        auditLog.flush();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'EXPORT' and details like :d")
                .param("d", "%text=" + token + "%").query(Long.class).single()).isEqualTo(2L);

        mvc.perform(get("/api/v1/records/export").param("format", "xml").with(TestUsers.as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
    }
}
