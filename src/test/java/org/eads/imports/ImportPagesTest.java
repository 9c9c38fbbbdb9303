package org.eads.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ImportPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Imports imports;

    @Test
    void anUploadShowsItsProgressThenItsErrorsAndImportsTheValidRowsOnRequest() throws Exception {
        EadsUser officer = TestUsers.create(users, "BRN", Role.OFFICER);
        MockMultipartFile file = new MockMultipartFile("file", "people.csv", "text/csv", """
                type,sharingLevel,names,nationalities
                PERSON,MEMBERS,Awang Haji Osman,BRN
                PERSON,MEMBERS,Dayang Siti,BRUNEI
                """.getBytes(StandardCharsets.UTF_8));
        String location = mvc.perform(multipart("/imports").file(file).param("mode", "ALL_OR_NOTHING")
                        .with(TestUsers.as(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        String page = mvc.perform(get(location).with(TestUsers.as(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("people.csv", "role=\"progressbar\"");

        await().atMost(Duration.ofSeconds(20)).until(() ->
                imports.find(officer, id).orElseThrow().status() == ImportStatus.NEEDS_DECISION);
        String decided = mvc.perform(get(location + "/progress").with(TestUsers.as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(decided).contains("NEEDS_DECISION", "Import the valid rows only", "nationalities[0]", ">3<")
                .doesNotContain("hx-trigger");

        mvc.perform(post(location + "/valid-only").with(TestUsers.as(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        await().atMost(Duration.ofSeconds(20)).until(() ->
                imports.find(officer, id).orElseThrow().status() == ImportStatus.DONE);
        assertThat(imports.find(officer, id).orElseThrow().importedRows()).isEqualTo(1);
    }

    @Test
    void anotherUsersImportIsNotFoundAndABadFileIsExplained() throws Exception {
        EadsUser owner = TestUsers.create(users, "BRN", Role.OFFICER);
        EadsUser other = TestUsers.create(users, "BRN", Role.OFFICER);
        ImportJob job = imports.submit(owner, "a.csv", "type,sharingLevel\n".getBytes(StandardCharsets.UTF_8),
                ImportMode.ALL_OR_NOTHING);
        mvc.perform(get("/imports/" + job.id()).with(TestUsers.as(other))).andExpect(status().isNotFound());

        MockMultipartFile text = new MockMultipartFile("file", "notes.txt", "text/plain", "hello".getBytes());
        String page = mvc.perform(multipart("/imports").file(text).with(TestUsers.as(owner)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("neither a .csv nor a .json");
    }

    @Test
    void aPostWithoutAFileAsksForOneInsteadOfFailing() throws Exception {
        EadsUser officer = TestUsers.create(users, "IDN", Role.OFFICER);
        MockHttpServletResponse response = mvc.perform(post("/imports").with(csrf()).with(TestUsers.as(officer)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Choose a file to import");
    }
}
