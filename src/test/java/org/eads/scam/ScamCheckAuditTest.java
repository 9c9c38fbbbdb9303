package org.eads.scam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.NotAllowedException;
import org.eads.scam.internal.CheckLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ScamCheckAuditTest {

    @Autowired ScamChecks checks;
    @Autowired ScamCheckAudit checkAudit;
    @Autowired ScamPartners partners;
    @Autowired CheckLog log;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void anAuditorFindsWhoCheckedAnAccountWithinTheMember() throws Exception {
        EadsUser bank = TestUsers.create(users, "PHL", Role.API_CLIENT);
        String account = "63" + String.format("%09d", System.nanoTime() % 1_000_000_000);
        checks.check(bank, List.of(new ScamChecks.Item(IndicatorKind.BANK_ACCOUNT, account, null),
                new ScamChecks.Item(IndicatorKind.PHONE, "0917 123 4567", "PHL")));

        EadsUser auditor = TestUsers.create(users, "PHL", Role.AUDITOR);
        List<CheckLog.Line> lines = checkAudit.checks(auditor, new ScamCheckAudit.Query(IndicatorKind.BANK_ACCOUNT,
                account, null, null, null));
        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.username()).isEqualTo(bank.username());
            assertThat(l.known()).isFalse();
            assertThat(l.risk()).isEqualTo("NONE");
        });
        assertThat(checkAudit.checks(auditor, new ScamCheckAudit.Query(null, null, bank.username(), null, null)))
                .hasSize(2);
        EadsUser otherAuditor = TestUsers.create(users, "VNM", Role.AUDITOR);
        assertThat(checkAudit.checks(otherAuditor, new ScamCheckAudit.Query(IndicatorKind.BANK_ACCOUNT, account, null,
                null, null))).isEmpty();
        EadsUser admin = TestUsers.create(users, "PHL", Role.MEMBER_ADMIN);
        assertThatThrownBy(() -> checkAudit.checks(admin, new ScamCheckAudit.Query(null, null, null, null, null)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(checkAudit.daily(admin, LocalDate.now(ZoneOffset.UTC).minusDays(1)))
                .anySatisfy(d -> assertThat(d.username()).isEqualTo(bank.username()))
                .allSatisfy(d -> assertThat(d.memberCode()).isEqualTo("PHL"));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'AUDIT_VIEW' and object_type = "
                + "'SCAM_CHECK_LOG' and username = :u").param("u", auditor.username()).query(Long.class).single())
                .isEqualTo(2);

        String page = mvc.perform(get("/scam/checks").param("kind", "BANK_ACCOUNT").param("value", account)
                        .param("search", "1").with(TestUsers.as(auditor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(bank.username()).contains("data-chart");
        mvc.perform(get("/scam/checks").with(TestUsers.as(TestUsers.create(users, "PHL", Role.OFFICER))))
                .andExpect(status().isForbidden());
    }

    @Test
    void checksOlderThanNinetyDaysAreForgotten() {
        Instant old = LocalDate.now(ZoneOffset.UTC).minusDays(CheckLog.KEEP_DAYS + 5).atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        EadsUser bank = TestUsers.create(users, "BRN", Role.API_CLIENT);
        log.add(List.of(new CheckLog.Entry(old, bank.id(), "PHONE", "+6737123456", false, "NONE"),
                new CheckLog.Entry(Instant.now(), bank.id(), "PHONE", "+6737123456", false, "NONE")));
        log.flush();
        log.purge(LocalDate.now(ZoneOffset.UTC).minusDays(CheckLog.KEEP_DAYS));
        assertThat(jdbc.sql("select at from scam_check_log where user_id = :u").param("u", bank.id())
                .query(Timestamp.class).list()).singleElement()
                .satisfies(t -> assertThat(t.toInstant()).isAfter(old));
        assertThat(jdbc.sql("select count(*) from pg_inherits i join pg_class c on c.oid = i.inhrelid where "
                + "c.relname = :n").param("n", "scam_check_log_" + LocalDate.now(ZoneOffset.UTC).toString()
                .replace("-", "")).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void partnerAndSignalPagesRenderForThoseAllowed() throws Exception {
        EadsUser admin = TestUsers.create(users, "KHM", Role.MEMBER_ADMIN);
        mvc.perform(post("/scam/partners").with(TestUsers.as(admin))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("name", "ABA test " + System.nanoTime()).param("sector", "BANK")
                        .param("checkKinds", "PHONE", "BANK_ACCOUNT").param("signalKinds", "BANK_ACCOUNT")
                        .param("perMinute", "600").param("perDay", "100000"))
                .andExpect(status().is3xxRedirection());
        Partner p = partners.list(admin).stream().filter(x -> x.name().startsWith("ABA test")).findFirst()
                .orElseThrow();
        assertThat(p.checkKinds()).isEqualTo(Set.of(IndicatorKind.PHONE, IndicatorKind.BANK_ACCOUNT));
        EadsUser machine = TestUsers.create(users, "KHM", Role.API_CLIENT);
        String page = mvc.perform(get("/scam/partners/" + p.id()).with(TestUsers.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(machine.username()).contains("Suspend the partner");
        mvc.perform(get("/scam/partners").with(TestUsers.as(TestUsers.create(users, "KHM", Role.OFFICER))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/scam/signals").with(TestUsers.as(TestUsers.create(users, "KHM", Role.ANALYST))))
                .andExpect(status().isOk());
    }
}
