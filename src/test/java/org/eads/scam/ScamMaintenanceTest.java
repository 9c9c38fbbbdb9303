package org.eads.scam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.InvalidRecordException;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ScamMaintenanceTest {

    @Autowired ScamReports reports;
    @Autowired ScamChecks checks;
    @Autowired ScamIndicators indicators;
    @Autowired ScamHolds holds;
    @Autowired CurrencyRates rates;
    @Autowired PublicLookup lookup;
    @Autowired Users users;
    @Autowired MockMvc mvc;

    private ScamReportInput report(String type, String account) {
        return new ScamReportInput("MT-" + System.nanoTime(), LocalDate.now(),
                new ScamReportInput.Victim("PERSON", null, null, false, "MYS", null, null), type, ScamChannel.CALL,
                null, null, null, null, null, null, null, List.of(),
                account == null ? List.of() : List.of(new ScamReportInput.Payment(IndicatorKind.BANK_ACCOUNT, account,
                        null, null, new BigDecimal("500"), "MYR")));
    }

    @Test
    void anOfficerAsksForAHoldOnThePageAndTheRequestingMemberReleasesIt() throws Exception {
        EadsUser officer = TestUsers.create(users, "MYS", Role.OFFICER);
        String account = "55" + String.format("%09d", System.nanoTime() % 1_000_000_000);
        reports.create(officer, report("INVESTMENT", account));
        ScamIndicator indicator = indicators.find(officer, IndicatorKind.BANK_ACCOUNT, account, null).orElseThrow();
        mvc.perform(post("/scam/indicators/" + indicator.id() + "/holds").with(TestUsers.as(officer)).with(csrf())
                        .param("amount", "2500").param("currency", "myr").param("days", "5")
                        .param("reason", "Victim's transfer traced to this account"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice",
                        Matchers.containsString("hold is requested")));
        List<ScamChecks.Item> ask = List.of(new ScamChecks.Item(IndicatorKind.BANK_ACCOUNT, account, null));
        assertThat(checks.check(officer, ask).get(0).hold()).isNotNull();

        String page = mvc.perform(get("/scam/holds").with(TestUsers.as(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(indicator.value()).contains("2,500.00 MYR").contains("Release");
        EadsUser thai = TestUsers.create(users, "THA", Role.OFFICER);
        String theirs = mvc.perform(get("/scam/holds").with(TestUsers.as(thai))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(theirs).contains(indicator.value());
        long holdId = holds.list(officer, ScamHolds.State.ACTIVE, 300).stream()
                .filter(l -> l.hold().indicatorId() == indicator.id()).findFirst().orElseThrow().hold().id();
        mvc.perform(post("/scam/holds/" + holdId + "/release").with(TestUsers.as(thai)).with(csrf()))
                .andExpect(flash().attribute("error", Matchers.containsString("no active hold")));
        mvc.perform(post("/scam/holds/" + holdId + "/release").with(TestUsers.as(officer)).with(csrf()))
                .andExpect(flash().attribute("notice", Matchers.containsString("released")));
        assertThat(checks.check(officer, ask).get(0).hold()).isNull();
        mvc.perform(post("/scam/indicators/" + indicator.id() + "/holds").with(TestUsers.as(officer)).with(csrf())
                        .param("amount", "-1").param("currency", "MYR").param("days", "90").param("reason", "x"))
                .andExpect(flash().attribute("error", Matchers.allOf(Matchers.containsString("amount"),
                        Matchers.containsString("days"))));
    }

    @Test
    void theSecretariatAddsAndRetiresAScamTypeAndRetiredTypesAreRefusedInNewReports() throws Exception {
        EadsUser admin = TestUsers.create(users, "ASP", Role.SECRETARIAT_ADMIN);
        EadsUser officer = TestUsers.create(users, "MYS", Role.OFFICER);
        String code = "CHARITY" + System.nanoTime() % 100_000;
        mvc.perform(post("/scam/types").with(TestUsers.as(officer)).with(csrf()).param("code", code)
                        .param("label", "Fake charity"))
                .andExpect(flash().attribute("error", Matchers.containsString("Secretariat")));
        mvc.perform(post("/scam/types").with(TestUsers.as(admin)).with(csrf()).param("code", code.toLowerCase())
                        .param("label", "Fake charity"))
                .andExpect(flash().attribute("notice", Matchers.containsString("added")));
        mvc.perform(post("/scam/types").with(TestUsers.as(admin)).with(csrf()).param("code", code)
                        .param("label", "Again"))
                .andExpect(flash().attribute("error", Matchers.containsString("already")));
        assertThat(reports.create(officer, report(code, null)).scamType()).isEqualTo(code);
        mvc.perform(post("/scam/types/" + code + "/active").with(TestUsers.as(admin)).with(csrf())
                .param("active", "false")).andExpect(flash().attribute("notice", Matchers.containsString("retired")));
        assertThatThrownBy(() -> reports.create(officer, report(code, null)))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("not a scam type");
        assertThat(mvc.perform(get("/scam/types").with(TestUsers.as(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains(code).contains("retired")
                .doesNotContain("Add a type");
    }

    @Test
    void ratesAreImportedAllOrNothingWithTheLineOfEachMistake() throws Exception {
        EadsUser admin = TestUsers.create(users, "ASP", Role.SECRETARIAT_ADMIN);
        String bad = "currency,date,usd_per_unit\nTHB,2026-07-01,0.0301\nXXQ,2026-07-01,1\nMYR,01/07/2026,-2\n";
        mvc.perform(multipart("/scam/rates/import").file(new MockMultipartFile("file", "rates.csv", "text/csv",
                        bad.getBytes(StandardCharsets.UTF_8))).with(TestUsers.as(admin)).with(csrf()))
                .andExpect(flash().attribute("error", Matchers.allOf(Matchers.containsString("line 3.currency"),
                        Matchers.containsString("line 4.date"), Matchers.containsString("line 4.usd_per_unit"))));
        assertThat(rates.history("THB")).noneMatch(r -> r.validFrom().equals(LocalDate.of(2026, 7, 1)));
        String good = "currency,date,usd_per_unit,source\nTHB,2026-07-01,0.0301,BOT monthly\nKHR,2026-07-01,0.000248,NBC\n";
        mvc.perform(multipart("/scam/rates/import").file(new MockMultipartFile("file", "rates.csv", "text/csv",
                        good.getBytes(StandardCharsets.UTF_8))).with(TestUsers.as(admin)).with(csrf()))
                .andExpect(flash().attribute("notice", "2 rates are saved."));
        assertThat(rates.usdPerUnit("THB", LocalDate.of(2026, 7, 15))).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("0.0301"));
        String page = mvc.perform(get("/scam/rates").param("currency", "THB")
                        .with(TestUsers.as(TestUsers.create(users, "THA", Role.OFFICER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("THB over time").contains("&quot;kind&quot;:&quot;line&quot;")
                .contains("BOT monthly").doesNotContain("Import rates");
    }

    @Test
    void aMembersAdministratorSwitchesItsPublicLookup() throws Exception {
        EadsUser bruneiAdmin = TestUsers.create(users, "BRN", Role.MEMBER_ADMIN);
        EadsUser thaiAdmin = TestUsers.create(users, "THA", Role.MEMBER_ADMIN);
        mvc.perform(post("/scam/lookup-settings").with(TestUsers.as(thaiAdmin)).with(csrf()).param("member", "BRN")
                .param("enabled", "false")).andExpect(flash().attribute("error", Matchers.containsString("its")));
        mvc.perform(post("/scam/lookup-settings").with(TestUsers.as(bruneiAdmin)).with(csrf()).param("member", "BRN")
                .param("enabled", "false")).andExpect(flash().attribute("notice", Matchers.containsString("no longer")));
        try {
            assertThat(lookup.countries()).noneMatch(m -> m.code().equals("BRN"));
            assertThat(mvc.perform(get("/scam/lookup-settings").with(TestUsers.as(bruneiAdmin)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("Switch on");
        } finally {
            lookup.enable(bruneiAdmin, "BRN", true);
        }
        assertThat(lookup.countries()).anyMatch(m -> m.code().equals("BRN"));
    }
}
