package org.eads.dvi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eads.TestUsers;
import org.eads.audit.AuditLog;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The report of a confirmed identification: its contents, who gets it, and not before the board confirms. */
@SpringBootTest
@AutoConfigureMockMvc
class IdentificationReportTest {

    private static final Map<String, List<String>> PROFILE = Map.of("D3S1358", List.of("15", "16"),
            "vWA", List.of("17", "18"), "FGA", List.of("22", "24"), "TH01", List.of("9", "9.3"),
            "D8S1179", List.of("13", "14"), "D21S11", List.of("29", "30"));

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired DviOperations operations;
    @Autowired DviFiles files;
    @Autowired Identifications identifications;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;

    @Test
    void aConfirmedIdentificationsReportShowsTheEvidenceAndTheBoardToTheMembersTakingPart() throws Exception {
        EadsUser proposer = TestUsers.create(users, "THA", Role.OFFICER);
        EadsUser board1 = TestUsers.create(users, "THA", Role.IDENTIFICATION_BOARD);
        EadsUser board2 = TestUsers.create(users, "MYS", Role.IDENTIFICATION_BOARD);
        EadsUser malaysian = TestUsers.create(users, "MYS", Role.OFFICER);
        EadsUser outsider = TestUsers.create(users, "VNM", Role.OFFICER);
        Operation o = operations.open(proposer, new Operation.Input("Landslide " + System.nanoTime(), "Nan",
                LocalDate.of(2026, 8, 14), null, null, null, null, 6, Set.of("MYS")));
        DviFile pm = files.create(proposer, o.id(), DviFile.Kind.PM, DviFixtures.body("PM-17"));
        DviFile am = files.create(proposer, o.id(), DviFile.Kind.AM, DviFixtures.missing("AM-4", "Siti Rahmah", "MYS"));
        files.addDna(proposer, DviFile.Kind.PM, pm.id(), DviFixtures.sample(PROFILE));
        files.addDna(proposer, DviFile.Kind.AM, am.id(), DviFixtures.direct(PROFILE));
        files.chart(proposer, DviFile.Kind.AM, am.id(), LocalDate.of(2025, 3, 1), Map.of(
                "16", Map.of("status", "CROWN"), "36", Map.of("status", "FILLED", "surfaces", List.of("O")),
                "11", Map.of("status", "MISSING_AM")));
        files.chart(proposer, DviFile.Kind.PM, pm.id(), null, Map.of(
                "16", Map.of("status", "CROWN"), "36", Map.of("status", "FILLED", "surfaces", List.of("M", "O")),
                "11", Map.of("status", "VIRGIN")));
        Identification i = identifications.propose(proposer, pm.id(), am.id(), List.of("DNA", "dental"),
                "Direct reference from her toothbrush");
        String report = "/api/v1/dvi/identifications/" + i.id() + "/report.pdf";

        mvc.perform(get(report).with(TestUsers.as(malaysian))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("is proposed")));

        DviFixtures.confirm(identifications, i, board1, board2);
        byte[] pdf = mvc.perform(get(report).with(TestUsers.as(malaysian))).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF)).andReturn().getResponse()
                .getContentAsByteArray();
        String text = text(pdf);
        assertThat(text).contains("Identification report", "Operation", "Body", "Missing person", "Methods relied on",
                "Evidence when proposed", "Proposal", "Identification board", "Confirmation", "Dental discrepancies");
        assertThat(text).contains("PM-17", "AM-4", "Siti Rahmah", o.name(), "Nan", "2026-08-14", "DNA, DENTAL",
                "direct reference", "6 loci compared", "1 red", proposer.displayName(), board1.displayName(),
                board2.displayName(), "CONFIRM", "Direct reference from her toothbrush",
                "by " + malaysian.displayName() + " (MYS)");

        mvc.perform(get("/dvi/identifications/" + i.id() + "/report.pdf").with(TestUsers.as(proposer)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(get(report).with(TestUsers.as(outsider))).andExpect(status().isNotFound());
        mvc.perform(get("/dvi/identifications/" + i.id() + "/report.pdf").with(TestUsers.as(outsider)))
                .andExpect(status().isNotFound());
        audit.flush();
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where action = 'DVI_VIEW' and object_id = :id
                   and details = 'identification report'""").param("id", i.id().toString())
                .query(Long.class).single()).isEqualTo(2);
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
