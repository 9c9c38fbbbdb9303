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
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** An operation's figures, counted on a small operation. */
@SpringBootTest
@AutoConfigureMockMvc
class DviStatisticsTest {

    private static final Map<String, List<String>> LOCI = Map.of("vWA", List.of("16", "17"),
            "TH01", List.of("6", "9.3"));

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired DviOperations operations;
    @Autowired DviFiles files;
    @Autowired Identifications identifications;
    @Autowired DviStatistics statistics;

    @Test
    void bodiesIdentificationsByMethodAndWhatTheAmFilesHoldAreCounted() throws Exception {
        EadsUser officer = TestUsers.create(users, "THA", Role.OFFICER);
        EadsUser board1 = TestUsers.create(users, "THA", Role.IDENTIFICATION_BOARD);
        EadsUser board2 = TestUsers.create(users, "SGP", Role.IDENTIFICATION_BOARD);
        EadsUser outsider = TestUsers.create(users, "VNM", Role.OFFICER);
        Operation o = operations.open(officer, new Operation.Input("Flood " + System.nanoTime(), "Hat Yai",
                LocalDate.of(2026, 11, 2), null, null, null, null, 9, Set.of("SGP")));
        DviFile pm1 = files.create(officer, o.id(), DviFile.Kind.PM, DviFixtures.body("PM-1"));
        DviFile pm2 = files.create(officer, o.id(), DviFile.Kind.PM, DviFixtures.body("PM-2"));
        DviFile pm3 = files.create(officer, o.id(), DviFile.Kind.PM, DviFixtures.fingerprintedBody("PM-3"));
        files.create(officer, o.id(), DviFile.Kind.PM, DviFixtures.body("PM-4"));
        DviFile am1 = files.create(officer, o.id(), DviFile.Kind.AM, DviFixtures.missing("AM-1", "Anong", "THA"));
        DviFile am2 = files.create(officer, o.id(), DviFile.Kind.AM, DviFixtures.missing("AM-2", "Boon", "THA"));
        DviFile am3 = files.create(officer, o.id(), DviFile.Kind.AM, DviFixtures.missing("AM-3", "Chai", "THA"));
        files.create(officer, o.id(), DviFile.Kind.AM, DviFixtures.missing("AM-4", "Dao", "THA"));
        files.addDna(officer, DviFile.Kind.PM, pm1.id(), DviFixtures.sample(LOCI));
        files.chart(officer, DviFile.Kind.PM, pm2.id(), null, Map.of("26", Map.of("status", "IMPLANT")));
        files.addDna(officer, DviFile.Kind.AM, am1.id(), DviFixtures.direct(LOCI));
        files.addDna(officer, DviFile.Kind.AM, am2.id(), DviFixtures.relative("FATHER", LOCI));
        files.addDna(officer, DviFile.Kind.AM, am3.id(), DviFixtures.direct(LOCI));
        files.chart(officer, DviFile.Kind.AM, am3.id(), null, Map.of("26", Map.of("status", "IMPLANT")));
        DviFixtures.confirm(identifications, identifications.propose(officer, pm1.id(), am1.id(), List.of("DNA"),
                null), board1, board2);
        DviFixtures.confirm(identifications, identifications.propose(officer, pm2.id(), am3.id(),
                List.of("dental", "implant serial number"), null), board1, board2);
        identifications.propose(officer, pm3.id(), am2.id(), List.of("fingerprints"), null);

        assertThat(statistics.of(officer, o.id())).isEqualTo(new OperationStatistics(4, 3, 2,
                new OperationStatistics.ByMethod(1, 1, 0, 1), 9, 4, 2, 1, 1));
        mvc.perform(get("/api/v1/dvi/operations/" + o.id() + "/statistics").with(TestUsers.as(board2)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.bodiesExamined").value(3))
                .andExpect(jsonPath("$.identifiedBy.other").value(1))
                .andExpect(jsonPath("$.amWithFamilyReferences").value(1));
        mvc.perform(get("/dvi/operations/" + o.id() + "/statistics").with(TestUsers.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"figure-identified\">2<")))
                .andExpect(content().string(Matchers.containsString("data-chart=\"{")));
        mvc.perform(get("/dvi/operations/" + o.id()).with(TestUsers.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/dvi/operations/" + o.id() + "/statistics")));
        mvc.perform(get("/api/v1/dvi/operations/" + o.id() + "/statistics").with(TestUsers.as(outsider)))
                .andExpect(status().isNotFound());
    }
}
