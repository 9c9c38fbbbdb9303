package org.eads.records.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.eads.TestUsers;
import org.eads.audit.AuditLog;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.LinkKind;
import org.eads.records.RecordCodec;
import org.eads.records.Records;
import org.eads.records.SharedRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** What the history, the links and the error answers of a record give away to someone it is not shared with. */
@SpringBootTest
@AutoConfigureMockMvc
class RecordDisclosureTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Records records;
    @Autowired RecordCodec codec;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog auditLog;

    private EadsUser malaysian;
    private EadsUser thai;
    private String token;

    @BeforeEach
    void setUp() {
        malaysian = TestUsers.create(users, "MYS", Role.OFFICER);
        thai = TestUsers.create(users, "THA", Role.OFFICER);
        token = "Dc" + UUID.randomUUID().toString().substring(0, 8);
    }

    private SharedRecord person(EadsUser owner, String name, String level) {
        return records.create(owner, codec.read("{\"type\":\"PERSON\",\"names\":[{\"full\":\"" + name
                + "\"}],\"sharingLevel\":\"" + level + "\"}").input());
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void theHistoryShowsOthersOnlyTheVersionsThatWereSharedWithThem() throws Exception {
        SharedRecord r = records.create(malaysian, codec.read("""
                {"type":"PERSON","names":[{"full":"%s Public"}],"summary":"%s informant in Johor",
                 "sharingLevel":"NATIONAL"}""".formatted(token, token)).input());
        records.update(malaysian, r.id(), 1, codec.read("""
                {"type":"PERSON","names":[{"full":"%s Public"}],"sharingLevel":"MEMBERS"}""".formatted(token)).input());

        MockHttpServletResponse api = call(get("/api/v1/records/" + r.id() + "/history").with(TestUsers.as(thai)));
        assertThat(api.getStatus()).isEqualTo(200);
        assertThat(api.getContentAsString()).contains(token + " Public").doesNotContain("informant");
        MockHttpServletResponse page = call(get("/records/" + r.id()).with(TestUsers.as(thai)));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains(token + " Public").doesNotContain("informant");

        // The owner still sees every version.
        assertThat(call(get("/api/v1/records/" + r.id() + "/history").with(TestUsers.as(malaysian)))
                .getContentAsString()).contains("informant");
    }

    @Test
    void aLinkFromARecordTheOwnerMayNotSeeCannotBeRemovedNorProbed() throws Exception {
        SharedRecord mine = person(malaysian, token + " Mine", "MEMBERS");
        SharedRecord theirs = person(thai, token + " Theirs", "NATIONAL");
        records.link(thai, theirs.id(), mine.id(), LinkKind.ASSOCIATE_OF);
        long hidden = records.links(thai, theirs.id(), null).getFirst().id();

        MockHttpServletResponse api = call(delete("/api/v1/records/" + mine.id() + "/links/" + hidden)
                .with(TestUsers.as(malaysian)));
        MockHttpServletResponse none = call(delete("/api/v1/records/" + mine.id() + "/links/" + Long.MAX_VALUE)
                .with(TestUsers.as(malaysian)));
        assertThat(api.getStatus()).isEqualTo(404);
        assertThat(api.getContentAsString().replace("links/" + hidden, "links/?"))
                .isEqualTo(none.getContentAsString().replace("links/" + Long.MAX_VALUE, "links/?"));
        assertThat(call(post("/records/" + mine.id() + "/links/" + hidden + "/delete").with(csrf())
                .with(TestUsers.as(malaysian))).getStatus()).isEqualTo(404);
        assertThat(records.links(thai, theirs.id(), null)).hasSize(1);
    }

    @Test
    void aNulCharacterInAPurposeOrReasonIsAClientMistakeOnThePages() throws Exception {
        SharedRecord mine = person(malaysian, token + " Mine", "MEMBERS");
        assertThat(call(get("/records/" + mine.id()).param("purpose", "case\u00001").with(TestUsers.as(malaysian)))
                .getStatus()).isEqualTo(400);
        MockHttpServletResponse delete = call(post("/records/" + mine.id() + "/delete").param("reason", "dup\u0000")
                .param("version", "1").with(csrf()).with(TestUsers.as(malaysian)));
        assertThat(delete.getStatus()).isEqualTo(422);
        assertThat(delete.getContentAsString()).contains("NUL");
        assertThat(records.view(malaysian, mine.id(), null)).isPresent();
    }

    @Test
    void theHistoryAndLinksOfTheApiKeepThePurposeOfTheRead() throws Exception {
        SharedRecord r = person(malaysian, token + " Shared", "MEMBERS");
        assertThat(call(get("/api/v1/records/" + r.id() + "/history").param("purpose", token + "/h")
                .with(TestUsers.as(thai))).getStatus()).isEqualTo(200);
        assertThat(call(get("/api/v1/records/" + r.id() + "/links").param("purpose", token + "/l")
                .with(TestUsers.as(thai))).getStatus()).isEqualTo(200);
        auditLog.flush();
        assertThat(jdbc.sql("select purpose from audit_entry where object_id = :id and action = 'RECORD_VIEW' order by seq")
                .param("id", r.id().toString()).query(String.class).list()).containsExactly(token + "/h", token + "/l");
    }
}
