package org.eads.scam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.eads.TestUsers;
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
class ScamSignalsTest {

    @Autowired ScamPartners partners;
    @Autowired ScamSignals signals;
    @Autowired ScamChecks checks;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private EadsUser bankClient(String member) {
        EadsUser admin = TestUsers.create(users, member, Role.MEMBER_ADMIN);
        Partner p = partners.register(admin, member, new Partner.Input("Bank " + System.nanoTime(),
                Partner.Sector.BANK, Set.of(IndicatorKind.BANK_ACCOUNT, IndicatorKind.PHONE),
                Set.of(IndicatorKind.BANK_ACCOUNT), 600, 10_000L));
        EadsUser client = TestUsers.create(users, member, Role.API_CLIENT);
        partners.attach(admin, p.id(), client.username());
        return client;
    }

    private static String account() {
        return "41" + String.format("%09d", System.nanoTime() % 1_000_000_000);
    }

    private CheckResult check(EadsUser who, String account) {
        return checks.check(who, List.of(new ScamChecks.Item(IndicatorKind.BANK_ACCOUNT, account, null))).get(0);
    }

    @Test
    void aSignalMakesTheAccountGreyAtOnceAndAcceptanceConfirmsIt() throws Exception {
        EadsUser bank = bankClient("MYS");
        EadsUser otherBank = bankClient("THA");
        String account = account();
        String json = "{\"kind\": \"BANK_ACCOUNT\", \"value\": \"" + account + "\", \"category\": \"MULE_ACCOUNT\", "
                + "\"reference\": \"FRD-1\", \"note\": \"received 40 transfers in an hour\"}";
        String id = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/v1/scam/signals")
                        .with(TestUsers.as(bank)).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("PENDING"))
                .andReturn().getResponse().getContentAsString(), "$.id").toString();

        CheckResult seen = check(otherBank, account);
        assertThat(seen.known()).isTrue();
        assertThat(seen.status()).isEqualTo(IndicatorStatus.GREY);
        assertThat(seen.reviewPending()).isTrue();
        assertThat(seen.risk()).isEqualTo(CheckResult.RiskBand.HIGH);

        // the same signal again waits as the first
        mvc.perform(post("/api/v1/scam/signals").with(TestUsers.as(bank)).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andExpect(jsonPath("$.id").value(Long.parseLong(id)));
        assertThat(jdbc.sql("select count(*) from scam_signal s join scam_indicator i on i.id = s.indicator_id "
                + "where i.value = :v").param("v", account).query(Long.class).single()).isEqualTo(1);

        EadsUser foreignAnalyst = TestUsers.create(users, "THA", Role.ANALYST);
        assertThatThrownBy(() -> signals.review(foreignAnalyst, Long.parseLong(id), true, null))
                .isInstanceOf(NotAllowedException.class);
        EadsUser analyst = TestUsers.create(users, "MYS", Role.ANALYST);
        assertThat(signals.list(analyst, Signal.State.PENDING, 500)).extracting(Signal::id)
                .contains(Long.parseLong(id));
        signals.review(analyst, Long.parseLong(id), true, "confirmed with the bank's fraud desk");
        CheckResult after = check(otherBank, account);
        assertThat(after.status()).isEqualTo(IndicatorStatus.GREY);
        assertThat(after.reviewPending()).isFalse();
        assertThatThrownBy(() -> signals.review(analyst, Long.parseLong(id), false, "again"))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("already accepted");
        mvc.perform(get("/api/v1/scam/signals/" + id).with(TestUsers.as(bank)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ACCEPTED"))
                .andExpect(content().string(Matchers.not(Matchers.containsString("fraud desk"))));
    }

    @Test
    void aRejectedSignalPutsTheIndicatorBackAndNeedsAReason() {
        EadsUser bank = bankClient("MYS");
        String account = account();
        Signal s = signals.submit(bank, new Signal.Input(IndicatorKind.BANK_ACCOUNT, account, null,
                Signal.Category.MULE_ACCOUNT, null, null));
        EadsUser supervisor = TestUsers.create(users, "MYS", Role.SUPERVISOR);
        assertThatThrownBy(() -> signals.review(supervisor, s.id(), false, " "))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("reason");
        signals.review(supervisor, s.id(), false, "the account holder is a known merchant");
        CheckResult after = check(supervisor, account);
        assertThat(after.known()).isFalse();
        assertThat(after.status()).isNull();
    }

    @Test
    void signalsStayWithinThePartnersScopeAndComeOnlyFromPartners() {
        EadsUser bank = bankClient("SGP");
        assertThatThrownBy(() -> signals.submit(bank, new Signal.Input(IndicatorKind.PHONE, "8123 4567", null,
                Signal.Category.SCAM_NUMBER, null, null)))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("not PHONE");
        EadsUser officer = TestUsers.create(users, "SGP", Role.OFFICER);
        assertThatThrownBy(() -> signals.submit(officer, new Signal.Input(IndicatorKind.BANK_ACCOUNT, account(), null,
                Signal.Category.MULE_ACCOUNT, null, null)))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("partners' systems");
        assertThatThrownBy(() -> signals.submit(bank, new Signal.Input(IndicatorKind.BANK_ACCOUNT, "", null, null,
                null, null)))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("value")
                .hasMessageContaining("category");
    }
}
