package org.eads.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;

import org.eads.TestUsers;
import org.eads.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog auditLog;

    @Test
    void aValidTokenSignsTheRequestInAsItsUser() throws Exception {
        EadsUser machine = TestUsers.create(users, "GBR", Role.API_CLIENT);
        String token = tokens.issue(machine.username(), Duration.ofHours(2), "screening feed");
        assertThat(token).startsWith("eads_").hasSizeGreaterThan(40);

        MvcResult me = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andReturn();
        assertThat(me.getResponse().getStatus()).isEqualTo(200);
        assertThat(me.getResponse().getContentAsString()).contains("\"username\":\"" + machine.username() + "\"")
                .contains("API_CLIENT").contains("\"memberCode\":\"GBR\"");
        // no session for the API
        assertThat(me.getResponse().getCookie("EADS_SESSION")).isNull();

        ApiToken listed = tokens.of(machine.username()).getFirst();
        assertThat(listed.label()).isEqualTo("screening feed");
        assertThat(listed.lastUsedAt()).isNotNull();
        // only the hash is stored
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = :t").param("t", token)
                .query(Long.class).single()).isZero();
        auditLog.flush();
        assertThat(jdbc.sql("select action from audit_entry where object_type = 'api_token' and object_id = :id")
                .param("id", Long.toString(listed.id())).query(String.class).list()).containsExactly("TOKEN_ISSUED");
    }

    @Test
    void aMissingTokenIs401ProblemDetailsThatSayWhatToDo() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/me")).andReturn();
        assertProblem(result, 401, "bearer token");
        assertThat(result.getResponse().getHeader("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void anUnknownOrMalformedTokenIs401() throws Exception {
        assertProblem(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer eads_nonsense")).andReturn(),
                401, "not known");
        assertProblem(mvc.perform(get("/api/v1/me").header("Authorization", "Basic dXNlcjpwdw==")).andReturn(),
                401, "Bearer <token>");
    }

    @Test
    void anExpiredTokenIs401() throws Exception {
        EadsUser machine = TestUsers.create(users, "JPN", Role.API_CLIENT);
        String token = tokens.issue(machine.username(), Duration.ofHours(1), "short");
        jdbc.sql("update api_token set expires_at = now() - interval '1 second' where id = :id")
                .param("id", tokens.of(machine.username()).getFirst().id()).update();
        MvcResult result = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andReturn();
        assertProblem(result, 401, "expired");
        assertThat(result.getResponse().getHeader("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void aRevokedTokenIs401AndRevocationIsAudited() throws Exception {
        EadsUser machine = TestUsers.create(users, "KOR", Role.API_CLIENT);
        String token = tokens.issue(machine.username(), Duration.ofHours(1), "to revoke");
        long id = tokens.of(machine.username()).getFirst().id();
        // used just before: the node remembers it for a second, and forgets it when it is revoked
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        tokens.revoke(id);
        tokens.revoke(id);
        assertProblem(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andReturn(),
                401, "revoked");
        auditLog.flush();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'TOKEN_REVOKED' and object_id = :id")
                .param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void theTokenOfADisabledUserIs401() throws Exception {
        EadsUser machine = TestUsers.create(users, "NZL", Role.API_CLIENT);
        String token = tokens.issue(machine.username(), Duration.ofHours(1), "x");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        users.disable(machine.username());
        assertProblem(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andReturn(),
                401, "disabled");
    }

    @Test
    void aTokenWithoutTheNeededRoleIs403() throws Exception {
        EadsUser officer = TestUsers.create(users, "THA", Role.OFFICER);
        String token = tokens.issue(officer.username(), Duration.ofHours(1), "x");
        assertProblem(mvc.perform(get("/api/v1/test/auditor-only").header("Authorization", "Bearer " + token))
                .andReturn(), 403, "role");
        EadsUser auditor = TestUsers.create(users, "ASP", Role.AUDITOR);
        String allowed = tokens.issue(auditor.username(), Duration.ofHours(1), "x");
        assertThat(mvc.perform(get("/api/v1/test/auditor-only").header("Authorization", "Bearer " + allowed))
                .andReturn().getResponse().getContentAsString()).isEqualTo("audit");
    }

    @Test
    void aPageSessionDoesNotOpenTheApi() throws Exception {
        EadsUser officer = TestUsers.create(users, "THA", Role.OFFICER);
        String secret = users.newTotpSecret();
        users.enrolTotp(officer.username(), secret);
        PageSession browser = new PageSession(mvc, PageSession.freshAddress());
        browser.signIn(officer.username(), TestUsers.PASSWORD, secret, 0);
        assertThat(browser.get("/account").getResponse().getStatus()).isEqualTo(200);
        assertProblem(browser.get("/api/v1/me"), 401, "bearer token");
    }

    @Test
    void theTestHelperSignsApiRequestsInToo() throws Exception {
        EadsUser officer = TestUsers.create(users, "THA", Role.OFFICER);
        assertThat(mvc.perform(get("/api/v1/me").with(TestUsers.as(officer))).andReturn().getResponse()
                .getContentAsString()).contains(officer.username());
    }

    @Test
    void theApiDocumentationIsPublic() throws Exception {
        assertThat(mvc.perform(get("/api/docs/openapi.json")).andReturn().getResponse().getStatus()).isEqualTo(200);
        // the Swagger UI page and what it loads
        String location = "/api/docs";
        var response = mvc.perform(get(location)).andReturn().getResponse();
        for (int hops = 0; response.getStatus() == 302 && hops < 3; hops++) {
            location = response.getRedirectedUrl();
            response = mvc.perform(get(location)).andReturn().getResponse();
        }
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void issuingRefusesUnknownUsersAndOutOfRangeValidity() {
        assertThatThrownBy(() -> tokens.issue("nobody." + System.nanoTime(), Duration.ofHours(1), "x"))
                .isInstanceOf(UnknownUserException.class);
        EadsUser machine = TestUsers.create(users, "CHN", Role.API_CLIENT);
        assertThatThrownBy(() -> tokens.issue(machine.username(), Duration.ofDays(400), "x"))
                .isInstanceOf(InvalidUserInput.class).hasMessageContaining("at most");
    }

    private static void assertProblem(MvcResult result, int status, String detail) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(result.getResponse().getContentAsString()).contains("\"status\":" + status)
                .contains("\"detail\":").contains(detail);
    }

    @TestConfiguration
    static class AuditorOnlyEndpoint {
        @Bean
        AuditorOnly auditorOnly() {
            return new AuditorOnly();
        }
    }

    @RestController
    static class AuditorOnly {
        @GetMapping("/api/v1/test/auditor-only")
        @PreAuthorize("hasRole('AUDITOR')")
        String audit() {
            return "audit";
        }
    }
}
