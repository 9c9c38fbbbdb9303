package org.eads.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ImportPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;

    @Test
    void aPostWithoutAFileAsksForOneInsteadOfFailing() throws Exception {
        EadsUser officer = TestUsers.create(users, "IDN", Role.OFFICER);
        MockHttpServletResponse response = mvc.perform(post("/imports").with(csrf()).with(TestUsers.as(officer)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Choose a file to import");
    }
}
