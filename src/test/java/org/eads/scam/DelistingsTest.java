package org.eads.scam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eads.TestUsers;
import org.eads.audit.AuditLog;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class DelistingsTest {

    @Autowired Delistings delistings;
    @Autowired ScamReports reports;
    @Autowired ScamChecks checks;
    @Autowired ScamPartners partners;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog auditLog;
    @Autowired MockMvc mvc;

    /** An account reported by an officer of the member; returned as written. */
    private String reportedAccount(String member) {
        EadsUser officer = TestUsers.create(users, member, Role.OFFICER);
        String account = "77" + String.format("%09d", System.nanoTime() % 1_000_000_000);
        reports.create(officer, new ScamReportInput("DL-" + account, LocalDate.now(),
                new ScamReportInput.Victim("PERSON", "Victim", null, false, member, null, null), "INVESTMENT",
                ScamChannel.CALL, null, new BigDecimal("100"), "USD", null, null, null, null, List.of(),
                List.of(new ScamReportInput.Payment(IndicatorKind.BANK_ACCOUNT, account, null, null,
                        new BigDecimal("100"), "USD"))));
        return account;
    }

    private EadsUser bankClient(String member) {
        EadsUser admin = TestUsers.create(users, member, Role.MEMBER_ADMIN);
        Partner p = partners.register(admin, member, new Partner.Input("Bank " + System.nanoTime(),
                Partner.Sector.BANK, Set.of(IndicatorKind.BANK_ACCOUNT), Set.of(), 600, 10_000L));
        EadsUser client = TestUsers.create(users, member, Role.API_CLIENT);
        partners.attach(admin, p.id(), client.username());
        return client;
    }

    private IndicatorStatus statusOf(String account) {
        return checks.check(TestUsers.create(users, "SGP", Role.OFFICER),
                List.of(new ScamChecks.Item(IndicatorKind.BANK_ACCOUNT, account, null))).get(0).status();
    }

    @Test
    void aBanksRequestIsReviewedAndGrantedWhichClearsTheAccountAndTellsTheReporters() throws Exception {
        String account = reportedAccount("MYS");
        EadsUser bank = bankClient("MYS");
        String body = "{\"kind\": \"BANK_ACCOUNT\", \"value\": \"" + account + "\", \"requesterKind\": \"BANK\", "
                + "\"requesterName\": \"Fraud desk, Demo Bank\", \"requesterContact\": \"fraud@bank.example\", "
                + "\"grounds\": \"The holder's phone was stolen; the transfers were not made by the holder\"}";
        String answer = mvc.perform(post("/api/v1/scam/delisting-requests").with(TestUsers.as(bank))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("SUBMITTED"))
                .andExpect(jsonPath("$.reference").value(Matchers.startsWith("DL-")))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(answer, "$.id")).longValue();
        mvc.perform(post("/api/v1/scam/delisting-requests").with(TestUsers.as(bank))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("already being reviewed")));
        mvc.perform(get("/api/v1/scam/delisting-requests").with(TestUsers.as(bank))).andExpect(status().isForbidden());

        EadsUser thai = TestUsers.create(users, "THA", Role.SUPERVISOR);
        assertThatThrownBy(() -> delistings.take(thai, id)).isInstanceOf(NotAllowedException.class);
        EadsUser analyst = TestUsers.create(users, "MYS", Role.ANALYST);
        assertThat(delistings.take(analyst, id).state()).isEqualTo(Delisting.State.UNDER_REVIEW);
        assertThatThrownBy(() -> delistings.decide(analyst, id, true, "fine"))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("supervisor");
        EadsUser supervisor = TestUsers.create(users, "MYS", Role.SUPERVISOR);
        assertThatThrownBy(() -> delistings.decide(supervisor, id, true, " "))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("reason");
        assertThat(statusOf(account)).isEqualTo(IndicatorStatus.REPORTED);
        mvc.perform(post("/api/v1/scam/delisting-requests/" + id + "/decision").with(TestUsers.as(supervisor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"grant\", \"reason\": \"Police report of the stolen phone checked\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("GRANTED"));
        assertThat(statusOf(account)).isEqualTo(IndicatorStatus.CLEARED);
        assertThatThrownBy(() -> delistings.decide(supervisor, id, false, "again"))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("already granted");

        long indicator = delistings.view(supervisor, id).indicatorId();
        assertThat(jdbc.sql("select count(*) from notification where object_type = 'SCAM_INDICATOR' and object_id = :i")
                .param("i", Long.toString(indicator)).query(Long.class).single()).isEqualTo(1);
        auditLog.flush();
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'SCAM_DELISTING' and object_id = :i "
                        + "and action = 'SCAM_CHANGE'").param("i", Long.toString(id)).query(Long.class).single())
                .isEqualTo(3);
    }

    @Test
    void aReportingMembersSupervisorRefusesARequestEnteredByAnotherMember() throws Exception {
        String account = reportedAccount("THA");
        EadsUser officer = TestUsers.create(users, "MYS", Role.OFFICER);
        Delisting d = delistings.submit(officer, IndicatorKind.BANK_ACCOUNT, account, null,
                new Delisting.Input(Delisting.RequesterKind.ACCOUNT_HOLDER, "Somchai", "+66 81 234 5678",
                        "I sold the account to a man I met online; I did not know it would be used"));
        assertThat(d.memberCode()).isEqualTo("MYS");
        assertThat(d.receivedVia()).isEqualTo(Delisting.Via.OFFICER);
        EadsUser thaiSupervisor = TestUsers.create(users, "THA", Role.SUPERVISOR);
        assertThat(delistings.list(thaiSupervisor, Delisting.State.SUBMITTED, 500)).extracting(Delisting::id)
                .contains(d.id());
        assertThat(mvc.perform(get("/scam/delisting/" + d.id()).with(TestUsers.as(thaiSupervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains(d.reference()).contains("Grant: clear the indicator").contains("sold the account");
        assertThat(mvc.perform(get("/scam/delisting").with(TestUsers.as(thaiSupervisor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains(d.reference());
        Delisting refused = delistings.decide(thaiSupervisor, d.id(), false,
                "Selling an account to a stranger makes it a mule account");
        assertThat(refused.state()).isEqualTo(Delisting.State.REFUSED);
        assertThat(statusOf(account)).isEqualTo(IndicatorStatus.REPORTED);
        assertThat(jdbc.sql("select count(*) from notification where object_type = 'SCAM_DELISTING' "
                + "and object_id = :i and subject like 'Delisting refused%'").param("i", Long.toString(d.id()))
                .query(Long.class).single()).isEqualTo(1);
        EadsUser stranger = TestUsers.create(users, "VNM", Role.OFFICER);
        assertThatThrownBy(() -> delistings.view(stranger, d.id())).isInstanceOf(InvalidRecordException.class);
        assertThatThrownBy(() -> delistings.submit(officer, IndicatorKind.BANK_ACCOUNT, "99 8877 6655", null,
                new Delisting.Input(Delisting.RequesterKind.OTHER, "x", "x@y.example", "z")))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("not listed");
    }

    @Test
    void theHolderAsksFromThePublicPageAndLearnsOnlyTheReference() throws Exception {
        String account = reportedAccount("PHL");
        String page = mvc.perform(post("/lookup/delisting").with(csrf())
                        .with(r -> { r.setRemoteAddr("192.0.2.41"); return r; })
                        .param("kind", "BANK_ACCOUNT").param("country", "PHL").param("value", account)
                        .param("requesterKind", "ACCOUNT_HOLDER").param("requesterName", "Maria Santos")
                        .param("requesterContact", "maria@example.org")
                        .param("grounds", "My account was opened with my stolen ID"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Your request is received as").contains("DL-").doesNotContain("PHL reported");
        EadsUser analyst = TestUsers.create(users, "PHL", Role.ANALYST);
        assertThat(delistings.list(analyst, Delisting.State.SUBMITTED, 500))
                .anySatisfy(d -> {
                    assertThat(d.value()).contains(account.substring(2));
                    assertThat(d.receivedVia()).isEqualTo(Delisting.Via.PUBLIC);
                    assertThat(d.memberCode()).isEqualTo("PHL");
                });

        mvc.perform(post("/lookup/delisting").with(csrf()).with(r -> { r.setRemoteAddr("192.0.2.42"); return r; })
                        .param("kind", "BANK_ACCOUNT").param("country", "PHL").param("value", "1234 0000 9999")
                        .param("requesterKind", "ACCOUNT_HOLDER").param("requesterName", "X")
                        .param("requesterContact", "x@example.org").param("grounds", "y"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("not listed")));
        mvc.perform(post("/lookup/delisting").with(csrf()).with(r -> { r.setRemoteAddr("192.0.2.43"); return r; })
                        .param("kind", "BANK_ACCOUNT").param("country", "PHL").param("value", reportedAccount("PHL"))
                        .param("requesterKind", "ACCOUNT_HOLDER").param("requesterContact", "nobody"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.allOf(Matchers.containsString("requesterName"),
                                Matchers.containsString("grounds"))));
        for (int i = 0; i < PublicLookup.PER_MINUTE; i++) {
            mvc.perform(get("/lookup").param("kind", "PHONE").param("country", "PHL").param("value", "0917 123 4567")
                    .with(r -> { r.setRemoteAddr("192.0.2.44"); return r; }));
        }
        mvc.perform(post("/lookup/delisting").with(csrf()).with(r -> { r.setRemoteAddr("192.0.2.44"); return r; })
                        .param("kind", "BANK_ACCOUNT").param("country", "PHL").param("value", account))
                .andExpect(status().isTooManyRequests());
    }
}
