package org.eads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class ApplicationStartsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void migratesTheDatabaseAndSeedsTheMembers() {
        assertThat(jdbc.sql("select count(*) from member where kind = 'MEMBER'").query(Long.class).single())
                .isEqualTo(10L);
    }
}
