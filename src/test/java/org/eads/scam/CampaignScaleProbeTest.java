package org.eads.scam;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@AutoConfigureMockMvc
/**
 * Times the incremental step and the rebuild at scale, run by hand only (a measurement, not a test):
 * {@code ./mvnw verify -Dtest=CampaignScaleProbeTest -Dprobe.reports=2000000}. Generates reports in clusters of eight
 * (each names a contact indicator shared by four and an account shared by eight), rebuilds, then places 200 new
 * reports that join random clusters and prints the times. Figures in docs/SCAM_CAMPAIGNS.md.
 */
@EnabledIfSystemProperty(named = "probe.reports", matches = "\\d+")
class CampaignScaleProbeTest {
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired Campaigns campaigns;

    @Test
    void placesANewReportWithIndexedLookupsOnly() {
        EadsUser u = TestUsers.create(users, "ASP", Role.ANALYST);
        int n = Integer.getInteger("probe.reports", 2_000_000);
        long t0 = System.nanoTime();
        jdbc.sql("""
            insert into scam_report (id, owner_member, case_reference, report_date, victim_kind, scam_type, channel,
              sharing_level, created_by, loss_usd)
            select gen_random_uuid(), 'MYS', 'BENCH-' || g, date '2026-01-01' + (g % 300), 'PERSON', 'INVESTMENT', 'SMS',
              'MEMBERS', :u, 100 from generate_series(1, :n) g
            """).param("u", u.id()).param("n", n).update();
        long base = jdbc.sql("select coalesce(max(id),0) from scam_indicator").query(Long.class).single();
        jdbc.sql("insert into scam_indicator (id, kind, value, display) select :b + g, 'APP', 'bench ' || g, 'bench ' || g from generate_series(1, :m) g")
            .param("b", base).param("m", n).update();
        jdbc.sql("select setval('scam_indicator_id_seq', (select max(id) from scam_indicator))").query((rs, i) -> 1).list();
        jdbc.sql("""
            insert into scam_report_indicator (report_id, indicator_id, role)
            select r.id, :b + (substring(r.case_reference from 7)::int / 4) + 1, 'CONTACT' from scam_report r where r.case_reference like 'BENCH-%'
            union all
            select r.id, :b + :half + (substring(r.case_reference from 7)::int / 8) + 1, 'PAYMENT' from scam_report r where r.case_reference like 'BENCH-%'
            """).param("b", base).param("half", n / 2).update();
        jdbc.sql("analyze").update();
        System.out.printf("PROBE load %d reports: %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        long t1 = System.nanoTime();
        var outcome = campaigns.rebuild(u);
        System.out.printf("PROBE rebuild: %.1f s %s%n", (System.nanoTime() - t1) / 1e9, outcome);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            UUID id = UUID.randomUUID();
            jdbc.sql("insert into scam_report (id, owner_member, case_reference, report_date, victim_kind, scam_type, channel, sharing_level, created_by) values (:id, 'MYS', :ref, date '2026-06-01', 'PERSON', 'INVESTMENT', 'SMS', 'MEMBERS', :u)")
                .param("id", id).param("ref", "PROBE-" + i).param("u", u.id()).update();
            long a = base + 1 + (long) (Math.random() * (n / 4));
            long b = base + n / 2 + 1 + (long) (Math.random() * (n / 8));
            jdbc.sql("insert into scam_report_indicator values (:r, :a, 'CONTACT'), (:r, :b, 'PAYMENT')").param("r", id).param("a", a).param("b", b).update();
            long s = System.nanoTime();
            campaigns.attach(id, Set.of(a, b));
            times.add((System.nanoTime() - s) / 1e6);
        }
        times.sort(null);
        System.out.printf("PROBE attach ms p50=%.1f p99=%.1f max=%.1f%n", times.get(100), times.get(197), times.get(199));
    }
}
