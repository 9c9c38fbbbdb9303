package org.eads.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.IndicatorData;
import org.eads.records.RecordInput;
import org.eads.records.Records;
import org.eads.records.SharedRecord;
import org.eads.screening.DisclosureRequested;
import org.eads.screening.SearchHit;
import org.eads.sharing.SharingLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class FollowUpPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Records records;
    @Autowired Hits hits;
    @Autowired Disclosures disclosures;

    private SharedRecord phone(EadsUser owner, SharingLevel level) {
        String number = "+6013" + String.format("%07d", System.nanoTime() % 10_000_000);
        return records.create(owner, new RecordInput(new IndicatorData(IndicatorData.IndicatorType.PHONE, number, null,
                "MYS", null, null), level, null, null, null, null, null, null));
    }

    private String page(String path, EadsUser user) throws Exception {
        return mvc.perform(get(path).with(TestUsers.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void bothSidesFollowAHitUpOnItsPage() throws Exception {
        EadsUser owner = TestUsers.create(users, "MYS", Role.OFFICER, Role.FOCAL_POINT);
        EadsUser searcher = TestUsers.create(users, "KHM", Role.OFFICER);
        SharedRecord r = phone(owner, SharingLevel.MEMBERS);
        UUID id = hits.record(new SearchHit(r.id(), "INDICATOR", "MYS", searcher.id(), searcher.username(), "KHM",
                null, "identifiers: PHONE " + r.label(), 1.0, false, Instant.now()));

        assertThat(page("/hits", owner)).contains(searcher.displayName() + " (KHM)", "100%");
        assertThat(page("/hits?side=made", searcher)).contains("/hits/" + id);
        assertThat(page("/hits/" + id, owner)).contains("Hit by KHM on your record", "Record outcome", "No messages yet");

        mvc.perform(multipart("/hits/" + id + "/messages").file(new MockMultipartFile("file", "plate.png", "image/png",
                        "png".getBytes(StandardCharsets.UTF_8))).param("body", "Seen at the Poipet crossing")
                        .with(TestUsers.as(searcher)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/hits/" + id + "/outcome").param("identity", "NOT_SAME_PERSON").param("action", "NONE")
                .with(TestUsers.as(owner)).with(csrf())).andExpect(status().is3xxRedirection());
        String thread = page("/hits/" + id, owner);
        assertThat(thread).contains("Seen at the Poipet crossing", "plate.png", "Not the same", "No action");
        long message = hits.view(owner, id).messages().get(0).id();
        mvc.perform(get("/hits/" + id + "/messages/" + message + "/attachment").with(TestUsers.as(owner)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));

        mvc.perform(post("/api/v1/hits/" + id + "/outcome").with(TestUsers.as(searcher))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"identity\": \"PERHAPS\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/hits/" + id).with(TestUsers.as(searcher))).andExpect(status().isOk())
                .andExpect(jsonPath("$.messages[0].body").value("Seen at the Poipet crossing"));
        EadsUser stranger = TestUsers.create(users, "SGP", Role.OFFICER);
        mvc.perform(get("/hits/" + id).with(TestUsers.as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/hits/" + id).with(TestUsers.as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/hits/not-a-uuid").with(TestUsers.as(owner))).andExpect(status().isNotFound());

        String summary = page("/hits/summary", owner);
        assertThat(summary).contains("Hits on our records", "hits-chart");
    }

    @Test
    void theOwnerDecidesADisclosureRequestOnItsPage() throws Exception {
        EadsUser focal = TestUsers.create(users, "MYS", Role.OFFICER, Role.FOCAL_POINT);
        EadsUser requester = TestUsers.create(users, "LAO", Role.OFFICER);
        SharedRecord r = phone(focal, SharingLevel.HIT_NO_HIT);
        UUID id = UUID.randomUUID();
        disclosures.record(new DisclosureRequested(id, r.id(), "MYS", requester.id(), requester.username(), "LAO",
                "Case LA-2026-9: extortion calls", Instant.now()));

        String decision = page("/disclosures/" + id, focal);
        assertThat(decision).contains("Case LA-2026-9: extortion calls", "Fields to disclose", "value", "H2");
        String refused = mvc.perform(post("/disclosures/" + id + "/decision").param("decision", "REFUSE")
                        .with(TestUsers.as(focal)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("problem").toString();
        assertThat(refused).contains("reason");

        mvc.perform(post("/api/v1/disclosures/" + id + "/decision").with(TestUsers.as(focal))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"decision": "APPROVE", "fields": ["value", "country"], "handlingCodes": ["H0"]}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));

        String seen = page("/disclosures/" + id, requester);
        assertThat(seen).contains("Disclosed", "INDICATOR", r.label().replaceAll("^Phone ", ""), "H0")
                .doesNotContain("Fields to disclose").doesNotContain(r.id().toString());
        mvc.perform(get("/api/v1/disclosures/" + id).with(TestUsers.as(requester))).andExpect(status().isOk())
                .andExpect(jsonPath("$.disclosed.value").exists())
                .andExpect(jsonPath("$.recordId").doesNotExist());
        assertThat(page("/disclosures?side=made", requester)).contains("APPROVED");
        EadsUser stranger = TestUsers.create(users, "SGP", Role.OFFICER);
        mvc.perform(get("/disclosures/" + id).with(TestUsers.as(stranger))).andExpect(status().isNotFound());
        List.of("/disclosures", "/hits").forEach(p -> {
            try {
                assertThat(page(p, stranger)).doesNotContain(id.toString());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }
}
