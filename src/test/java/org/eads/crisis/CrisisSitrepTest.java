package org.eads.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

@SpringBootTest
@AutoConfigureMockMvc
class CrisisSitrepTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;

    @Test
    void aSitrepWithAFileIsDownloadedAsItWasSent() throws Exception {
        EadsUser declarer = TestUsers.create(users, "MMR", Role.SUPERVISOR);
        EadsUser reader = TestUsers.create(users, "BRN", Role.OFFICER);
        UUID crisis = CrisisFixtures.declare(mvc, declarer, "Mass-casualty incident in Yangon", "MEMBERS", false);
        byte[] pdf = pdf(40_000);

        JsonNode sitrep = CrisisFixtures.json(mvc.perform(multipart("/api/v1/crises/" + crisis + "/sitreps")
                        .file(new MockMultipartFile("file", "C:\\reports\\scene plan.pdf", "application/pdf", pdf))
                        .param("text", "Scene plan of the blast site attached.")
                        .with(TestUsers.as(declarer)))
                .andExpect(status().isCreated()));
        assertThat(sitrep.get("attachmentName").asString()).isEqualTo("scene plan.pdf");
        assertThat(sitrep.get("attachmentSize").asInt()).isEqualTo(pdf.length);
        String path = "/crises/" + crisis + "/sitreps/" + sitrep.get("id").asString() + "/attachment";

        MockHttpServletResponse page = mvc.perform(get(path).with(TestUsers.as(reader)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(page.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(page.getContentType()).isEqualTo("application/pdf");
        assertThat(page.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
                .contains("scene plan.pdf");
        assertThat(mvc.perform(get("/api/v1" + path)
                .with(TestUsers.as(reader))).andReturn().getResponse().getContentAsByteArray()).isEqualTo(pdf);
        assertThat(CrisisFixtures.body(mvc.perform(get("/crises/" + crisis).with(TestUsers.as(reader)))))
                .contains("Scene plan of the blast site attached.", "href=\"" + path + "\"");

        // JSON with the file in base64
        byte[] text = "Casualty list as of 12:00 UTC\n".getBytes(StandardCharsets.UTF_8);
        JsonNode json = CrisisFixtures.json(mvc.perform(post("/api/v1/crises/" + crisis + "/sitreps")
                .with(TestUsers.as(declarer)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"text":"Casualty list","attachment":{"fileName":"casualties.txt",
                         "contentType":"text/plain; charset=UTF-8","content":"%s"}}"""
                        .formatted(Base64.getEncoder().encodeToString(text)))).andExpect(status().isCreated()));
        assertThat(json.get("attachmentType").asString()).isEqualTo("text/plain");
        assertThat(mvc.perform(get("/crises/" + crisis + "/sitreps/" + json.get("id").asString() + "/attachment")
                .with(TestUsers.as(reader))).andReturn().getResponse().getContentAsByteArray()).isEqualTo(text);

        // a sitrep without a file has nothing to download
        JsonNode plain = CrisisFixtures.json(mvc.perform(post("/api/v1/crises/" + crisis + "/sitreps")
                .with(TestUsers.as(declarer)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"No further devices\"}")).andExpect(status().isCreated()));
        mvc.perform(get("/crises/" + crisis + "/sitreps/" + plain.get("id").asString() + "/attachment")
                .with(TestUsers.as(reader))).andExpect(status().isNotFound());
    }

    @Test
    void anOversizedOrDisguisedFileIsRefused() throws Exception {
        EadsUser declarer = TestUsers.create(users, "VNM", Role.CRISIS_CONTACT);
        UUID crisis = CrisisFixtures.declare(mvc, declarer, "Bombing in Da Nang", "MEMBERS", false);
        String api = "/api/v1/crises/" + crisis + "/sitreps";

        JsonNode tooBig = CrisisFixtures.json(mvc.perform(multipart(api)
                        .file(new MockMultipartFile("file", "video-still.pdf", "application/pdf",
                                pdf(Attachment.MAX_SIZE + 1)))
                        .param("text", "Oversized report").with(TestUsers.as(declarer)))
                .andExpect(status().isBadRequest()));
        assertThat(tooBig.get("errors").get(0).get("field").asString()).isEqualTo("attachment.content");
        assertThat(tooBig.get("detail").asString()).contains("a file may be at most 10 MB");

        JsonNode disguised = CrisisFixtures.json(mvc.perform(multipart(api)
                        .file(new MockMultipartFile("file", "report.pdf", "application/pdf",
                                "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1)))
                        .param("text", "Disguised report").with(TestUsers.as(declarer)))
                .andExpect(status().isBadRequest()));
        assertThat(disguised.get("detail").asString()).contains("does not match its content type application/pdf");

        JsonNode program = CrisisFixtures.json(mvc.perform(multipart(api)
                        .file(new MockMultipartFile("file", "tool.exe", "application/x-msdownload", new byte[] {'M', 'Z'}))
                        .param("text", "Program").with(TestUsers.as(declarer)))
                .andExpect(status().isBadRequest()));
        assertThat(program.get("detail").asString()).contains("'application/x-msdownload' is not accepted");

        // the page says the same and keeps nothing
        String errors = mvc.perform(multipart("/crises/" + crisis + "/sitreps")
                        .file(new MockMultipartFile("file", "big.pdf", "application/pdf", pdf(Attachment.MAX_SIZE + 1)))
                        .param("text", "Oversized from the page").with(TestUsers.as(declarer)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("actionErrors").toString();
        assertThat(errors).contains("at most 10 MB");
        assertThat(CrisisFixtures.body(mvc.perform(get(api).with(TestUsers.as(declarer)))))
                .doesNotContain("Oversized", "Disguised", "Program");
    }

    private static byte[] pdf(int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) ' ');
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 9);
        return content;
    }
}
