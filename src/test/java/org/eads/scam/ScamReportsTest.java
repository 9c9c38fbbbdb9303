package org.eads.scam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.InvalidRecordException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@RecordApplicationEvents
class ScamReportsTest {

    @Autowired ScamReports reports;
    @Autowired ScamIndicators indicators;
    @Autowired ScamChecks checks;
    @Autowired Users users;
    @Autowired ApplicationEvents events;

    private static String unique() {
        return Long.toString(System.nanoTime() % 10_000_000);
    }

    private static String mobile() {
        return String.format("%07d", System.nanoTime() % 10_000_000);
    }

    static ScamReportInput report(String ref, String level, String victimName, List<ScamReportInput.Indicator> used,
                                  List<ScamReportInput.Payment> paid) {
        return new ScamReportInput(ref, LocalDate.of(2026, 3, 2),
                new ScamReportInput.Victim("PERSON", victimName, "+60 12-000 1111", false, "MYS", "55-64", "F"),
                "INVESTMENT", ScamChannel.MESSAGING_APP, LocalDate.of(2026, 2, 1), new BigDecimal("50000"), "MYR",
                "Fake trading platform", level, null, null, used, paid);
    }

    @Test
    void oneIndicatorWhateverTheWayItIsWrittenCountedOverMembersWithoutTheVictimsIdentity() {
        EadsUser my = TestUsers.create(users, "MYS", Role.OFFICER);
        EadsUser th = TestUsers.create(users, "THA", Role.OFFICER);
        String digits = mobile();
        String national = "012-" + digits.substring(0, 3) + " " + digits.substring(3);
        String international = "+60 12 " + digits;

        ScamReport first = reports.create(my, report("MY-" + unique(), "MEMBERS", "Puan Aminah",
                List.of(new ScamReportInput.Indicator(IndicatorKind.PHONE, national, "MYS", null)),
                List.of(new ScamReportInput.Payment(IndicatorKind.BANK_ACCOUNT, "5140-1234-" + digits, null,
                        OffsetDateTime.parse("2026-02-20T10:15:00+08:00"), new BigDecimal("20000"), "MYR"))));
        assertThat(first.lossUsd()).isEqualByComparingTo("11850.00");
        assertThat(first.payments()).singleElement().satisfies(p -> assertThat(p.amountUsd())
                .isEqualByComparingTo("4740.00"));
        reports.create(th, new ScamReportInput("TH-" + unique(), LocalDate.of(2026, 3, 5),
                new ScamReportInput.Victim("PERSON", "Somchai", null, false, "THA", "35-44", "M"), "ROMANCE",
                ScamChannel.DATING_APP, null, new BigDecimal("100000"), "THB", null, null, null, null,
                List.of(new ScamReportInput.Indicator(IndicatorKind.PHONE, international, null, null)), null));

        ScamIndicator phone = indicators.find(th, IndicatorKind.PHONE, "+6012" + digits, null).orElseThrow();
        assertThat(phone.reportCount()).isEqualTo(2);
        assertThat(phone.members()).containsExactlyInAnyOrder("MYS", "THA");
        assertThat(phone.firstSeen()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(phone.lastSeen()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(phone.totalLossUsd()).isEqualByComparingTo("14900.00");
        assertThat(events.stream(ScamReported.class)).anyMatch(e -> e.indicatorIds().contains(phone.id()));

        ScamReport seenByThailand = reports.view(th, first.id());
        assertThat(seenByThailand.victimName()).isNull();
        assertThat(seenByThailand.victimContact()).isNull();
        assertThat(seenByThailand.victimNationality()).isEqualTo("MYS");
        assertThat(reports.view(my, first.id()).victimName()).isEqualTo("Puan Aminah");
    }

    @Test
    void aNationalReportIsNotSeenByOthersAndItsIndicatorsStayOutOfTheSharedCounts() {
        EadsUser my = TestUsers.create(users, "MYS", Role.OFFICER);
        EadsUser sg = TestUsers.create(users, "SGP", Role.OFFICER);
        String url = "https://invest-" + unique() + ".example/login?utm_source=fb";
        ScamReport r = reports.create(my, new ScamReportInput("MY-N" + unique(), null,
                new ScamReportInput.Victim("ORGANISATION", "Syarikat ABC", null, false, null, null, null), "PHISHING",
                ScamChannel.SMS, null, null, null, null, "NATIONAL", null, "NATIONAL",
                List.of(new ScamReportInput.Indicator(IndicatorKind.URL, url, null, null)), null));
        assertThatThrownBy(() -> reports.view(sg, r.id())).isInstanceOf(ScamReportNotFoundException.class);
        assertThat(reports.list(sg, "MYS", 0, 200)).noneMatch(x -> x.id().equals(r.id()));
        assertThat(indicators.find(sg, IndicatorKind.URL, url.replace("?utm_source=fb", ""), null)).isEmpty();
        assertThat(checks.check(sg, java.util.List.of(new ScamChecks.Item(IndicatorKind.URL, url, null))).get(0)
                .known()).isFalse();
    }

    @Test
    void everyMistakeIsNamedWithItsField() {
        EadsUser my = TestUsers.create(users, "MYS", Role.OFFICER);
        assertThatThrownBy(() -> reports.create(my, new ScamReportInput(" ", LocalDate.now().plusDays(3),
                new ScamReportInput.Victim("ALIEN", null, null, false, "Malaysia", "20-30", "Q"), "MAGIC", null,
                null, new BigDecimal("-5"), "ZZZ", null, "EVERYONE", null, null,
                List.of(new ScamReportInput.Indicator(IndicatorKind.CRYPTO_WALLET, "1BoatSLRHtKNngkdXEeobR76b53LETtpyX",
                        null, null)),
                List.of(new ScamReportInput.Payment(IndicatorKind.BANK_ACCOUNT, "12", null, null, BigDecimal.ZERO,
                        "MYR")))))
                .isInstanceOf(InvalidRecordException.class)
                .satisfies(e -> assertThat(((InvalidRecordException) e).problems())
                        .extracting(pr -> pr.field()).contains("caseReference", "reportDate", "victim.kind",
                                "victim.nationality", "victim.ageBand", "victim.sex", "scamType", "channel",
                                "lossAmount", "sharingLevel", "indicators[0].value", "payments[0].value",
                                "payments[0].amount"));
        String ref = "MY-D" + unique();
        reports.create(my, report(ref, null, null, List.of(), List.of()));
        assertThatThrownBy(() -> reports.create(my, report(ref, null, null, List.of(), List.of())))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("already has a report");
    }
}
