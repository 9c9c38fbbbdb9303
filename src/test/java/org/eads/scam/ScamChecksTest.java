package org.eads.scam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.scam.internal.CheckCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ScamChecksTest {

    @Autowired ScamReports reports;
    @Autowired ScamChecks checks;
    @Autowired CheckCounter counter;
    @Autowired Users users;
    @Autowired MockMvc mvc;

    /** A national number of each AMC and the same number written internationally. */
    private static final Map<String, String[]> PHONES = Map.of(
            "BRN", new String[]{"712 3456", "+673 712 3456"},
            "KHM", new String[]{"012 345 678", "+855 12 345 678"},
            "IDN", new String[]{"0812-3456-7890", "+62 812 3456 7890"},
            "LAO", new String[]{"020 5512 3456", "+856 20 5512 3456"},
            "MYS", new String[]{"012-345 6789", "+60 12-345 6789"},
            "MMR", new String[]{"09 7812 3456", "+95 9 7812 3456"},
            "PHL", new String[]{"0917 123 4567", "+63 917 123 4567"},
            "SGP", new String[]{"8123 4567", "+65 8123 4567"},
            "THA", new String[]{"081 234 5678", "+66 81 234 5678"},
            "VNM", new String[]{"091 234 56 78", "+84 91 234 56 78"});

    @Test
    void nationalAndInternationalNumbersOfEveryMemberAreOneIndicator() {
        PHONES.forEach((country, forms) -> {
            String national = IndicatorKind.PHONE.normalize(forms[0], country, null).normalized();
            String international = IndicatorKind.PHONE.normalize(forms[1], null, null).normalized();
            assertThat(national).as(country).isNotNull().isEqualTo(international);
        });
        assertThat(IndicatorKind.BANK_ACCOUNT.normalize("5140-1234 5678", null, null).normalized())
                .isEqualTo(IndicatorKind.BANK_ACCOUNT.normalize("514012345678", null, null).normalized());
        assertThat(IndicatorKind.URL.normalize("https://www.Invest-Now.example/join/?utm_source=fb&ref=x#top", null,
                null).normalized()).isEqualTo("invest-now.example/join");
        assertThat(IndicatorKind.CRYPTO_WALLET.normalize("1BoatSLRHtKNngkdXEeobR76b53LETtpyT", null, null).problem())
                .isNull();
        assertThat(IndicatorKind.CRYPTO_WALLET.normalize("1BoatSLRHtKNngkdXEeobR76b53LETtpyX", null, null).problem())
                .contains("checksum");
        assertThat(IndicatorKind.CRYPTO_WALLET.normalize("0xAbCdEf0123456789abcdef0123456789ABCDEF01", null, null)
                .normalized()).isEqualTo("0xabcdef0123456789abcdef0123456789abcdef01");
    }

    @Test
    void aBatchAnswersEachIndicatorInOrderWithItsStatusAndRiskButNoVictimOrCase() throws Exception {
        EadsUser officer = TestUsers.create(users, "MYS", Role.OFFICER);
        String digits = String.format("%07d", System.nanoTime() % 10_000_000);
        String account = "7788-" + digits;
        for (int i = 0; i < 3; i++) {
            reports.create(officer, new ScamReportInput("MY-C" + digits + i, LocalDate.now(),
                    new ScamReportInput.Victim("PERSON", "Encik Rahim", null, false, "MYS", "65+", "M"), "LOAN",
                    ScamChannel.SMS, null, new BigDecimal("3000"), "MYR", null, null, null, null,
                    List.of(new ScamReportInput.Indicator(IndicatorKind.PHONE, "011-" + digits, null, null)),
                    List.of(new ScamReportInput.Payment(IndicatorKind.BANK_ACCOUNT, account, null, null,
                            new BigDecimal("3000"), "MYR"))));
        }
        EadsUser bank = TestUsers.create(users, "MYS", Role.API_CLIENT);
        List<CheckResult> results = checks.check(bank, List.of(
                new ScamChecks.Item(IndicatorKind.PHONE, "+60 11 " + digits, null),
                new ScamChecks.Item(IndicatorKind.BANK_ACCOUNT, account.replace("-", " "), null),
                new ScamChecks.Item(IndicatorKind.PHONE, "+60 11 0000 0000", null),
                new ScamChecks.Item(IndicatorKind.PHONE, "12", "MYS")));
        assertThat(results.get(0).known()).isTrue();
        assertThat(results.get(0).risk()).isEqualTo(CheckResult.RiskBand.HIGH);
        assertThat(results.get(0).reportCount()).isEqualTo(3);
        assertThat(results.get(1).known()).isTrue();
        assertThat(results.get(2).known()).isFalse();
        assertThat(results.get(2).risk()).isEqualTo(CheckResult.RiskBand.NONE);
        assertThat(results.get(3).error()).contains("not a possible phone number");
        assertThat(counter.daily(LocalDate.now().minusDays(1))).anyMatch(d -> d.userId() == bank.id() && d.checks() >= 4
                && d.known() >= 2);

        String answer = mvc.perform(post("/api/v1/scam/check").with(TestUsers.as(bank))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"indicators": [{"kind": "PHONE", "value": "011-%s", "country": "MYS"},
                                                {"kind": "FAX", "value": "1"}]}""".formatted(digits)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.results[0].known").value(true))
                .andExpect(jsonPath("$.results[0].status").value("REPORTED"))
                .andExpect(jsonPath("$.results[1].error").exists())
                .andReturn().getResponse().getContentAsString();
        assertThat(answer).doesNotContain("Rahim").doesNotContain("MY-C");
    }

    @Test
    void aBatchTakesAThousandIndicatorsAndNoMore() throws Exception {
        EadsUser bank = TestUsers.create(users, "SGP", Role.API_CLIENT);
        StringBuilder many = new StringBuilder("{\"indicators\": [");
        for (int i = 0; i < 1001; i++) {
            many.append(i == 0 ? "" : ",").append("{\"kind\": \"BANK_ACCOUNT\", \"value\": \"")
                    .append(String.format("%010d", i)).append("\"}");
        }
        String thousandAndOne = many.append("]}").toString();
        String thousand = thousandAndOne.substring(0, thousandAndOne.lastIndexOf(",{")) + "]}";
        mvc.perform(post("/api/v1/scam/check").with(TestUsers.as(bank)).contentType(MediaType.APPLICATION_JSON)
                .content(thousand)).andExpect(status().isOk()).andExpect(jsonPath("$.results.length()").value(1000));
        mvc.perform(post("/api/v1/scam/check").with(TestUsers.as(bank)).contentType(MediaType.APPLICATION_JSON)
                .content(thousandAndOne)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("not 1001")));
    }
}
