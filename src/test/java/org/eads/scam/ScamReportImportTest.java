package org.eads.scam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ScamReportImportTest {

    @Autowired ScamReportImport imports;
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
        ScamReportImport.Outcome outcome = imports.run(officer, csv(prefix), ScamReportImport.Mode.ALL_OR_NOTHING);
        assertThat(outcome.rows()).isEqualTo(3);
        assertThat(outcome.imported()).isZero();
        // the first report spans lines 2 and 3 (a quoted summary on two lines)
        assertThat(outcome.problems()).extracting(ScamReportImport.RowProblem::line, ScamReportImport.RowProblem::field)
                .contains(org.assertj.core.groups.Tuple.tuple(4L, "scamType"),
                        org.assertj.core.groups.Tuple.tuple(4L, "indicators[0].value"),
                        org.assertj.core.groups.Tuple.tuple(5L, "case_reference"));
        assertThat(reports.list(officer, "THA", 0, 200)).noneMatch(r -> r.caseReference().startsWith(prefix));
    }

    @Test
    void validOnlyImportsTheGoodRowsWithTheirIndicatorsAndPayments() {
        EadsUser officer = TestUsers.create(users, "THA", Role.OFFICER);
        String prefix = "TH-V" + System.nanoTime() % 1_000_000;
        ScamReportImport.Outcome outcome = imports.run(officer, csv(prefix), ScamReportImport.Mode.VALID_ONLY);
        assertThat(outcome.imported()).isEqualTo(1);
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
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.problems[0].line").value(4));
        mvc.perform(post("/api/v1/scam/reports/import").with(TestUsers.as(machine)).contentType("text/csv")
                        .content("name,age\nx,1\n"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("header"));
    }
}
