package org.eads.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eads.records.PersonData;
import org.eads.records.PersonName;
import org.eads.records.RecordInput;
import org.eads.sharing.SharingLevel;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What the notice and CAP tests share: one clock they all move (imported the same way by every such test, so they
 * share one application context), and the inputs they build.
 */
@TestConfiguration
public class NoticeTestSupport {

    @Bean
    @Primary
    TestClock noticeClock() {
        return new TestClock(Instant.parse("2026-11-23T21:00:00Z"));
    }

    static LocalDate today(TestClock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static NoticeInput wanted(TestClock clock, Distribution distribution, Set<String> members, List<UUID> records) {
        return new NoticeInput(NoticeType.WANTED, "Ahmad Faizal bin Rahman, armed robbery",
                "Wanted by Royal Malaysia Police for armed robbery in Johor Bahru; may be armed.",
                "Warrant JB/2026/1123 of 12 November 2026.", records, distribution, members,
                today(clock).plusMonths(6), true, false);
    }

    static NoticeInput selected(TestClock clock, String... members) {
        return wanted(clock, Distribution.SELECTED, Set.of(members), List.of());
    }

    static RecordInput person(String name, SharingLevel level, Set<String> sharedWith) {
        PersonData data = new PersonData(List.of(new PersonName(name, null, null, null, null)), null, null, null,
                null, null, null, null, null, null).normalize();
        return new RecordInput(data, level, sharedWith, null, null, null, null, null);
    }
}
