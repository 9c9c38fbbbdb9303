package org.eads.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eads.TestDatabase;
import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Kills a real `eads import` process in the middle of a large file: nothing of the file may remain. */
@SpringBootTest
class ImportKilledTest {

    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @Test
    void killingTheProcessMidImportLeavesNoPartialImport() throws Exception {
        EadsUser user = TestUsers.create(users, "IDN", Role.OFFICER);
        Path file = dir.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("type,sharingLevel,names,dateOfBirth,nationalities\n");
            for (int i = 0; i < 300_000; i++) {
                w.write("PERSON,MEMBERS,Wahyudi " + i + ",1980-01-01,IDN\n");
            }
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.eads.cli.EadsCli", "import", file.toString(), "--user", user.username())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
        pb.environment().put(TestDatabase.SHARED_URL_VARIABLE, TestDatabase.jdbcUrl());
        Process child = pb.start();
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() -> {
                List<Integer> imported = jdbc.sql("select imported_rows from import_job where user_id = :u")
                        .param("u", user.id()).query(Integer.class).list();
                return !imported.isEmpty() && imported.get(0) >= 20_000;
            });
        } finally {
            child.destroyForcibly().waitFor();
        }
        // Rows were written in the child's transaction when it died; PostgreSQL must have rolled all of them back.
        assertThat(jdbc.sql("select count(*) from record where created_by = :u").param("u", user.id())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select status from import_job where user_id = :u").param("u", user.id())
                .query(String.class).single()).isEqualTo("RUNNING");
    }
}
