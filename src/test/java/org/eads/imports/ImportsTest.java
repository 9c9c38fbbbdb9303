package org.eads.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.eads.TestUsers;
import org.eads.audit.AuditLog;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class ImportsTest {

    @Autowired Imports imports;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog auditLog;
    @TempDir Path dir;

    private long recordsOf(UUID importId) {
        return jdbc.sql("select count(*) from record where import_id = :id").param("id", importId)
                .query(Long.class).single();
    }

    @Test
    void importsTheExampleFile() throws Exception {
        EadsUser my = TestUsers.create(users, "MYS", Role.OFFICER);
        ImportJob job = imports.runFile(my, Path.of("docs/examples/records.csv"), ImportMode.ALL_OR_NOTHING, null);
        assertThat(job.errors()).isEmpty();
        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.importedRows()).isEqualTo(7);
        assertThat(recordsOf(job.id())).isEqualTo(7);
        auditLog.flush();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'IMPORT' and object_id = :id")
                .param("id", job.id().toString()).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aFileWithErrorsWritesNothingAndNamesTheLines() throws Exception {
        EadsUser th = TestUsers.create(users, "THA", Role.OFFICER);
        Path file = dir.resolve("people.csv");
        Files.writeString(file, """
                type,sharingLevel,names,dateOfBirth,nationalities,summary
                PERSON,MEMBERS,Somchai Jaidee,1979-01-02,THA,
                PERSON,MEMBERS,,1979-01-02,THA,
                PERSON,EVERYONE,Niran Srisuk,1979-13-02,XXX,
                SPACESHIP,MEMBERS,Nobody,,,
                PERSON,MEMBERS,Malee Wongsa,1990,THA,"Seen twice:
                in Mae Sot and in Myawaddy"
                PERSON,MEMBERS,Malee Wongsa,1990,MYANMAR,
                """, StandardCharsets.UTF_8);
        ImportJob job = imports.runFile(th, file, ImportMode.ALL_OR_NOTHING, null);
        assertThat(job.status()).isEqualTo(ImportStatus.NEEDS_DECISION);
        assertThat(recordsOf(job.id())).isZero();
        assertThat(job.errorRows()).as(job.errors().toString()).isEqualTo(4);
        assertThat(job.errors()).extracting(RowError::line).contains(3, 4, 5, 8);
        assertThat(job.errors()).anySatisfy(e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.field()).isEqualTo("sharingLevel");
        });

        ImportJob valid = imports.runFile(th, file, ImportMode.VALID_ONLY, null);
        assertThat(valid.status()).isEqualTo(ImportStatus.DONE);
        assertThat(valid.importedRows()).isEqualTo(2);
        assertThat(recordsOf(valid.id())).isEqualTo(2);
    }

    @Test
    void readsJsonArraysAndJsonLinesWithLineNumbers() throws Exception {
        EadsUser sg = TestUsers.create(users, "SGP", Role.OFFICER);
        Path array = dir.resolve("records.json");
        Files.writeString(array, """
                [
                  {"type":"PERSON","names":[{"full":"Tan Ah Kow"}],"sharingLevel":"MEMBERS"},
                  {"type":"INDICATOR","indicatorType":"PHONE","value":"not a phone","sharingLevel":"MEMBERS"}
                ]
                """);
        ImportJob a = imports.runFile(sg, array, ImportMode.ALL_OR_NOTHING, null);
        assertThat(a.errors()).as(a.errors().toString()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.field()).isEqualTo("value");
        });
        Path lines = dir.resolve("records.jsonl");
        Files.writeString(lines, """
                {"type":"PERSON","names":[{"full":"Lim Boon Keng"}],"sharingLevel":"MEMBERS"}
                {"type":"PERSON","names":[{"full":"Teo Chee Hean"}],"sharingLevel":"MEMBERS"
                {"type":"INDICATOR","indicatorType":"EMAIL","value":"Scam.Desk@Example.COM","sharingLevel":"MEMBERS"}
                """);
        ImportJob l = imports.runFile(sg, lines, ImportMode.VALID_ONLY, null);
        assertThat(l.errors()).singleElement().extracting(RowError::line).isEqualTo(2);
        assertThat(l.importedRows()).isEqualTo(2);
    }

    @Test
    void uploadsRunInTheBackgroundAndWaitForADecision() {
        EadsUser vn = TestUsers.create(users, "VNM", Role.OFFICER);
        byte[] csv = """
                type,sharingLevel,names,nationalities
                PERSON,MEMBERS,Nguyễn Văn An,VNM
                PERSON,MEMBERS,Trần Thị Bình,VN
                """.getBytes(StandardCharsets.UTF_8);
        ImportJob job = imports.submit(vn, "people.csv", csv, ImportMode.ALL_OR_NOTHING);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                imports.find(vn, job.id()).orElseThrow().status() == ImportStatus.NEEDS_DECISION);
        imports.importValidRows(vn, job.id());
        await().atMost(Duration.ofSeconds(20)).until(() ->
                imports.find(vn, job.id()).orElseThrow().status() == ImportStatus.DONE);
        assertThat(recordsOf(job.id())).isEqualTo(1);
    }

    @Test
    void aJobLeftRunningByAStoppedNodeRunsAgain() {
        EadsUser ph = TestUsers.create(users, "PHL", Role.OFFICER);
        byte[] csv = "type,sharingLevel,names\nPERSON,MEMBERS,Juan dela Cruz\n".getBytes(StandardCharsets.UTF_8);
        UUID id = UUID.randomUUID();
        // As a node that crashed mid-import leaves it: claimed, running, no heartbeat since.
        jdbc.sql("""
                insert into import_job (id, user_id, file_name, format, mode, status, total_rows, node, heartbeat_at)
                values (:id, :user, 'one.csv', 'CSV', 'ALL_OR_NOTHING', 'RUNNING', 1, 'gone', now() - interval '5 minutes')
                """).param("id", id).param("user", ph.id()).update();
        jdbc.sql("insert into import_file (job_id, content) values (:id, :content)").param("id", id)
                .param("content", csv).update();
        await().atMost(Duration.ofSeconds(20)).until(() ->
                imports.find(ph, id).orElseThrow().status() == ImportStatus.DONE);
        assertThat(recordsOf(id)).isEqualTo(1);
    }
}
