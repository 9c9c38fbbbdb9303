package org.eads.records.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.PersonData;
import org.eads.records.PersonName;
import org.eads.records.RecordInput;
import org.eads.records.Records;
import org.eads.records.SharedRecord;
import org.eads.sharing.SharingLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class DeletedRecordPurgeTest {

    @Autowired Records records;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired DeletedRecordPurge purge;

    private RecordInput person(String name) {
        PersonData data = new PersonData(List.of(new PersonName(name, null, null, null, null)), null, null, null,
                null, null, null, null, null, null);
        return new RecordInput(data, SharingLevel.MEMBERS, null, null, null, null, null, null);
    }

    private boolean exists(SharedRecord r) {
        return jdbc.sql("select count(*) from record where id = :id").param("id", r.id()).query(Long.class).single() == 1;
    }

    @Test
    void deletedRecordsStayUntilTheirRetentionEndsThenGoWithTheirHistory() {
        EadsUser kh = TestUsers.create(users, "KHM", Role.SUPERVISOR);
        SharedRecord old = records.create(kh, person("Sok Dara"));
        records.update(kh, old.id(), 1, person("Sok Dara Chan"));
        records.delete(kh, old.id(), 2, "duplicate of another record");
        SharedRecord recent = records.create(kh, person("Chea Sophal"));
        records.delete(kh, recent.id(), 1, "entered by mistake");
        SharedRecord live = records.create(kh, person("Keo Vanna"));
        // deleted six years ago, as far as the purge can tell
        jdbc.sql("update record set deleted_at = now() - interval '6 years' where id = :id").param("id", old.id()).update();

        int removed = purge.purge();

        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThat(exists(old)).isFalse();
        assertThat(jdbc.sql("select count(*) from record_version where record_id = :id").param("id", old.id())
                .query(Long.class).single()).isZero();
        assertThat(exists(recent)).isTrue();
        assertThat(exists(live)).isTrue();
    }
}
