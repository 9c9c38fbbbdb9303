package org.eads.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.scam.ScamReportInput;
import org.eads.scam.ScamReports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ScamDemoTest {

    @Autowired ScamReports reports;
    @Autowired Users users;

    @Test
    void everyDemoReportIsValidAndOperationsShareIndicatorsAcrossMembers() {
        List<ScamDemo.Report> demo = ScamDemo.create(DemoDataset.DEFAULT_SEED, LocalDate.of(2026, 11, 23), 400);
        assertThat(demo).hasSize(400);
        assertThat(ScamDemo.create(DemoDataset.DEFAULT_SEED, LocalDate.of(2026, 11, 23), 400)).isEqualTo(demo);
        Map<String, EadsUser> officers = new HashMap<>();
        for (ScamDemo.Report r : demo) {
            EadsUser officer = officers.computeIfAbsent(r.memberCode(), m -> TestUsers.create(users, m, Role.OFFICER));
            assertThat(reports.problems(officer, r.input())).as(r.input().caseReference()).isEmpty();
        }
        Map<String, java.util.Set<String>> membersOfIndicator = new HashMap<>();
        for (ScamDemo.Report r : demo) {
            for (ScamReportInput.Indicator i : r.input().indicators()) {
                membersOfIndicator.computeIfAbsent(i.value(), k -> new java.util.HashSet<>()).add(r.memberCode());
            }
        }
        assertThat(membersOfIndicator.values()).anyMatch(m -> m.size() >= 5);
    }
}
