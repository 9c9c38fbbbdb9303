package org.eads.scam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.eads.TestUsers;
import org.eads.alerts.AlertKind;
import org.eads.alerts.Alerts;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class IndicatorStatusTest {

    @Autowired ScamReports reports;
    @Autowired ScamIndicators indicators;
    @Autowired ScamChecks checks;
    @Autowired Alerts alerts;
    @Autowired Users users;
    @Autowired MockMvc mvc;

    @Test
    void investigatorsMarkGreyASupervisorDesignatesAndTheReportingMembersAreTold() throws Exception {
        EadsUser focal = TestUsers.create(users, "IDN", Role.OFFICER, Role.FOCAL_POINT);
        String account = "88" + String.format("%08d", System.nanoTime() % 100_000_000);
        reports.create(focal, new ScamReportInput("ID-S" + account, LocalDate.now(),
                new ScamReportInput.Victim("PERSON", null, null, false, "IDN", null, null), "JOB_TASK",
                ScamChannel.MESSAGING_APP, null, null, null, null, null, null, null,
                List.of(new ScamReportInput.Indicator(IndicatorKind.BANK_ACCOUNT, account, null, null)), null));
        long id = indicators.find(focal, IndicatorKind.BANK_ACCOUNT, account, null).orElseThrow().id();

        EadsUser officer = TestUsers.create(users, "SGP", Role.OFFICER);
        assertThatThrownBy(() -> indicators.setStatus(officer, id, IndicatorStatus.BLACK, "court order"))
                .isInstanceOf(NotAllowedException.class);
        EadsUser analyst = TestUsers.create(users, "SGP", Role.ANALYST);
        assertThatThrownBy(() -> indicators.setStatus(analyst, id, IndicatorStatus.GREY, " "))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("reason");
        indicators.setStatus(analyst, id, IndicatorStatus.GREY, "Bank confirmed a mule account");
        assertThat(checks.check(analyst, List.of(new ScamChecks.Item(IndicatorKind.BANK_ACCOUNT, account, null)))
                .get(0).risk()).isEqualTo(CheckResult.RiskBand.HIGH);

        EadsUser supervisor = TestUsers.create(users, "SGP", Role.SUPERVISOR);
        mvc.perform(post("/api/v1/scam/indicators/" + id + "/status").with(TestUsers.as(supervisor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"BLACK\", \"reason\": \"Designated under the anti-scam act\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("BLACK"));
        assertThat(alerts.inbox(focal, Alerts.InboxFilter.ALL, 0, 20).entries())
                .anyMatch(e -> e.alert().kind() == AlertKind.SCAM && e.alert().subject().startsWith("Designated"));

        mvc.perform(post("/scam/indicators/" + id + "/status").with(TestUsers.as(supervisor)).with(csrf())
                        .param("status", "CLEARED").param("reason", "Account holder proved the funds lawful"))
                .andExpect(status().is3xxRedirection());
        assertThat(indicators.get(supervisor, id).orElseThrow().status()).isEqualTo(IndicatorStatus.CLEARED);
    }
}
