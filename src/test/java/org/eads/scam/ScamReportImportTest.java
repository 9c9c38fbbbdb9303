package org.eads.scam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.imports.ImportJob;
import org.eads.imports.ImportMode;
import org.eads.imports.ImportStatus;
import org.eads.imports.Imports;
import org.eads.imports.RowError;
import org.springframework.mock.web.MockMultipartFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ScamReportImportTest {

    @Autowired Imports imports;
    @Autowired ScamReports reports;
    @Autowired Users users;
    @Autowired MockMvc mvc;

    private static String csv(String prefix) {
        return """
                case_reference,report_date,victim_kind,victim_nationality,scam_type,channel,loss_amount,loss_currency,summary,indicators,payments
                %1$s-1,2026-05-02,PERSON,THA,JOB_TASK,MESSAGING_APP,"12,000",THB,"Liked videos for pay,
                then paid to unlock tasks",PHONE:081 234 5678|URL:https://tasks.example/?fbclid=abc,BANK_ACCOUNT:123-4-56789-0=12000 THB@2026-04-30T14:00:00+07:00
                %1$s-2,2026-05-03,PERSON,THA,MAGIC,CALL,,,,PHONE:12,
                %1$s-1,2026-05-04,PERSON,THA,LOAN,SMS,,,,,
                """.formatted(prefix);
    }

    @Test
    void allOrNothingImportsNothingAndNamesEachBadRowByItsLine() {
        EadsUser officer = TestUsers.create(users, "THA", Role.OFFICER);
        String prefix = "TH-A" + System.nanoTime() % 1_000_000;
        ImportJob job = run(officer, csv(prefix), ImportMode.ALL_OR_NOTHING);
        assertThat(job.status()).isEqualTo(ImportStatus.NEEDS_DECISION);
        assertThat(job.processedRows()).isEqualTo(3);
        assertThat(job.importedRows()).isZero();
        // the first report spans lines 2 and 3 (a quoted summary on two lines)
        assertThat(job.errors()).extracting(RowError::line, RowError::field)
                .contains(org.assertj.core.groups.Tuple.tuple(4, "scamType"),
                        org.assertj.core.groups.Tuple.tuple(4, "indicators[0].value"),
                        org.assertj.core.groups.Tuple.tuple(5, "case_reference"));
        assertThat(reports.list(officer, "THA", 0, 200)).noneMatch(r -> r.caseReference().startsWith(prefix));
    }

    @Test
    void validOnlyImportsTheGoodRowsWithTheirIndicatorsAndPayments() {
        EadsUser officer = TestUsers.create(users, "THA", Role.OFFICER);
        String prefix = "TH-V" + System.nanoTime() % 1_000_000;
        ImportJob job = run(officer, csv(prefix), ImportMode.VALID_ONLY);
        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.importedRows()).isEqualTo(1);
        assertThat(job.errorRows()).isEqualTo(2);
        ScamReport r = reports.list(officer, "THA", 0, 200).stream()
                .filter(x -> x.caseReference().equals(prefix + "-1")).findFirst().orElseThrow();
        ScamReport full = reports.view(officer, r.id());
        assertThat(full.indicators()).extracting(ScamReport.ReportIndicator::value)
                .contains("+66812345678", "tasks.example", "123456789O".replace('O', '0'));
        assertThat(full.summary()).contains("\n");
        assertThat(full.payments()).singleElement().satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("12000"));
    }

    @Test
    void theApiAnswersTheMistakesOfAFileItDidNotImport() throws Exception {
        EadsUser machine = TestUsers.create(users, "THA", Role.API_CLIENT);
        mvc.perform(post("/api/v1/scam/reports/import").with(TestUsers.as(machine)).contentType("text/csv")
                        .content(csv("TH-P" + System.nanoTime() % 1_000_000)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.importedRows").value(0))
                .andExpect(jsonPath("$.status").value("NEEDS_DECISION"))
                .andExpect(jsonPath("$.errors[0].line").value(4));
        mvc.perform(post("/api/v1/scam/reports/import").with(TestUsers.as(machine)).contentType("text/csv")
                        .content("name,age\nx,1\n"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("header"));
    }

    @Test
    void anUploadRunsInTheBackgroundAndTheOwnerDecidesOnAFileWithMistakes() throws Exception {
        EadsUser officer = TestUsers.create(users, "THA", Role.OFFICER);
        String prefix = "TH-U" + System.nanoTime() % 1_000_000;
        String location = mvc.perform(multipart("/scam/reports/import")
                        .file(new MockMultipartFile("file", "reports.csv", "text/csv",
                                csv(prefix).getBytes(StandardCharsets.UTF_8)))
                        .param("mode", "ALL_OR_NOTHING").with(TestUsers.as(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/imports/");
        UUID id = UUID.fromString(location.substring("/imports/".length()));
        ImportJob job = awaitEnd(officer, id);
        assertThat(job.kind()).isEqualTo(ScamReportImport.KIND);
        assertThat(job.status()).isEqualTo(ImportStatus.NEEDS_DECISION);
        assertThat(mvc.perform(get(location).with(TestUsers.as(officer))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("Import the valid rows only").contains("scamType");

        imports.importValidRows(officer, id);
        assertThat(awaitEnd(officer, id).importedRows()).isEqualTo(1);
        assertThat(reports.list(officer, "THA", 0, 200)).anyMatch(r -> r.caseReference().equals(prefix + "-1"));

        mvc.perform(multipart("/scam/reports/import")
                        .file(new MockMultipartFile("file", "reports.json", "application/json", "[]".getBytes()))
                        .with(TestUsers.as(officer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("not JSON")));
    }

    private ImportJob run(EadsUser user, String csv, ImportMode mode) {
        return imports.run(user, ScamReportImport.KIND, java.util.Map.of(), "reports.csv", csv.getBytes(StandardCharsets.UTF_8), mode);
    }

    private ImportJob awaitEnd(EadsUser user, UUID id) throws InterruptedException {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            ImportJob job = imports.find(user, id).orElseThrow();
            if (job.status().finished() || job.status() == ImportStatus.NEEDS_DECISION) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not end in 20 s");
    }
}
