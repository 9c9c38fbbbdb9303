package org.eads.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.eads.dvi.internal.IdentificationStore;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo's DVI operation enters through the DVI services, and its true pairs are strong or probable. */
@SpringBootTest
class DviDemoTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired Users users;
    @Autowired DviDemoLoader loader;
    @Autowired DviFiles files;
    @Autowired Identifications identifications;
    @Autowired DviStatistics statistics;
    @Autowired Alerts alerts;
    @Autowired IdentificationStore store;

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
        Map<String, UUID> ids = new HashMap<>();
        for (DviFile.Kind kind : DviFile.Kind.values()) {
            files.list(thai, o.id(), kind, 0, 100).forEach(f -> ids.put(f.number(), f.id()));
        }
        // both parents (proposed by the loader), a mother and a sibling, a direct reference with teeth, teeth alone
        List<Identification> pairs = new ArrayList<>(identifications.of(thai, o.id()).stream()
                .filter(i -> i.status() == Identification.Status.PROPOSED).toList());
        pairs.add(identifications.propose(thai, ids.get("PM-003"), ids.get("AM-05"), List.of("DNA"), null));
        pairs.add(identifications.propose(thai, ids.get("PM-004"), ids.get("AM-07"), List.of("DNA", "dental"), null));
        pairs.add(identifications.propose(thai, ids.get("PM-005"), ids.get("AM-09"), List.of("dental"), null));
        for (Identification i : pairs) {
            JsonNode evidence = JSON.readTree(store.evidence(i.id()).orElseThrow());
            assertThat(evidence.path("assessment").path("status").asString()).as(evidence.path("number").asString())
                    .isIn("STRONG", "PROBABLE");
        }
        assertThat(alerts.inbox(thai, Alerts.InboxFilter.ALL, 0, 50).entries()).anyMatch(e -> e.alert().subject()
                .equals("Family reference samples needed for missing person Napat Rattanakul (file AM-11)"));
    }
}
