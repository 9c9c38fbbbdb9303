package org.eads.screening.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

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
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@SpringBootTest
@AutoConfigureMockMvc
class SearchApiTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;

    private MockHttpServletResponse post(EadsUser user, String path, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).with(TestUsers.as(user))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    @Test
    void aPassportNumberReadWithOcrMistakesFindsTheDocument() throws Exception {
        EadsUser vn = TestUsers.create(users, "VNM", Role.OFFICER);
        EadsUser my = TestUsers.create(users, "MYS", Role.OFFICER);
        String number = "B" + (System.nanoTime() % 10_000_000 + 10_000_000);
        MockHttpServletResponse created = post(vn, "/api/v1/records", """
                {"type":"TRAVEL_DOCUMENT","documentType":"PASSPORT","number":"%s","issuingCountry":"VNM",
                 "holderName":"Nguyen Van An","status":"STOLEN","sharingLevel":"MEMBERS"}""".formatted(number));
        assertThat(created.getStatus()).isEqualTo(201);
        String ocr = "8" + number.substring(1);
        await().atMost(Duration.ofSeconds(2)).until(() -> post(my, "/api/v1/search",
                "{\"documentNumber\":\"" + ocr + "\"}").getContentAsString().contains(number));
        MockHttpServletResponse found = post(my, "/api/v1/search", """
                {"documentNumber":"%s","purpose":"border check"}""".formatted(ocr));
        assertThat(found.getStatus()).isEqualTo(200);
        assertThat(found.getContentAsString()).contains("\"hitOnly\":false", "\"owner\":\"VNM\"", "OCR");
    }

    @Test
    void mistakesInTheQuestionAreProblemsThatSayWhatToFix() throws Exception {
        EadsUser th = TestUsers.create(users, "THA", Role.OFFICER);
        assertThat(post(th, "/api/v1/search", "{}").getStatus()).isEqualTo(400);
        assertThat(post(th, "/api/v1/search", "{\"name\":\"x\",\"dateOfBirth\":\"yesterday\"}").getStatus()).isEqualTo(400);
        assertThat(post(th, "/api/v1/search", "{\"name\":\"x\",\"types\":[\"SPACESHIP\"]}").getStatus()).isEqualTo(400);
        MockHttpServletResponse noReason = post(th, "/api/v1/search/disclosure-requests",
                "{\"reference\":\"" + java.util.UUID.randomUUID() + "\"}");
        assertThat(noReason.getStatus()).isEqualTo(400);
        assertThat(noReason.getContentAsString()).contains("reason");
        MockHttpServletResponse unknown = post(th, "/api/v1/search/disclosure-requests",
                "{\"reference\":\"" + java.util.UUID.randomUUID() + "\",\"reason\":\"case 1\"}");
        assertThat(unknown.getStatus()).isEqualTo(404);
    }
}
