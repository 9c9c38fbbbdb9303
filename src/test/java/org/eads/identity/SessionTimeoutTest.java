package org.eads.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.eads.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The session timeout comes from {@code eads.session-timeout}. */
@SpringBootTest(properties = "eads.session-timeout=7m")
@AutoConfigureMockMvc
class SessionTimeoutTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void sessionsExpireAfterTheConfiguredIdleTime() throws Exception {
        EadsUser user = TestUsers.create(users, "MMR", Role.OFFICER);
        String secret = users.newTotpSecret();
        users.enrolTotp(user.username(), secret);
        new PageSession(mvc, PageSession.freshAddress()).signIn(user.username(), TestUsers.PASSWORD, secret, 0);
        assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = :u")
                .param("u", user.username()).query(Integer.class).single()).isEqualTo(7 * 60);
    }
}
