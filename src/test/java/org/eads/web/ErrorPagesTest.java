package org.eads.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.RequestDispatcher;
import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The error pages, drawn in the layout as the server's error dispatch draws them. */
@SpringBootTest
@AutoConfigureMockMvc
class ErrorPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;

    @ParameterizedTest
    @CsvSource({"403, Not allowed", "404, Not found", "429, Too many attempts", "500, Something went wrong",
            "400, Request not understood", "503, Service unavailable"})
    void errorPagesExplainWhatHappenedInTheLayout(int status, String heading) throws Exception {
        EadsUser user = TestUsers.create(users, "LAO", Role.OFFICER);
        MockHttpServletResponse response = mvc.perform(get("/error").with(TestUsers.as(user))
                        .accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentAsString())
                .contains("<h1 class=\"h3\">" + heading + "</h1>")
                .contains("Skip to main content")
                .contains(user.displayName())
                .doesNotContain("Exception").doesNotContain("at org.");
    }
}
