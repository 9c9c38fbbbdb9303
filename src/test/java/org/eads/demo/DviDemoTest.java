package org.eads.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eads.TestUsers;
import org.eads.alerts.Alerts;
import org.eads.demo.internal.DviDemoLoader;
import org.eads.dvi.DviFile;
import org.eads.dvi.DviFiles;
import org.eads.dvi.DviStatistics;
import org.eads.dvi.Identification;
import org.eads.dvi.Identifications;
import org.eads.dvi.Operation;
import org.eads.dvi.OperationStatistics;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The demo's DVI operation enters through the DVI services, and its true pairs come out on top. */
@SpringBootTest
@AutoConfigureMockMvc
class DviDemoTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired DviDemoLoader loader;
    @Autowired DviFiles files;
    @Autowired Identifications identifications;
    @Autowired DviStatistics statistics;
    @Autowired Alerts alerts;

    @Test
    void theDemoOperationLoadsAndItsBodiesMatchTheirMissingPersons() throws Exception {
        LocalDate day = LocalDate.of(2026, 11, 24);
        DviDemo.Plan plan = DviDemo.create(DemoDataset.DEFAULT_SEED, day);
        assertThat(DviDemo.create(DemoDataset.DEFAULT_SEED, day)).isEqualTo(plan);
        assertThat(plan.bodies()).hasSize(8);
        assertThat(plan.missing()).hasSize(12);
        Map<String, EadsUser> officers = Map.of("THA", TestUsers.create(users, "THA", Role.OFFICER),
                "MYS", TestUsers.create(users, "MYS", Role.OFFICER), "SGP", TestUsers.create(users, "SGP", Role.OFFICER));
        EadsUser thai = officers.get("THA");
        Operation o = loader.load(plan, officers, List.of(TestUsers.create(users, "THA", Role.IDENTIFICATION_BOARD),
                TestUsers.create(users, "MYS", Role.IDENTIFICATION_BOARD)));

        assertThat(statistics.of(thai, o.id())).isEqualTo(new OperationStatistics(8, 8, 1,
                new OperationStatistics.ByMethod(1, 0, 0, 0), 14, 12, 4, 4, 5));
        assertThat(identifications.of(thai, o.id())).extracting(Identification::status)
                .containsExactlyInAnyOrder(Identification.Status.CONFIRMED, Identification.Status.PROPOSED);
        Map<String, UUID> bodies = files.list(thai, o.id(), DviFile.Kind.PM, 0, 100).stream()
                .collect(Collectors.toMap(DviFile::number, DviFile::id));
        // both parents, a mother and a sibling, a direct reference with the teeth, the teeth alone
        for (Map.Entry<String, String> pair : Map.of("PM-002", "AM-02", "PM-003", "AM-05", "PM-004", "AM-07",
                "PM-005", "AM-09").entrySet()) {
            mvc.perform(get("/api/v1/dvi/pm-files/" + bodies.get(pair.getKey()) + "/candidates?limit=1")
                            .with(TestUsers.as(thai)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$[0].number").value(pair.getValue()))
                    .andExpect(jsonPath("$[0].assessment.status", Matchers.oneOf("STRONG", "PROBABLE")));
        }
        assertThat(alerts.inbox(thai, Alerts.InboxFilter.ALL, 0, 50).entries()).anyMatch(e -> e.alert().subject()
                .equals("Family reference samples needed for missing person Napat Rattanakul (file AM-11)"));
    }
}
