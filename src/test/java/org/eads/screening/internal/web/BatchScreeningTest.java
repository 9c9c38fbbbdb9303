package org.eads.screening.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.IndicatorData;
import org.eads.records.RecordInput;
import org.eads.records.Records;
import org.eads.screening.Screening;
import org.eads.screening.SearchQuery;
import org.eads.sharing.SharingLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class BatchScreeningTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Records records;
    @Autowired Screening screening;

    @Test
    void aManifestIsScreenedInTheBackgroundWithBadRowsReportedAndResultsToDownload() throws Exception {
        EadsUser my = TestUsers.create(users, "MYS", Role.OFFICER);
        EadsUser sg = TestUsers.create(users, "SGP", Role.OFFICER);
        String number = "+6019" + String.format("%07d", System.nanoTime() % 10_000_000);
        records.create(my, new RecordInput(new IndicatorData(IndicatorData.IndicatorType.PHONE, number, null, null,
                null, null), SharingLevel.MEMBERS, null, null, null, null, null, null));
        await().atMost(Duration.ofSeconds(2)).until(() -> !screening.search(my, new SearchQuery(null, null, null, null,
                null, List.of(new SearchQuery.Identifier("PHONE", number)), null, null, null)).matches().isEmpty());
        String csv = """
                reference,name,dateOfBirth,phone
                PAX-1,,,%s
                PAX-2,Nobody Atall Known,1990-01-01,
                PAX-3,,not a date,
                """.formatted(number);
        MockHttpServletResponse accepted = mvc.perform(post("/api/v1/search/batch").param("purpose", "flight SQ 108")
                        .contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)).with(TestUsers.as(sg)))
                .andReturn().getResponse();
        assertThat(accepted.getStatus()).isEqualTo(202);
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(accepted.getContentAsString());
        assertThat(id.find()).isTrue();
        String status = "/api/v1/search/batch/" + id.group(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> mvc.perform(get(status).with(TestUsers.as(sg))).andReturn()
                .getResponse().getContentAsString().contains("\"status\":\"DONE\""));
        String summary = mvc.perform(get(status).with(TestUsers.as(sg))).andReturn().getResponse().getContentAsString();
        assertThat(summary).contains("\"processedRows\":3", "\"hitRows\":1", "\"errorRows\":1", "\"MYS\":1", "\"line\":4");
        String results = mvc.perform(get(status + "/results").with(TestUsers.as(sg))).andReturn().getResponse()
                .getContentAsString();
        assertThat(results).contains("PAX-1", "MYS INDICATOR", "not screened");

        // another user sees nothing of it
        EadsUser other = TestUsers.create(users, "SGP", Role.OFFICER);
        assertThat(mvc.perform(get(status).with(TestUsers.as(other))).andReturn().getResponse().getStatus()).isEqualTo(404);
        // the page shows the same batch
        String page = mvc.perform(get("/search/batch/" + id.group(1)).with(TestUsers.as(sg))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Download the results", "MYS");
    }

    @Test
    void aFileWithUnknownColumnsIsRefusedWithAClearMessage() throws Exception {
        EadsUser th = TestUsers.create(users, "THA", Role.OFFICER);
        MockHttpServletResponse api = mvc.perform(post("/api/v1/search/batch").contentType("text/csv")
                .content("surname,birthday\nA,B\n").with(TestUsers.as(th))).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentAsString()).contains("Unknown columns");
        MockMultipartFile empty = new MockMultipartFile("file", "x.csv", "text/csv", "name\n".getBytes());
        String page = mvc.perform(multipart("/search/batch").file(empty).with(TestUsers.as(th)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("no rows to screen");
    }
}
