package org.eads.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.eads.TestUsers;
import org.eads.audit.AuditLog;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.IndicatorData;
import org.eads.records.InvalidRecordException;
import org.eads.records.PersonData;
import org.eads.records.PersonName;
import org.eads.records.RecordData;
import org.eads.records.RecordInput;
import org.eads.records.RecordNotFoundException;
import org.eads.records.Records;
import org.eads.records.SharedRecord;
import org.eads.sharing.SharingLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@RecordApplicationEvents
class ScreeningTest {

    @Autowired Screening screening;
    @Autowired Records records;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog auditLog;
    @Autowired ApplicationEvents events;

    private static int seq;

    private SharedRecord create(EadsUser owner, RecordData data, SharingLevel level) {
        SharedRecord r = records.create(owner, new RecordInput(data, level, null, null, null, null, null, null));
        return r;
    }

    private synchronized String mobile() {
        return "012" + String.format("%07d", (System.nanoTime() / 1000 + seq++) % 10_000_000);
    }

    private SearchQuery byPhone(String value, String country) {
        return new SearchQuery(null, null, null, country, null, List.of(new SearchQuery.Identifier("PHONE", value)),
                null, null, "case TH-2026-118");
    }

    private List<Match> search(EadsUser user, SearchQuery q) {
        return screening.search(user, q).matches();
    }

