package org.eads.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.ByteArrayOutputStream;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.scam.IndicatorKind;
import org.eads.scam.ScamIndicators;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class ScamDataTest {

    @Autowired JdbcClient jdbc;
    @Autowired Users users;
    @Autowired ScamIndicators indicators;

    @Test
    void generatedIndicatorsAreFoundAsAChecksWouldAskForThem() {
        EadsUser reader = TestUsers.create(users, "MYS", Role.OFFICER);
        ScamData.generate(jdbc, 2_000, 1_000, reader.id(), new PrintStream(new ByteArrayOutputStream()));
        for (long n : new long[]{1, 11, 17, 19, 1_999}) {
            String[] asked = ScamData.indicator(n);
            assertThat(indicators.find(reader, IndicatorKind.valueOf(asked[0]), asked[1], null)).as(asked[1])
                    .isPresent();
        }
        assertThat(jdbc.sql("select count(*) from scam_report where case_reference like 'BENCH-%'")
                .query(Long.class).single()).isEqualTo(1_000);
        assertThat(jdbc.sql("""
                select count(*) from scam_report_indicator ri join scam_report r on r.id = ri.report_id
                where r.case_reference like 'BENCH-%'""").query(Long.class).single()).isGreaterThan(1_900);
    }
}
