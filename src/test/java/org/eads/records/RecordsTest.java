package org.eads.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.sharing.SharingLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class RecordsTest {

    @Autowired Records records;
    @Autowired RecordCodec codec;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;

    private RecordInput person(String name, SharingLevel level, Set<String> sharedWith) {
        PersonData data = new PersonData(List.of(new PersonName(name, null, null, null, null)), null, null, null,
                null, null, null, null, null, null).normalize();
        return new RecordInput(data, level, sharedWith, null, null, null, null, null);
    }

    @Test
    void createViewUpdateDeleteKeepsHistory() {
        EadsUser my = TestUsers.create(users, "MYS", Role.OFFICER);
        SharedRecord r = records.create(my, person("Ahmad Faizal bin Rahman", SharingLevel.MEMBERS, null));
        assertThat(records.view(my, r.id(), null)).contains(r);

        SharedRecord changed = records.update(my, r.id(), 1, person("Ahmad Faizal bin Abdul Rahman", SharingLevel.NATIONAL, null));
        assertThat(changed.version()).isEqualTo(2);
        assertThatThrownBy(() -> records.update(my, r.id(), 1, person("X", SharingLevel.NATIONAL, null)))
                .isInstanceOf(StaleVersionException.class);

        assertThat(records.history(my, r.id(), null)).extracting(RecordVersion::version, RecordVersion::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "UPDATE"), org.assertj.core.groups.Tuple.tuple(1, "CREATE"));
        assertThat(records.history(my, r.id(), null).get(1).snapshotJson()).contains("Ahmad Faizal bin Rahman");

        records.delete(my, r.id(), 2, "entered twice");
        assertThat(records.view(my, r.id(), null)).isEmpty();
        assertThat(jdbc.sql("select count(*) from record_version where record_id = :id").param("id", r.id())
                .query(Long.class).single()).isEqualTo(2L);
        assertThat(jdbc.sql("select version from record where id = :id and deleted_at is not null").param("id", r.id())
                .query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void othersSeeOnlyWhatTheLevelAllows() {
        EadsUser my = TestUsers.create(users, "MYS", Role.OFFICER);
        EadsUser th = TestUsers.create(users, "THA", Role.OFFICER);
        SharedRecord national = records.create(my, person("Nur Aisyah binti Hassan", SharingLevel.NATIONAL, null));
        SharedRecord selected = records.create(my, person("Tan Wei Ming", SharingLevel.SELECTED, Set.of("THA")));
        assertThat(records.view(th, national.id(), null)).isEmpty();
        assertThat(records.view(th, selected.id(), null)).isPresent();
        assertThatThrownBy(() -> records.update(th, selected.id(), 1, person("X", SharingLevel.NATIONAL, null)))
                .isInstanceOf(NotAllowedException.class);
        List<UUID> listed = records.list(th, new RecordFilter(null, "MYS", null, null, null), 0, 500).items()
                .stream().map(RecordSummary::id).toList();
        assertThat(listed).contains(selected.id()).doesNotContain(national.id());
    }

    @Test
    void importBatchWritesEverythingInOneGo() {
        EadsUser sg = TestUsers.create(users, "SGP", Role.OFFICER);
        UUID importId = UUID.randomUUID();
        List<SharedRecord> created = records.importBatch(sg, importId, List.of(
                person("Lim Boon\tKeng", SharingLevel.MEMBERS, null),
                person("Chan Kok \\ Wai", SharingLevel.SELECTED, Set.of("MYS", "THA"))));
        SharedRecord back = records.view(sg, created.get(1).id(), null).orElseThrow();
        assertThat(back.sharedWith()).containsExactlyInAnyOrder("MYS", "THA");
        assertThat(back.label()).isEqualTo("Chan Kok \\ Wai");
        assertThat(jdbc.sql("select count(*) from record_change c join record r on r.id = c.record_id where r.import_id = :i")
                .param("i", importId).query(Long.class).single()).isEqualTo(2L);
    }
}
