package org.eads.screening.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class MrzApiTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;

    private MockHttpServletResponse post(String body) throws Exception {
        EadsUser officer = TestUsers.create(users, "THA", Role.OFFICER);
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/mrz")
                .with(TestUsers.as(officer)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
    }

    @Test
    void readsTheIcaoSpecimenPassport() throws Exception {
        MockHttpServletResponse r = post("""
                {"mrz": "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"}""");
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentAsString()).contains("\"format\":\"TD3\"", "\"documentNumber\":\"L898902C3\"",
                "ERIKSSON", "1974-08-12");
    }

    @Test
    void reportsAFailedCheckDigitAndRefusesTextThatIsNoZone() throws Exception {
        MockHttpServletResponse broken = post("""
                {"mrz": "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\nL898902C37UTO7408122F1204159ZE184226B<<<<<10"}""");
        assertThat(broken.getStatus()).isEqualTo(200);
        assertThat(broken.getContentAsString()).contains("\"valid\":false");

        MockHttpServletResponse garbage = post("{\"mrz\": \"hello world\"}");
        assertThat(garbage.getStatus()).isEqualTo(400);
        assertThat(garbage.getContentType()).contains("problem+json");
        MockHttpServletResponse empty = post("{}");
        assertThat(empty.getStatus()).isEqualTo(400);
    }
}
