package org.eads.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.eads.TestUsers;
import org.eads.audit.AuditLog;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.sharing.SharingLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ways of reading many records or one record whole: export, counts, the record page's dossier. */
@SpringBootTest
class RecordsReadingTest {

    @Autowired Records records;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog auditLog;

    private static RecordInput person(String name, SharingLevel level) {
        PersonData data = new PersonData(List.of(new PersonName(name, null, null, null, null)), null, null, null,
                null, null, null, null, null, null).normalize();
        return new RecordInput(data, level, null, null, null, null, null, null);
    }

    @Test
    void anExportCrossesBatchesWithoutLosingOrRepeatingARow() {
        EadsUser owner = TestUsers.create(users, "KHM", Role.OFFICER);
        String token = "Batch" + UUID.randomUUID().toString().substring(0, 8);
        int n = Records.EXPORT_BATCH * 2 + 17;
        records.importBatch(owner, UUID.randomUUID(), IntStream.range(0, n)
                .mapToObj(i -> person(token + " " + i, i % 3 == 0 ? SharingLevel.NATIONAL : SharingLevel.MEMBERS)).toList());
        RecordFilter filter = new RecordFilter(null, null, null, token, null);

        List<UUID> seen = new ArrayList<>();
        assertThat(records.export(owner, filter, "csv", r -> seen.add(r.id()))).isEqualTo(n);
        assertThat(new HashSet<>(seen)).hasSize(n);

        EadsUser other = TestUsers.create(users, "LAO", Role.OFFICER);
        Set<SharingLevel> levels = new HashSet<>();
        long shared = records.export(other, filter, "json", r -> levels.add(r.sharingLevel()));
        assertThat(shared).isEqualTo(n - (n + 2) / 3);
        assertThat(levels).containsExactly(SharingLevel.MEMBERS);
        auditLog.flush();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'EXPORT' and details like :d")
                .param("d", "%text=" + token + "%").query(Long.class).single()).isEqualTo(2L);
    }

    @Test
    void countsAreOfTheUsersOwnMember() {
        EadsUser owner = TestUsers.create(users, "MMR", Role.OFFICER);
        long before = records.sharingProfile(owner).count(RecordType.PERSON);
        records.create(owner, person("Aung Ko Ko", SharingLevel.NATIONAL));
        records.create(TestUsers.create(users, "PHL", Role.OFFICER), person("Juan dela Cruz", SharingLevel.MEMBERS));
        assertThat(records.sharingProfile(owner).count(RecordType.PERSON)).isEqualTo(before + 1);
        assertThat(records.sharingProfile(TestUsers.create(users, "MMR", Role.AUDITOR)).total()).isZero();
    }

    @Test
    void theDossierIsOneAuditedViewAndHidesWhatTheUserMayNotSee() {
        EadsUser owner = TestUsers.create(users, "SGP", Role.OFFICER);
        SharedRecord a = records.create(owner, person("Lim Ah Seng", SharingLevel.MEMBERS));
        SharedRecord hidden = records.create(owner, person("Tan Ah Kow", SharingLevel.NATIONAL));
        records.link(owner, a.id(), hidden.id(), LinkKind.ASSOCIATE_OF);

        RecordDossier own = records.dossier(owner, a.id(), "Case SG/1");
        assertThat(own.mayChange()).isTrue();
        assertThat(own.links()).hasSize(1);
        assertThat(own.history()).hasSize(1);
        auditLog.flush();
        assertThat(jdbc.sql("select count(*) from audit_entry where object_id = :id and action = 'RECORD_VIEW'")
                .param("id", a.id().toString()).query(Long.class).single()).isEqualTo(1L);

        EadsUser thai = TestUsers.create(users, "THA", Role.OFFICER);
        RecordDossier theirs = records.dossier(thai, a.id(), null);
        assertThat(theirs.mayChange()).isFalse();
        assertThat(theirs.links()).as("a link to a record they may not see").isEmpty();
        assertThatThrownBy(() -> records.dossier(thai, hidden.id(), null)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> records.history(thai, hidden.id(), null)).isInstanceOf(RecordNotFoundException.class);
        auditLog.flush();
        assertThat(jdbc.sql("select outcome from audit_entry where object_id = :id and username = :u order by seq")
                .param("id", hidden.id().toString()).param("u", thai.username()).query(String.class).list())
                .as("refused reads are audited").containsExactly("NOT_FOUND", "NOT_FOUND");
    }
}
