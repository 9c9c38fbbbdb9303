package org.eads.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.eads.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AccountPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    ApiTokens tokens;

    @Test
    void peopleSeeAndRevokeTheirOwnTokensOnly() throws Exception {
        EadsUser user = TestUsers.create(users, "IDN", Role.ANALYST);
        EadsUser other = TestUsers.create(users, "IDN", Role.ANALYST);
        String secret = users.newTotpSecret();
        users.enrolTotp(user.username(), secret);
        tokens.issue(user.username(), Duration.ofHours(3), "my notebook");
        tokens.issue(other.username(), Duration.ofHours(3), "not mine");
        long mine = tokens.of(user.username()).getFirst().id();
        long theirs = tokens.of(other.username()).getFirst().id();

        PageSession browser = new PageSession(mvc, PageSession.freshAddress());
        browser.signIn(user.username(), TestUsers.PASSWORD, secret, 0);
        String page = browser.get("/account").getResponse().getContentAsString();
        assertThat(page).contains("my notebook").doesNotContain("not mine").contains(" UTC").contains("Active")
                .contains("ANALYST").contains("Indonesia (IDN)");

        assertThat(browser.post("/account/tokens/" + theirs + "/revoke").getResponse().getStatus()).isEqualTo(404);
        assertThat(tokens.find(theirs).orElseThrow().revokedAt()).isNull();
        assertThat(browser.post("/account/tokens/" + mine + "/revoke").getResponse().getRedirectedUrl())
                .isEqualTo("/account");
        assertThat(tokens.find(mine).orElseThrow().revokedAt()).isNotNull();
        assertThat(browser.get("/account").getResponse().getContentAsString()).contains("is revoked")
                .contains("Revoked");
    }
}