    @Test
    void findsAPhoneWrittenAnotherWayAndTellsTheOwner() {
        EadsUser my = TestUsers.create(users, "MYS", Role.OFFICER);
        EadsUser th = TestUsers.create(users, "THA", Role.OFFICER);
        String number = mobile();
        SharedRecord r = create(my, new IndicatorData(IndicatorData.IndicatorType.PHONE, number, null, "MYS", null, null),
                SharingLevel.MEMBERS);
        String international = "+60 " + number.substring(1, 3) + "-" + number.substring(3);
        await().atMost(Duration.ofSeconds(2)).until(() -> !search(th, byPhone(international, null)).isEmpty());

        Match m = search(th, byPhone(international, null)).get(0);
        assertThat(m.recordId()).isEqualTo(r.id());
        assertThat(m.score()).isEqualTo(1.0);
        assertThat(m.explanation()).anyMatch(e -> e.contains("PHONE"));
        assertThat(events.stream(SearchHit.class)).anyMatch(h -> h.recordId().equals(r.id())
                && h.ownerMember().equals("MYS") && h.searcherMember().equals("THA"));
        auditLog.flush();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'SEARCH' and username = :u and purpose = 'case TH-2026-118'")
                .param("u", th.username()).query(Long.class).single()).isGreaterThanOrEqualTo(1L);
    }

    @Test
    void aHitNoHitRecordOnlySaysWhoHoldsItAndCanBeAskedFor() {
        EadsUser my = TestUsers.create(users, "MYS", Role.OFFICER);
        EadsUser th = TestUsers.create(users, "THA", Role.OFFICER);
        String number = mobile();
        SharedRecord secret = create(my, new IndicatorData(IndicatorData.IndicatorType.PHONE, number, null, "MYS", null,
                "Handler of a scam compound"), SharingLevel.HIT_NO_HIT);
        await().atMost(Duration.ofSeconds(2)).until(() -> !search(th, byPhone(number, "MYS")).isEmpty());

        Match m = search(th, byPhone(number, "MYS")).get(0);
        assertThat(m.hitOnly()).isTrue();
        assertThat(m.holder()).isEqualTo("MYS");
        assertThat(m.recordId()).isNull();
        assertThat(m.label()).isNull();
        assertThat(m.explanation()).isEmpty();

        var id = screening.requestDisclosure(th, m.reference(), "case TH-2026-118");
        assertThat(jdbc.sql("select owner_member from disclosure_request where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("MYS");
        assertThat(events.stream(DisclosureRequested.class)).anyMatch(d -> d.recordId().equals(secret.id()));
    }

    @Test
    void nationalRecordsAreNotFoundAndOnlyHitOnlyRecordsCanBeAskedFor() {
        EadsUser my = TestUsers.create(users, "MYS", Role.OFFICER);
        EadsUser th = TestUsers.create(users, "THA", Role.OFFICER);
        String number = mobile();
        create(my, new IndicatorData(IndicatorData.IndicatorType.PHONE, number, null, "MYS", null, null), SharingLevel.NATIONAL);
        SharedRecord shared = create(my, new IndicatorData(IndicatorData.IndicatorType.PHONE, mobile(), null, "MYS", null,
                null), SharingLevel.MEMBERS);
        await().atMost(Duration.ofSeconds(2)).until(() -> !search(my, byPhone(number, "MYS")).isEmpty());
        assertThat(search(th, byPhone(number, "MYS"))).isEmpty();
        assertThatThrownBy(() -> screening.requestDisclosure(th, shared.id(), "curious"))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void findsANameWithWordsInAnotherOrderAndAWrongDateOfBirthLowersTheScore() {
        EadsUser ph = TestUsers.create(users, "PHL", Role.OFFICER);
        String family = "Dimaculangan" + (char) ('a' + seq++ % 26) + "x";
        SharedRecord r = create(ph, new PersonData(List.of(new PersonName("Juan Miguel " + family, null, null, null, null)),
                null, org.eads.records.PartialDate.parse("1980-05-17"), null, List.of("PHL"), null, null, null, null, null),
                SharingLevel.MEMBERS);
        SearchQuery q = new SearchQuery(family + " Juan Miguel", null, null, null, null, null, null, null, null);
        await().atMost(Duration.ofSeconds(2)).until(() -> search(ph, q).stream().anyMatch(m -> r.id().equals(m.recordId())));
        double right = search(ph, new SearchQuery(family + " Juan Miguel", org.eads.records.PartialDate.parse("1980-05"),
                null, null, null, null, null, null, null)).get(0).score();
        double wrong = search(ph, new SearchQuery(family + " Juan Miguel", org.eads.records.PartialDate.parse("1991"),
                null, null, null, null, null, null, null)).stream().filter(m -> r.id().equals(m.recordId()))
                .mapToDouble(Match::score).findFirst().orElse(0);
        assertThat(right).isGreaterThan(wrong);
    }

    @Test
    void anEmptyOrUnreadableQuestionIsExplained() {
        EadsUser th = TestUsers.create(users, "THA", Role.OFFICER);
        assertThatThrownBy(() -> screening.search(th, new SearchQuery(null, null, null, null, null, null, null, null, null)))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> screening.search(th, new SearchQuery(null, null, null, null, null,
                List.of(new SearchQuery.Identifier("FAX", "123")), null, null, null)))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("identifiers[0]");
        assertThatThrownBy(() -> screening.search(th, byPhone("12345", null)))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("country code");
    }

    @Test
    void aThaiScriptQueryFindsTheLatinRecordAndTheReverse() {
        EadsUser th = TestUsers.create(users, "THA", Role.OFFICER);
        EadsUser my = TestUsers.create(users, "MYS", Role.OFFICER);
        SharedRecord latin = create(th, new PersonData(List.of(new PersonName("Somchai Jaidee", null, null, null, null)),
                null, null, null, List.of("THA"), null, null, null, null, null), SharingLevel.MEMBERS);
        SharedRecord thai = create(th, new PersonData(List.of(new PersonName("ประยุทธ์ จันทร์โอชา", null, null, null, null)),
                null, null, null, List.of("THA"), null, null, null, null, null), SharingLevel.MEMBERS);
        await().atMost(Duration.ofSeconds(3)).until(() -> search(my, new SearchQuery("สมชาย ใจดี", null, null, null,
                null, null, null, 50, null)).stream().anyMatch(m -> latin.id().equals(m.recordId())));
        await().atMost(Duration.ofSeconds(3)).until(() -> search(my, new SearchQuery("Prayut Chan-o-cha", null, null,
                null, null, null, null, 50, null)).stream().anyMatch(m -> thai.id().equals(m.recordId())));
    }

    @Test
    void sexAndNationalityAreWeighedAndExplained() {
        EadsUser vn = TestUsers.create(users, "VNM", Role.OFFICER);
        String given = "Thuyen" + (char) ('a' + seq++ % 26) + "q";
        SharedRecord r = create(vn, new PersonData(List.of(new PersonName("Tran Thi " + given, null, null, null, null)),
                PersonData.Sex.FEMALE, null, null, List.of("VNM"), null, null, null, null, null), SharingLevel.MEMBERS);
        String name = "Tran Thi " + given;
        await().atMost(Duration.ofSeconds(2)).until(() -> search(vn, byName(name, null, null)).stream()
                .anyMatch(m -> r.id().equals(m.recordId())));

        Match agreeing = only(r, search(vn, byName(name, "f", "vnm")));
        assertThat(agreeing.explanation()).contains("sex agrees (female)", "nationality agrees (VNM)");
        Match otherNationality = only(r, search(vn, byName(name, "F", "KHM")));
        assertThat(otherNationality.explanation()).contains("nationality differs (VNM)");
        assertThat(otherNationality.score()).isLessThan(agreeing.score()).isGreaterThanOrEqualTo(Screening.THRESHOLD);
        double otherSex = search(vn, byName(name, "M", null)).stream().filter(m -> r.id().equals(m.recordId()))
                .mapToDouble(Match::score).findFirst().orElse(0);
        assertThat(otherSex).isLessThan(otherNationality.score());

        assertThatThrownBy(() -> search(vn, byName(name, "woman", "Vietnam")))
                .isInstanceOf(InvalidRecordException.class)
                .satisfies(e -> assertThat(((InvalidRecordException) e).problems())
                        .extracting(p -> p.field()).containsExactlyInAnyOrder("sex", "nationality"));
    }

    @Test
    void theBestMatchesComeFirstWhateverOrderTheIndexFoundThemIn() {
        EadsUser id = TestUsers.create(users, "IDN", Role.OFFICER);
        String name = "Bambang Wirjasoeparta" + (char) ('a' + seq++ % 26);
        // namesakes of another nationality, indexed first, which the index ranks alike and finds first
        for (int i = 0; i < 12; i++) {
            create(id, new PersonData(List.of(new PersonName(name, null, null, null, null)), null, null, null,
                    List.of("MYS"), null, null, null, null, null), SharingLevel.MEMBERS);
        }
        SharedRecord same = create(id, new PersonData(List.of(new PersonName(name, null, null, null, null)), null, null,
                null, List.of("IDN"), null, null, null, null, null), SharingLevel.MEMBERS);
        SearchQuery q = new SearchQuery(name, null, null, "IDN", null, null, null, 3, null);
        await().atMost(Duration.ofSeconds(3)).until(() -> search(id, q).stream().anyMatch(m -> same.id().equals(m.recordId())));
        List<Match> found = search(id, q);
        assertThat(found).hasSize(3);
        assertThat(found.getFirst().recordId()).isEqualTo(same.id());
        assertThat(found).extracting(Match::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void aNameHeldByManyRecordsLeavesRoomForItsVariantsAndTheYearAskedForComesFirst() {
        EadsUser la = TestUsers.create(users, "LAO", Role.OFFICER);
        String family = "Vongsavanh" + (char) ('a' + seq++ % 26) + "q";
        String name = "Phoutthasak " + family;
        for (int i = 0; i < 110; i++) {
            create(la, new PersonData(List.of(new PersonName(name, null, null, null, null)), null,
                    org.eads.records.PartialDate.parse(String.valueOf(1950 + i % 40)), null, List.of("LAO"), null, null,
                    null, null, null), SharingLevel.MEMBERS);
        }
        SharedRecord born2001 = create(la, new PersonData(List.of(new PersonName(name, null, null, null, null)), null,
                org.eads.records.PartialDate.parse("2001-03-04"), null, List.of("LAO"), null, null, null, null, null),
                SharingLevel.MEMBERS);
        SharedRecord variant = create(la, new PersonData(List.of(new PersonName("Phouthasack " + family, null, null, null,
                null)), null, null, null, List.of("LAO"), null, null, null, null, null), SharingLevel.MEMBERS);
        SearchQuery q = new SearchQuery(name, null, null, null, null, null, null, SearchQuery.MAX_LIMIT, null);
        await().atMost(Duration.ofSeconds(5)).until(() -> search(la, q).stream().anyMatch(m -> variant.id().equals(m.recordId())));

        SearchQuery withYear = new SearchQuery(name, org.eads.records.PartialDate.parse("2001"), null, null, null, null,
                null, SearchQuery.MAX_LIMIT, null);
        assertThat(search(la, withYear).getFirst().recordId()).isEqualTo(born2001.id());
    }

    private static SearchQuery byName(String name, String sex, String nationality) {
        return new SearchQuery(name, null, sex, nationality, null, null, null, null, null);
    }

    private static Match only(SharedRecord r, List<Match> matches) {
        return matches.stream().filter(m -> r.id().equals(m.recordId())).findFirst().orElseThrow();
    }
}
