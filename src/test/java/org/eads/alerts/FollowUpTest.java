package org.eads.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.InvalidRecordException;
import org.eads.records.PartialDate;
import org.eads.records.PersonData;
import org.eads.records.PersonName;
import org.eads.records.RecordInput;
import org.eads.records.Records;
import org.eads.records.SharedRecord;
import org.eads.screening.Match;
import org.eads.screening.Screening;
import org.eads.screening.SearchQuery;
import org.eads.sharing.HandlingCode;
import org.eads.sharing.SharingLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class FollowUpTest {

    @Autowired Screening screening;
    @Autowired Records records;
    @Autowired Users users;
    @Autowired Hits hits;
    @Autowired Disclosures disclosures;
    @Autowired Alerts alerts;

    private static int seq;

    private SharedRecord person(EadsUser owner, String name, SharingLevel level) {
        return records.create(owner, new RecordInput(new PersonData(List.of(new PersonName(name, null, null, null,
                null)), null, PartialDate.parse("1979-02-11"), null, List.of("MYS"), null, null, null, null, null),
                level, null, null, null, null, null, null));
    }

    private List<Match> searchUntilFound(EadsUser user, String name, UUID id) {
        SearchQuery q = new SearchQuery(name, null, null, null, null, null, null, null, "case TH-77");
        await().atMost(Duration.ofSeconds(5)).until(() -> screening.search(user, q).matches().stream()
                .anyMatch(m -> id.equals(m.recordId()) || m.hitOnly()));
        return screening.search(user, q).matches();
    }

    private static synchronized String uniqueName(String given) {
        return given + " Rahmatullah" + (char) ('a' + seq++ % 26) + (char) ('a' + (System.nanoTime() / 1000) % 26)
                + "an";
    }

    private Hit hitOn(EadsUser owner, UUID record) {
        await().atMost(Duration.ofSeconds(10)).until(() -> hits.list(owner, true, 0, 200).stream()
                .anyMatch(h -> record.equals(h.recordId())));
        return hits.list(owner, true, 0, 200).stream().filter(h -> record.equals(h.recordId())).findFirst()
                .orElseThrow();
    }

    @Test
    void aHitTellsTheOwnersFocalPointWhoThenFollowItUpWithTheSearcher() {
        EadsUser owner = TestUsers.create(users, "MYS", Role.OFFICER);
        EadsUser focal = TestUsers.create(users, "MYS", Role.OFFICER, Role.FOCAL_POINT);
        EadsUser searcher = TestUsers.create(users, "THA", Role.OFFICER);
        EadsUser stranger = TestUsers.create(users, "VNM", Role.OFFICER);
        String name = uniqueName("Ahmad Faizal");
        SharedRecord r = person(owner, name, SharingLevel.MEMBERS);
        searchUntilFound(searcher, name, r.id());

        Hit hit = hitOn(focal, r.id());
        assertThat(hit.searcherMember()).isEqualTo("THA");
        assertThat(hit.query()).contains(name);
        assertThat(alerts.inbox(focal, Alerts.InboxFilter.AWAITING_ACK, 0, 50).entries())
                .anyMatch(e -> e.alert().kind() == AlertKind.HIT && hit.id().toString().equals(e.alert().objectId()));

        // the same searcher again within a day counts on the same hit and tells nobody again
        screening.search(searcher, new SearchQuery(name, null, null, null, null, null, null, null, "case TH-77"));
        await().atMost(Duration.ofSeconds(10)).until(() -> hits.view(focal, hit.id()).searches() >= 2);
        assertThat(alerts.about("HIT", hit.id().toString())).hasSize(1);

        hits.post(focal, hit.id(), "Is your subject still in Hat Yai?", null);
        hits.post(searcher, hit.id(), "Yes, photo attached.", new Hit.Attachment("photo.jpg", "image/jpeg",
                "jpeg bytes".getBytes(StandardCharsets.UTF_8)));
        hits.outcome(searcher, hit.id(), HitOutcome.Identity.CONFIRMED_SAME_PERSON, HitOutcome.Action.ARREST,
                "Arrested at the border post");

        Hit seenBySearcher = hits.view(searcher, hit.id());
        assertThat(seenBySearcher.messages()).extracting(Hit.Message::body)
                .containsExactly("Is your subject still in Hat Yai?", "Yes, photo attached.");
        assertThat(seenBySearcher.identity()).isEqualTo(HitOutcome.Identity.CONFIRMED_SAME_PERSON);
        long photo = seenBySearcher.messages().get(1).id();
        assertThat(hits.attachment(focal, hit.id(), photo).content()).asString(StandardCharsets.UTF_8)
                .isEqualTo("jpeg bytes");
        assertThat(alerts.inbox(searcher, Alerts.InboxFilter.ALL, 0, 50).entries())
                .anyMatch(e -> e.alert().kind() == AlertKind.HIT_MESSAGE);

        assertThatThrownBy(() -> hits.view(stranger, hit.id())).isInstanceOf(AlertNotFoundException.class);
        assertThatThrownBy(() -> hits.post(stranger, hit.id(), "hello", null))
                .isInstanceOf(AlertNotFoundException.class);
        assertThatThrownBy(() -> hits.post(searcher, hit.id(), " ", null)).isInstanceOf(InvalidRecordException.class);
    }

    @Test
    void theOwnerOfAHitNoHitRecordDisclosesChosenFieldsAndTheRequesterSeesOnlyThose() {
        EadsUser owner = TestUsers.create(users, "MYS", Role.OFFICER);
        EadsUser focal = TestUsers.create(users, "MYS", Role.OFFICER, Role.FOCAL_POINT);
        EadsUser searcher = TestUsers.create(users, "THA", Role.OFFICER);
        EadsUser stranger = TestUsers.create(users, "IDN", Role.OFFICER);
        String name = uniqueName("Mohd Hafiz");
        SharedRecord r = person(owner, name, SharingLevel.HIT_NO_HIT);
        Match possible = searchUntilFound(searcher, name, r.id()).stream().filter(Match::hitOnly).findFirst()
                .orElseThrow();

        Hit hit = hitOn(focal, r.id());
        assertThat(hit.hitOnly()).isTrue();
        Hit seenBySearcher = hits.view(searcher, hit.id());
        assertThat(seenBySearcher.recordId()).isNull();
        assertThat(seenBySearcher.recordType()).isNull();

        UUID request = screening.requestDisclosure(searcher, possible.reference(), "Case TH-77: suspect in fraud");
        await().atMost(Duration.ofSeconds(10)).until(() -> disclosures.list(focal, true).stream()
                .anyMatch(d -> d.id().equals(request)));
        assertThat(alerts.inbox(focal, Alerts.InboxFilter.AWAITING_ACK, 0, 50).entries())
                .anyMatch(e -> e.alert().kind() == AlertKind.DISCLOSURE_REQUEST);
        assertThat(disclosures.fields(focal, request)).containsKeys("names", "dateOfBirth", "nationalities");

        assertThatThrownBy(() -> disclosures.decide(focal, request, Disclosure.Decision.REFUSE, Set.of(), Set.of(),
                null, " ")).isInstanceOf(InvalidRecordException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> disclosures.decide(focal, request, Disclosure.Decision.APPROVE, Set.of("shoeSize"),
                Set.of(), null, null)).isInstanceOf(InvalidRecordException.class).hasMessageContaining("shoeSize");
        assertThatThrownBy(() -> disclosures.decide(owner, request, Disclosure.Decision.APPROVE, Set.of("names"),
                Set.of(), null, null)).isInstanceOf(org.eads.records.NotAllowedException.class);

        disclosures.decide(focal, request, Disclosure.Decision.PARTIALLY_APPROVE, Set.of("names"),
                EnumSet.of(HandlingCode.H2), null, "Date of birth withheld: ongoing operation");

        Disclosure seen = disclosures.view(searcher, request);
        assertThat(seen.status()).isEqualTo(Disclosure.Status.PARTIALLY_APPROVED);
        assertThat(seen.disclosed()).containsOnlyKeys("names");
        assertThat(seen.disclosed().get("names")).contains(name);
        assertThat(seen.recordType()).isEqualTo("PERSON");
        assertThat(seen.recordId()).isNull();
        assertThat(seen.handlingCodes()).containsExactly(HandlingCode.H2);
        assertThat(alerts.inbox(searcher, Alerts.InboxFilter.ALL, 0, 50).entries())
                .anyMatch(e -> e.alert().kind() == AlertKind.DISCLOSURE_DECISION);
        // deciding answered the request's notification for the owner
        assertThat(alerts.inbox(focal, Alerts.InboxFilter.AWAITING_ACK, 0, 50).entries())
                .noneMatch(e -> e.alert().kind() == AlertKind.DISCLOSURE_REQUEST
                        && request.toString().equals(e.alert().objectId()));
        assertThatThrownBy(() -> disclosures.view(stranger, request)).isInstanceOf(AlertNotFoundException.class);
        assertThatThrownBy(() -> disclosures.decide(focal, request, Disclosure.Decision.APPROVE, Set.of("names"),
                Set.of(), null, null)).isInstanceOf(InvalidRecordException.class).hasMessageContaining("already");
    }
}
