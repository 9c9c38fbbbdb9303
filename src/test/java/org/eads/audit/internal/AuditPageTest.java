package org.eads.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eads.TestUsers;
import org.eads.audit.Actor;
import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AuditPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    AuditLog log;
    @Autowired
    JdbcClient jdbc;

    EadsUser auditor;
    /** A name no other test writes, so that filtering on it shows exactly this test's entries. */
    String subject;

    @BeforeEach
    void setUp() {
        auditor = TestUsers.create(users, "ASP", Role.AUDITOR);
        subject = "subject." + System.nanoTime();
    }

    @Test
    void onlyAuditorsSeeTheLogAndOthersAreRecordedAsDenied() throws Exception {
        EadsUser officer = TestUsers.create(users, "MYS", Role.OFFICER, Role.SUPERVISOR);
        mvc.perform(get("/audit").with(TestUsers.as(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/audit/export").with(TestUsers.as(officer))).andExpect(status().isForbidden());
        mvc.perform(post("/audit/verify").with(csrf()).with(TestUsers.as(officer)))
                .andExpect(status().isForbidden());
        log.flush();
        assertThat(jdbc.sql("select action || ':' || outcome from audit_entry where username = :u order by seq")
                .param("u", officer.username()).query(String.class).list())
                .containsExactly("AUDIT_VIEW:DENIED", "AUDIT_EXPORT:DENIED", "AUDIT_VERIFY:DENIED");
    }

    @Test
    void filtersByUsernameAndRecordsTheViewWithItsFilter() throws Exception {
        write(3, AuditAction.SEARCH, "MYS", "X-1");
        String html = mvc.perform(get("/audit").param("username", subject).with(TestUsers.as(auditor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<title>Audit log · e-ADS</title>").contains("id=\"audit-filter\"");
        assertThat(rows(html)).hasSize(3);
        assertThat(lastDetails(auditor, AuditAction.AUDIT_VIEW)).isEqualTo("username=" + subject);
    }

    @Test
    void filtersByMemberActionObjectAndDays() throws Exception {
        write(2, AuditAction.SEARCH, "KHM", "X-1");
        write(1, AuditAction.RECORD_VIEW, "KHM", "X-2");
        write(1, AuditAction.RECORD_VIEW, "LAO", "X-2");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(rows(page("member", "khm"))).hasSize(3);
        assertThat(rows(page("action", "RECORD_VIEW"))).hasSize(2);
        assertThat(rows(page("objectId", "X-2", "member", "LAO"))).hasSize(1);
        assertThat(rows(page("from", today.minusDays(1).toString(), "to", today.toString()))).hasSize(4);
        assertThat(rows(page("from", today.plusDays(1).toString()))).isEmpty();
        assertThat(rows(page("to", today.minusDays(1).toString()))).isEmpty();
    }

    @Test
    void badFilterInputIsAMessageNotAnError() throws Exception {
        String html = mvc.perform(get("/audit").param("from", "23/11/2026").param("to", "2026-02-30")
                        .param("action", "HACK").param("before", "abc").with(TestUsers.as(auditor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("&quot;From&quot; is not a date").contains("&quot;To&quot; is not a date")
                .contains("Unknown action");
        assertThat(page("from", "2026-11-24", "to", "2026-11-23")).contains("is after");
        mvc.perform(get("/audit/export").param("from", "yesterday").with(TestUsers.as(auditor)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("not a date")));
    }

    @Test
    void anHtmxRequestGetsTheTableAlone() throws Exception {
        write(1, AuditAction.SEARCH, "PHL", "X-1");
        String html = mvc.perform(get("/audit").param("username", subject).header("HX-Request", "true")
                        .with(TestUsers.as(auditor)))
                .andExpect(status().isOk()).andExpect(header().string("Vary", "HX-Request"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).startsWith("<div id=\"audit-results\"").doesNotContain("<html").doesNotContain("navbar");
        assertThat(rows(html)).hasSize(1);
    }

    @Test
    void pagesNewestFirstFiftyAtATime() throws Exception {
        List<Long> seqs = write(120, AuditAction.RECORD_LIST, "SGP", null);
        String first = page();
        assertThat(rows(first)).hasSize(50).first().isEqualTo(seqs.getLast());
        assertThat(first).doesNotContain("Newer");
        String second = follow(first, "Older");
        assertThat(rows(second)).hasSize(50).first().isEqualTo(seqs.get(69));
        String third = follow(second, "Older");
        assertThat(rows(third)).hasSize(20).last().isEqualTo(seqs.getFirst());
        assertThat(third).doesNotContain("Older &rarr;");
        String back = follow(third, "Newer");
        assertThat(rows(back)).isEqualTo(rows(second));
        assertThat(rows(follow(back, "Newer"))).isEqualTo(rows(first));
    }

    @Test
    void exportsEveryMatchingEntryAsCsvAndRecordsTheExport() throws Exception {
        write(60, AuditAction.SEARCH, "BRN", "a,b");
        log.record(new AuditEvent(new Actor(null, subject, "BRN", null, "local"), AuditAction.SEARCH, null, null,
                null, "OK", "name=\"Nguyễn Văn A\"\nline two, =SUM(A1)"));
        var response = mvc.perform(get("/audit/export").param("username", subject).with(TestUsers.as(auditor)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.matchesPattern("attachment; filename=\"eads-audit-\\d{8}T\\d{6}Z.csv\"")))
                .andReturn().getResponse();
        String csv = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFseq,at,user_id,username,");
        assertThat(csv.split("\r\n")).hasSize(1 + 61);
        assertThat(csv).contains(",\"a,b\",").contains("\"name=\"\"Nguyễn Văn A\"\"\nline two, =SUM(A1)\"");
        assertThat(lastDetails(auditor, AuditAction.AUDIT_EXPORT)).isEqualTo("username=" + subject);
    }

    @Test
    void verifiesTheChainOnRequestAndRecordsIt() throws Exception {
        String fragment = mvc.perform(post("/audit/verify").header("HX-Request", "true").with(csrf())
                        .with(TestUsers.as(auditor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).startsWith("<div id=\"audit-verification\"").contains("Chain intact.");
        String page = mvc.perform(post("/audit/verify").with(csrf()).with(TestUsers.as(auditor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<title>Audit chain check · e-ADS</title>").contains("Chain intact.");
        assertThat(lastDetails(auditor, AuditAction.AUDIT_VERIFY)).startsWith("Audit chain intact");
    }

    private List<Long> write(int count, AuditAction action, String member, String objectId) {
        Actor actor = new Actor(null, subject, member, null, "198.51.100.7");
        for (int i = 0; i < count; i++) {
            log.record(AuditEvent.ok(actor, action, "PERSON", objectId));
        }
        log.flush();
        return jdbc.sql("select seq from audit_entry where username = :u order by seq desc limit :n")
                .param("u", subject).param("n", count).query(Long.class).list().reversed();
    }

    /** The page filtered on this test's subject and the given parameters. */
    private String page(String... params) throws Exception {
        var request = get("/audit").param("username", subject).with(TestUsers.as(auditor));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String follow(String html, String label) throws Exception {
        Matcher link = Pattern.compile("<a [^>]*href=\"([^\"]+)\"[^>]*>[^<]*" + label).matcher(html);
        assertThat(link.find()).as("a link " + label).isTrue();
        String url = link.group(1).replace("&amp;", "&");
        return mvc.perform(get(java.net.URI.create(url)).with(TestUsers.as(auditor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The sequence numbers in the table, top to bottom. */
    private static List<Long> rows(String html) {
        Matcher m = Pattern.compile("<tr>\\s*<td>(\\d+)</td>").matcher(html);
        List<Long> seqs = new java.util.ArrayList<>();
        while (m.find()) {
            seqs.add(Long.parseLong(m.group(1)));
        }
        return seqs;
    }

    private String lastDetails(EadsUser user, AuditAction action) {
        log.flush();
        return jdbc.sql("select details from audit_entry where username = :u and action = :a order by seq desc"
                        + " limit 1")
                .param("u", user.username()).param("a", action.name()).query(String.class).single();
    }
}
