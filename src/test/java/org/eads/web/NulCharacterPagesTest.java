package org.eads.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** A NUL character typed into a page is the client's mistake everywhere: 400, never 500. */
@SpringBootTest
@AutoConfigureMockMvc
class NulCharacterPagesTest {

    private static final String NUL = "a\u0000b";

    @Autowired MockMvc mvc;
    @Autowired Users users;

    private int status(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void signInAuditAdministrationAndImportPagesAnswer400() throws Exception {
        EadsUser admin = TestUsers.create(users, "ASP", Role.SECRETARIAT_ADMIN);
        EadsUser auditor = TestUsers.create(users, "ASP", Role.AUDITOR);
        EadsUser officer = TestUsers.create(users, "MYS", Role.OFFICER);
        EadsUser client = TestUsers.create(users, "MYS", Role.API_CLIENT);

        assertThat(status(post("/login").param("username", NUL).param("password", "x").with(csrf()))).isEqualTo(400);
        assertThat(status(get("/audit").param("username", NUL).with(TestUsers.as(auditor)))).isEqualTo(400);
        assertThat(status(get("/admin/users").param("member", NUL).with(TestUsers.as(admin)))).isEqualTo(400);
        assertThat(status(post("/admin/users").param("username", "nul" + System.nanoTime()).param("displayName", NUL)
                .param("memberCode", "MYS").param("roles", "OFFICER").param("password", TestUsers.PASSWORD + "x")
                .with(csrf()).with(TestUsers.as(admin)))).isEqualTo(400);
        assertThat(status(post("/admin/users/" + client.id() + "/tokens").param("label", NUL)
                .with(csrf()).with(TestUsers.as(admin)))).isEqualTo(400);
        assertThat(status(post("/admin/agencies").param("memberCode", "MYS").param("name", NUL)
                .with(csrf()).with(TestUsers.as(admin)))).isEqualTo(400);
        assertThat(status(multipart("/imports").file(new MockMultipartFile("file", "people\u0000.csv", "text/csv",
                "type,sharingLevel,names\nPERSON,MEMBERS,Somchai\n".getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).with(TestUsers.as(officer)))).isEqualTo(400);
    }
}
