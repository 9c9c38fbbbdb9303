package org.eads.scam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eads.TestUsers;
import org.eads.alerts.TestClock;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.InvalidRecordException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ScamHoldsTest {

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(Instant.parse("2026-06-01T03:00:00Z"));
        }
    }

    @Autowired ScamReports reports;
    @Autowired ScamChecks checks;
    @Autowired ScamHolds holds;
    @Autowired Users users;
    @Autowired TestClock clock;
    @Autowired MockMvc mvc;

    @Test
    void aHoldShowsInChecksUntilItExpiresOrIsReleased() throws Exception {
        EadsUser officer = TestUsers.create(users, "THA", Role.OFFICER);
        String account = "66" + String.format("%08d", System.nanoTime() % 100_000_000);
        reports.create(officer, new ScamReportInput("TH-H" + account, null,
                new ScamReportInput.Victim("PERSON", null, null, false, "THA", null, null), "INVESTMENT",
                ScamChannel.CALL, null, null, null, null, null, null, null,
                List.of(new ScamReportInput.Indicator(IndicatorKind.BANK_ACCOUNT, account, null, null)), null));
        EadsUser bank = TestUsers.create(users, "THA", Role.API_CLIENT);
        List<ScamChecks.Item> ask = List.of(new ScamChecks.Item(IndicatorKind.BANK_ACCOUNT, account, null));
        assertThat(checks.check(bank, ask).get(0).known()).isTrue();
        assertThat(checks.check(bank, ask).get(0).hold()).isNull();
        long indicatorId = reports.list(officer, "THA", 0, 200).stream()
                .filter(r -> r.caseReference().equals("TH-H" + account)).findFirst()
                .map(r -> reports.view(officer, r.id()).indicators().get(0).id()).orElseThrow();

        assertThatThrownBy(() -> holds.request(officer, indicatorId, null, "XX", 90, " "))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("amount").hasMessageContaining("days").hasMessageContaining("reason");
        mvc.perform(post("/api/v1/scam/indicators/" + indicatorId + "/holds").with(TestUsers.as(officer))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": 250000, \"currency\": \"THB\", \"reason\": \"Case TH-77, freeze requested\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.currency").value("THB"));
        assertThat(checks.check(bank, ask).get(0).hold()).satisfies(h -> {
            assertThat(h.amount()).isEqualByComparingTo("250000");
            assertThat(h.expiresAt()).isEqualTo(Instant.parse("2026-06-08T03:00:00Z"));
        });

        clock.advance(Duration.ofDays(8));
        assertThat(checks.check(bank, ask).get(0).hold()).isNull();

        Hold second = holds.request(officer, indicatorId, new java.math.BigDecimal("1000"), "THB", 3, "again");
        assertThat(checks.check(bank, ask).get(0).hold()).isNotNull();
        EadsUser other = TestUsers.create(users, "MYS", Role.SUPERVISOR);
        assertThatThrownBy(() -> holds.release(other, second.id())).isInstanceOf(InvalidRecordException.class);
        holds.release(officer, second.id());
        assertThat(checks.check(bank, ask).get(0).hold()).isNull();
    }
}
