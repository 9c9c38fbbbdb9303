package org.eads.scam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ScamPartnersTest {

    @Autowired ScamPartners partners;
    @Autowired ScamReports reports;
    @Autowired Users users;
    @Autowired MockMvc mvc;

    private EadsUser admin(String member) {
        return TestUsers.create(users, member, Role.MEMBER_ADMIN);
    }

    /** A partner of the member with one API client, returned. */
    private EadsUser client(String member, Set<IndicatorKind> checks, Set<IndicatorKind> signals, int perMinute,
                            long perDay) {
        EadsUser admin = admin(member);
        Partner p = partners.register(admin, member, new Partner.Input("Bank " + System.nanoTime(),
                Partner.Sector.BANK, checks, signals, perMinute, perDay));
        EadsUser client = TestUsers.create(users, member, Role.API_CLIENT);
        partners.attach(admin, p.id(), client.username());
        return client;
    }

    private static String body(String kind, String value) {
        return "{\"indicators\": [{\"kind\": \"" + kind + "\", \"value\": \"" + value + "\"}]}";
    }

    private static String batch(int n) {
        StringBuilder b = new StringBuilder("{\"indicators\": [");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append("{\"kind\": \"BANK_ACCOUNT\", \"value\": \"9900").append(i)
                    .append("123\"}");
        }
        return b.append("]}").toString();
    }

    @Test
    void aPartnerChecksOnlyTheKindsInItsScope() throws Exception {
        EadsUser bank = client("MYS", Set.of(IndicatorKind.BANK_ACCOUNT), Set.of(), 600, 10_000);
        mvc.perform(post("/api/v1/scam/check").with(TestUsers.as(bank)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("BANK_ACCOUNT", "5140 1234 5678")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.results[0].known").value(false));
        mvc.perform(post("/api/v1/scam/check").with(TestUsers.as(bank)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("PHONE", "012-345 6789")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("not [PHONE]")));
    }

    @Test
    void aPartnerBeyondItsRateIsToldToWaitAndBeyondItsQuotaUntilMidnight() throws Exception {
        EadsUser bank = client("THA", Set.of(IndicatorKind.BANK_ACCOUNT), Set.of(), 5, 1_000);
        mvc.perform(post("/api/v1/scam/check").with(TestUsers.as(bank)).contentType(MediaType.APPLICATION_JSON)
                .content(batch(3))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/scam/check").with(TestUsers.as(bank)).contentType(MediaType.APPLICATION_JSON)
                        .content(batch(3)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("5 checks a minute")));
        mvc.perform(post("/api/v1/scam/check").with(TestUsers.as(bank)).contentType(MediaType.APPLICATION_JSON)
                        .content(batch(6)))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("send smaller batches")));

        EadsUser telco = client("THA", Set.of(IndicatorKind.BANK_ACCOUNT), Set.of(), 100, 100);
        mvc.perform(post("/api/v1/scam/check").with(TestUsers.as(telco)).contentType(MediaType.APPLICATION_JSON)
                .content(batch(60))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/scam/check").with(TestUsers.as(telco)).contentType(MediaType.APPLICATION_JSON)
                        .content(batch(60)))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("daily quota of 100")))
                .andExpect(jsonPath("$.retryAfterSeconds").value(Matchers.greaterThan(0)));
    }

    @Test
    void aSuspendedPartnerIsRefusedAndItsClientsReachNothingButThePartnership() throws Exception {
        EadsUser admin = admin("SGP");
        Partner p = partners.register(admin, "SGP", new Partner.Input("Telco " + System.nanoTime(),
                Partner.Sector.TELCO, Set.of(IndicatorKind.PHONE), Set.of(), 600, 10_000L));
        EadsUser telco = TestUsers.create(users, "SGP", Role.API_CLIENT);
        partners.attach(admin, p.id(), telco.username());
        mvc.perform(get("/api/v1/scam/reports").with(TestUsers.as(telco))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("partner's client may only")));
        mvc.perform(get("/api/v1/records").with(TestUsers.as(telco))).andExpect(status().isForbidden());
        partners.setActive(admin, p.id(), false);
        mvc.perform(post("/api/v1/scam/check").with(TestUsers.as(telco)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("PHONE", "8123 4567")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("suspended")));
    }

    @Test
    void aPartnerBankNeverSeesVictimsOrCases() throws Exception {
        EadsUser officer = TestUsers.create(users, "IDN", Role.OFFICER);
        String digits = String.format("%08d", System.nanoTime() % 100_000_000);
        reports.create(officer, new ScamReportInput("ID-P" + digits, LocalDate.now(),
                new ScamReportInput.Victim("PERSON", "Ibu Sulastri Wahyuni", "+62 811 000 111", true, "IDN", "45-54",
                        "F"), "ROMANCE", ScamChannel.DATING_APP, null, new BigDecimal("1500"), "USD",
                "Met on a dating app", null, null, null, List.of(),
                List.of(new ScamReportInput.Payment(IndicatorKind.BANK_ACCOUNT, "88" + digits, null, null,
                        new BigDecimal("1500"), "USD"))));
        EadsUser bank = client("IDN", Set.of(IndicatorKind.BANK_ACCOUNT), Set.of(), 600, 10_000);
        mvc.perform(post("/api/v1/scam/check").with(TestUsers.as(bank)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("BANK_ACCOUNT", "88" + digits)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.results[0].known").value(true))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Sulastri"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("ID-P" + digits))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("dating app"))));
        mvc.perform(get("/api/v1/scam/reports").with(TestUsers.as(bank))).andExpect(status().isForbidden());
    }

    @Test
    void onlyTheMembersAdministratorsRegisterAndTheInputIsChecked() {
        EadsUser officer = TestUsers.create(users, "MYS", Role.OFFICER);
        Partner.Input ok = new Partner.Input("Bank " + System.nanoTime(), Partner.Sector.BANK,
                Set.of(IndicatorKind.PHONE), Set.of(), 10, 100L);
        assertThatThrownBy(() -> partners.register(officer, "MYS", ok)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> partners.register(admin("THA"), "MYS", ok)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> partners.register(admin("MYS"), "MYS", new Partner.Input(" ", null, Set.of(), null,
                0, 5L)))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("name").hasMessageContaining("sector").hasMessageContaining("checkKinds")
                .hasMessageContaining("perMinute");
        EadsUser admin = admin("MYS");
        Partner p = partners.register(admin, "MYS", ok);
        assertThatThrownBy(() -> partners.register(admin, "MYS", ok)).isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("already has a partner");
        EadsUser person = TestUsers.create(users, "MYS", Role.OFFICER, Role.API_CLIENT);
        assertThatThrownBy(() -> partners.attach(admin, p.id(), person.username()))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("API_CLIENT only");
        EadsUser foreign = TestUsers.create(users, "THA", Role.API_CLIENT);
        assertThatThrownBy(() -> partners.attach(admin, p.id(), foreign.username()))
                .isInstanceOf(InvalidRecordException.class);
        EadsUser machine = TestUsers.create(users, "MYS", Role.API_CLIENT);
        assertThat(partners.attachable("MYS")).contains(machine.username());
        partners.attach(admin, p.id(), machine.username());
        assertThat(partners.forClient(machine.id())).map(Partner::id).contains(p.id());
        assertThat(partners.attachable("MYS")).doesNotContain(machine.username());
        partners.detach(admin, p.id(), machine.id());
        assertThat(partners.forClient(machine.id())).isEmpty();
    }
}
