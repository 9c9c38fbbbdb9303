package org.eads.dvi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
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

/** DNA typed into a file's page, and the board's decision from the operation's page. */
@SpringBootTest
@AutoConfigureMockMvc
class DviPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired DviOperations operations;
    @Autowired DviFiles files;
    @Autowired Identifications identifications;

    @Test
    void dnaIsTypedLineByLineAndTheBoardDecidesFromTheOperation() throws Exception {
        EadsUser officer = TestUsers.create(users, "THA", Role.OFFICER);
        EadsUser board1 = TestUsers.create(users, "THA", Role.IDENTIFICATION_BOARD);
        EadsUser board2 = TestUsers.create(users, "SGP", Role.IDENTIFICATION_BOARD);
        EadsUser outsider = TestUsers.create(users, "VNM", Role.OFFICER);
        Operation o = operations.open(officer, new Operation.Input("Quake " + System.nanoTime(), "Chiang Mai",
                LocalDate.of(2026, 5, 5), null, null, null, null, 2, Set.of("SGP")));
        DviFile pm = files.create(officer, o.id(), DviFile.Kind.PM, new DviFile.Input("PM-1", null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null));
        DviFile am = files.create(officer, o.id(), DviFile.Kind.AM, new DviFile.Input("AM-1", null, null, null, null,
                null, null, null, null, null, null, null, "Anan", "THA", null, null));

        mvc.perform(post("/dvi/pm-files/" + pm.id() + "/dna").with(TestUsers.as(officer)).with(csrf())
                        .param("profileKind", "PM_SAMPLE").param("alleles", "vWA 16,17\nTH01 9.3?\n\nFGA 22,24"))
                .andExpect(flash().attribute("notice", "DNA profile added."));
        assertThat(files.dna(officer, DviFile.Kind.PM, pm.id()).getFirst().dropout()).containsExactly("TH01");
        mvc.perform(post("/dvi/pm-files/" + pm.id() + "/dna").with(TestUsers.as(officer)).with(csrf())
                        .param("profileKind", "PM_SAMPLE").param("alleles", "vWA16,17"))
                .andExpect(flash().attribute("error", Matchers.containsString("line 1")));
        mvc.perform(get("/dvi/pm-files/" + pm.id()).with(TestUsers.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("AM-1 Anan")));
        mvc.perform(get("/dvi/pm-files/" + pm.id()).with(TestUsers.as(outsider))).andExpect(status().isNotFound());

        Identification i = identifications.propose(officer, pm.id(), am.id(), List.of("DNA"), null);
        mvc.perform(get("/dvi/operations/" + o.id()).with(TestUsers.as(board1))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"CONFIRM\"")));
        for (EadsUser b : List.of(board1, board2)) {
            mvc.perform(post("/dvi/identifications/" + i.id() + "/votes").with(TestUsers.as(b)).with(csrf())
                            .param("operation", o.id().toString()).param("decision", "CONFIRM"))
                    .andExpect(flash().attribute("notice", "Recorded."));
        }
        assertThat(identifications.get(officer, i.id()).status()).isEqualTo(Identification.Status.CONFIRMED);
    }
}
