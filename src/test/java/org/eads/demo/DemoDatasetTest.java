package org.eads.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eads.identity.Role;
import org.eads.records.Problems;
import org.eads.records.RecordType;
import org.junit.jupiter.api.Test;

class DemoDatasetTest {

    private final DemoDataset dataset = DemoDataset.create();

    @Test
    void everyMemberHasItsRecordsAndAllValidate() {
        assertThat(dataset.records()).hasSize(DemoDataset.RECORDS_PER_MEMBER * RecordGenerator.MEMBERS.size());
        for (String member : RecordGenerator.MEMBERS) {
            assertThat(dataset.recordsOf(member)).hasSize(DemoDataset.RECORDS_PER_MEMBER);
        }
        for (DemoRecord r : dataset.records()) {
            Problems problems = new Problems();
            r.input().validate(problems);
            assertThat(problems.list()).as("%s", r.input().data()).isEmpty();
        }
    }

    @Test
    void linksJoinRecordsOfTheRightTypesOfOneMember() {
        Map<String, RecordType> targets = Map.of(DemoLink.HOLDS_DOCUMENT, RecordType.TRAVEL_DOCUMENT,
                DemoLink.USES_INDICATOR, RecordType.INDICATOR, DemoLink.MEMBER_OF, RecordType.ORGANISATION,
                DemoLink.OWNS_VEHICLE, RecordType.VEHICLE, DemoLink.POSSESSES_FIREARM, RecordType.FIREARM,
                DemoLink.ASSOCIATE_OF, RecordType.PERSON);
        Set<String> seen = new HashSet<>();
        for (DemoLink link : dataset.links()) {
            DemoRecord from = dataset.records().get(link.from());
            DemoRecord to = dataset.records().get(link.to());
            assertThat(from.input().type()).isEqualTo(RecordType.PERSON);
            assertThat(to.input().type()).as(link.kind()).isEqualTo(targets.get(link.kind()));
            assertThat(from.ownerMemberCode()).isEqualTo(to.ownerMemberCode());
            assertThat(link.from()).isNotEqualTo(link.to());
            assertThat(seen.add(link.from() + ">" + link.to() + ":" + link.kind())).as("duplicate %s", link).isTrue();
        }
        assertThat(dataset.links().stream().map(DemoLink::kind).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(targets.keySet());
        assertThat(dataset.links()).hasSizeGreaterThan(500);
    }

    @Test
    void documentsOfAPersonAreInThatPersonsName() {
        dataset.links().stream().filter(l -> l.kind().equals(DemoLink.HOLDS_DOCUMENT)).forEach(l -> {
            var person = (org.eads.records.PersonData) dataset.records().get(l.from()).input().data();
            var document = (org.eads.records.TravelDocumentData) dataset.records().get(l.to()).input().data();
            if (!person.nationalities().isEmpty()) {
                assertThat(document.issuingCountry()).isEqualTo(person.nationalities().get(0));
            }
            assertThat(document.holderDateOfBirth().year()).isEqualTo(person.dateOfBirth().year());
        });
    }

    @Test
    void accountsCoverEveryMemberAndRole() {
        Map<String, DemoAccount> byName = dataset.accounts().stream()
                .collect(Collectors.toMap(DemoAccount::username, a -> a));
        for (String code : List.of("bn", "kh", "id", "la", "my", "mm", "ph", "sg", "th", "vn")) {
            assertThat(byName.get(code + ".officer").roles()).contains(Role.OFFICER);
        }
        assertThat(byName.get("th.officer").memberCode()).isEqualTo("THA");
        assertThat(byName.get("my.supervisor").roles()).contains(Role.SUPERVISOR);
        assertThat(byName.get("my.admin").roles()).containsExactly(Role.MEMBER_ADMIN);
        assertThat(byName.get("secretariat.admin").roles()).containsExactly(Role.SECRETARIAT_ADMIN);
        assertThat(byName.get("secretariat.analyst").roles()).containsExactly(Role.ANALYST);
        assertThat(byName.get("auditor").roles()).containsExactly(Role.AUDITOR);
        assertThat(byName.get("au.officer").memberCode()).isEqualTo("AUS");
        assertThat(byName.get("interpol.officer").memberCode()).isEqualTo("INTERPOL");
        assertThat(dataset.accounts()).anyMatch(a -> a.roles().contains(Role.API_CLIENT));
        for (DemoAccount a : dataset.accounts()) {
            assertThat(a.password()).hasSize(23).matches(".*[A-Z].*").matches(".*[a-z].*").matches(".*[0-9].*");
            assertThat(a.totpSecret()).matches("[A-Z2-7]{32}");
            assertThat(a.displayName()).isNotBlank();
        }
        assertThat(dataset.accounts().stream().map(DemoAccount::password).distinct()).hasSize(dataset.accounts().size());
    }

    @Test
    void agenciesAreThoseOfTheMemberSeedMigration() throws IOException {
        String migration;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("db/migration/V202611231600__member_members.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> pairs = new HashSet<>();
        dataset.records().forEach(r -> pairs.add(r.ownerMemberCode() + "|" + r.agencyName()));
        dataset.accounts().forEach(a -> pairs.add(a.memberCode() + "|" + a.agencyName()));
        for (String pair : pairs) {
            String[] p = pair.split("\\|");
            assertThat(migration).contains("('" + p[0] + "', '" + p[1] + "')");
        }
    }

    @Test
    void theSameSeedGivesTheSameDataset() {
        LocalDate asOf = LocalDate.now();
        DemoDataset a = DemoDataset.create(5, 50, asOf);
        DemoDataset b = DemoDataset.create(5, 50, asOf);
        assertThat(a).isEqualTo(b);
        assertThat(DemoDataset.create(5, 1, asOf).accounts()).as("accounts depend on the seed only")
                .isEqualTo(a.accounts());
        assertThat(DemoDataset.create(6, 50, asOf).records()).isNotEqualTo(a.records());
    }
}
