package org.eads.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eads.TestUsers;
import org.eads.audit.AuditLog;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.InvalidRecordException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@Import(NoticeTestSupport.class)
class NoticeLifecycleTest {

    @Autowired Notices notices;
    @Autowired Alerts alerts;
    @Autowired Users users;
    @Autowired TestClock clock;
    @Autowired MockMvc mvc;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;

    @Test
    void anOfficersNoticeIsIssuedOnlyWhenAnotherSupervisorOfTheMemberApprovesIt() {
        EadsUser drafter = TestUsers.create(users, "MYS", Role.OFFICER);
        EadsUser supervisor = TestUsers.create(users, "MYS", Role.SUPERVISOR);
        EadsUser foreignSupervisor = TestUsers.create(users, "THA", Role.SUPERVISOR);
        EadsUser thai = TestUsers.create(users, "THA", Role.OFFICER);
        EadsUser colleague = TestUsers.create(users, "MYS", Role.OFFICER);

        Notice draft = notices.draft(drafter, NoticeTestSupport.selected(clock, "THA", "SGP"));
        assertThat(draft.status()).isEqualTo(NoticeStatus.DRAFT);
        assertThat(draft.members()).containsExactlyInAnyOrder("THA", "SGP");
        // a draft is the drafter's and the supervisors' business only
        assertThatThrownBy(() -> notices.view(colleague, draft.id())).isInstanceOf(NoticeNotFoundException.class);

        Notice pending = notices.submit(drafter, draft.id());
        assertThat(pending.status()).isEqualTo(NoticeStatus.PENDING_APPROVAL);
        assertThat(alerts.about(Notices.OBJECT, draft.id().toString())).isEmpty();
        assertThat(notices.awaitingApproval(supervisor)).extracting(Notice::id).contains(draft.id());

        // the drafter cannot approve, even after becoming a supervisor; nor can another member's supervisor
        EadsUser promoted = new EadsUser(drafter.id(), drafter.username(), drafter.displayName(), "MYS",
                drafter.memberKind(), drafter.agencyId(), Set.of(Role.OFFICER, Role.SUPERVISOR));
        assertThat(notices.awaitingApproval(promoted)).extracting(Notice::id).doesNotContain(draft.id());
        assertThatThrownBy(() -> notices.approve(promoted, draft.id()))
                .isInstanceOfSatisfying(NoticeStateException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(e.getMessage()).contains("drafter");
                });
        assertThatThrownBy(() -> notices.approve(drafter, draft.id())).isInstanceOf(NoticeStateException.class);
        assertThatThrownBy(() -> notices.approve(foreignSupervisor, draft.id()))
                .isInstanceOf(NoticeNotFoundException.class);

        // sent back, changed and submitted again
        Notice rejected = notices.reject(supervisor, draft.id(), "Add the warrant number to the summary");
        assertThat(rejected.status()).isEqualTo(NoticeStatus.DRAFT);
        assertThat(rejected.rejection()).contains("warrant");
        notices.submit(drafter, draft.id());

        Notice issued = notices.approve(supervisor, draft.id());
        assertThat(issued.status()).isEqualTo(NoticeStatus.ISSUED);
        assertThat(issued.approvedByName()).isEqualTo(supervisor.displayName());
        assertThat(issued.firstAlert()).isNotNull();

        Alert alert = alerts.about(Notices.OBJECT, draft.id().toString()).getFirst();
        assertThat(alert.kind()).isEqualTo(AlertKind.NOTICE);
        assertThat(alert.requiresAck()).isTrue();
        assertThat(alert.subject()).startsWith("Red notice: ");
        assertThat(alert.link()).isEqualTo("/notices/" + draft.id());
        assertThat(alerts.inbox(thai, Alerts.InboxFilter.AWAITING_ACK, 0, 50).entries())
                .anyMatch(e -> e.alert().id().equals(alert.id()));
        assertThat(alerts.inbox(colleague, Alerts.InboxFilter.ALL, 0, 50).entries())
                .noneMatch(e -> e.alert().id().equals(alert.id()));

        NoticeView seen = notices.view(thai, draft.id());
        assertThat(seen.pendingAlert()).isEqualTo(alert.id());
        notices.acknowledge(thai, draft.id(), "PAGE");
        assertThat(notices.view(thai, draft.id()).pendingAlert()).isNull();
        assertThat(notices.view(supervisor, draft.id()).acknowledgements())
                .anySatisfy(m -> {
                    assertThat(m.memberCode()).isEqualTo("THA");
                    assertThat(m.acknowledged()).isTrue();
                });
        audit.flush();
        assertThat(jdbc.sql("select action from audit_entry where object_type = 'NOTICE' and object_id = :id")
                .param("id", draft.id().toString()).query(String.class).list())
                .contains("NOTICE_DRAFT", "NOTICE_SUBMIT", "NOTICE_REJECT", "NOTICE_APPROVE", "NOTICE_ISSUE",
                        "NOTICE_VIEW");
    }

    @Test
    void updatesAndTheCancellationReferToTheFirstNotification() {
        EadsUser supervisor = TestUsers.create(users, "IDN", Role.SUPERVISOR);
        EadsUser officer = TestUsers.create(users, "IDN", Role.OFFICER);
        EadsUser filipino = TestUsers.create(users, "PHL", Role.OFFICER);
        Notice n = notices.submit(supervisor, notices.draft(supervisor,
                NoticeTestSupport.selected(clock, "PHL")).id());
        assertThat(n.status()).isEqualTo(NoticeStatus.ISSUED);

        NoticeInput changed = new NoticeInput(n.type(), n.title(), "Now believed to be in Davao.", n.details(),
                List.of(), n.distribution(), n.members(), n.expiresOn().plusMonths(1), true, false);
        assertThatThrownBy(() -> notices.change(officer, n.id(), changed))
                .isInstanceOfSatisfying(NoticeStateException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
        Notice updated = notices.change(supervisor, n.id(), changed);
        assertThat(updated.status()).isEqualTo(NoticeStatus.UPDATED);
        assertThat(updated.revision()).isEqualTo(1);
        assertThatThrownBy(() -> notices.change(supervisor, n.id(), new NoticeInput(n.type(), n.title(),
                n.summary(), null, List.of(), Distribution.SELECTED, Set.of("PHL", "SGP"), n.expiresOn(), true, false)))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("distribution");

        assertThatThrownBy(() -> notices.cancel(officer, n.id(), "Arrested"))
                .isInstanceOfSatisfying(NoticeStateException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
        Notice cancelled = notices.cancel(supervisor, n.id(), "Arrested in Davao on 24 November");
        assertThat(cancelled.status()).isEqualTo(NoticeStatus.CANCELLED);

        List<Alert> sent = alerts.about(Notices.OBJECT, n.id().toString());
        assertThat(sent).extracting(Alert::messageType)
                .containsExactly(MessageType.ALERT, MessageType.UPDATE, MessageType.CANCEL);
        assertThat(sent.get(1).references()).isEqualTo(n.firstAlert());
        assertThat(sent.get(2).references()).isEqualTo(n.firstAlert());
        assertThat(sent.get(2).requiresAck()).isFalse();
        assertThat(sent.get(2).body()).contains("Arrested in Davao");
        assertThat(alerts.inbox(filipino, Alerts.InboxFilter.ALL, 0, 50).entries())
                .extracting(e -> e.alert().id()).containsAll(sent.stream().map(Alert::id).toList());
        assertThatThrownBy(() -> notices.cancel(supervisor, n.id(), "again"))
                .isInstanceOfSatisfying(NoticeStateException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.CONFLICT));
    }

    @Test
    void aDraftWithMistakesIsRefusedFieldByField() {
        EadsUser officer = TestUsers.create(users, "SGP", Role.OFFICER);
        NoticeInput bad = new NoticeInput(NoticeType.MISSING_PERSON, " ", null, null,
                List.of(UUID.randomUUID()), Distribution.SELECTED, Set.of("SGP", "XXX"),
                NoticeTestSupport.today(clock), true, false);
        assertThatThrownBy(() -> notices.draft(officer, bad))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("title").hasMessageContaining("summary")
                .hasMessageContaining("expiresOn: must be after today")
                .hasMessageContaining("records[0]").hasMessageContaining("'XXX' is not a member")
                .hasMessageContaining("is your own member");
        EadsUser auditor = TestUsers.create(users, "SGP", Role.AUDITOR);
        assertThatThrownBy(() -> notices.draft(auditor, NoticeTestSupport.selected(clock, "MYS")))
                .isInstanceOf(NoticeStateException.class);
    }

    @Test
    void thePagesTakeANoticeFromTheFormToItsAcknowledgement() throws Exception {
        EadsUser drafter = TestUsers.create(users, "VNM", Role.OFFICER);
        EadsUser supervisor = TestUsers.create(users, "VNM", Role.SUPERVISOR);
        EadsUser lao = TestUsers.create(users, "LAO", Role.OFFICER);

        String form = mvc.perform(get("/notices/new").with(TestUsers.as(drafter)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Draft a notice", "name=\"members\"", "Lao PDR");

        String invalid = mvc.perform(post("/notices").with(TestUsers.as(drafter)).with(csrf())
                        .param("type", "MISSING_PERSON").param("title", "").param("summary", "x")
                        .param("distribution", "SELECTED").param("expiresOn", "2020-01-01"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).contains("must be after today", "name at least one member");

        String location = mvc.perform(post("/notices").with(TestUsers.as(drafter)).with(csrf())
                        .param("type", "MISSING_PERSON").param("title", "Nguyen Thi Lan, 14, missing")
                        .param("summary", "Missing since 20 November from Hanoi; may be travelling to Vientiane.")
                        .param("distribution", "SELECTED").param("members", "LAO", "KHM")
                        .param("expiresOn", NoticeTestSupport.today(clock).plusMonths(3).toString())
                        .param("requiresAck", "true").param("_requiresAck", "on").param("_exercise", "on"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        String page = mvc.perform(get(location).with(TestUsers.as(drafter)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("notice-yellow", "Yellow · Missing person", "Submit for approval", "DRAFT");

        mvc.perform(post(location + "/submit").with(TestUsers.as(drafter)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/notices").with(TestUsers.as(supervisor)))
                .andReturn().getResponse().getContentAsString()).contains("Awaiting your approval", "Nguyen Thi Lan");
        mvc.perform(post(location + "/approve").with(TestUsers.as(drafter)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(notices.view(drafter, id).notice().status()).isEqualTo(NoticeStatus.PENDING_APPROVAL);
        mvc.perform(post(location + "/approve").with(TestUsers.as(supervisor)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        String seen = mvc.perform(get(location).with(TestUsers.as(lao)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(seen).contains("Acknowledge", "ISSUED", "CAP 1.2");
        mvc.perform(post(location + "/acknowledge").with(TestUsers.as(lao)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(notices.view(lao, id).pendingAlert()).isNull();

        String list = mvc.perform(get("/notices").param("type", "MISSING_PERSON").with(TestUsers.as(lao)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Nguyen Thi Lan", "notice-yellow");
    }

    @Test
    void theApiMirrorsThePages() throws Exception {
        EadsUser supervisor = TestUsers.create(users, "KHM", Role.SUPERVISOR);
        EadsUser bruneian = TestUsers.create(users, "BRN", Role.OFFICER);
        String body = """
                {"type": "THREAT", "title": "Planned attack on a Phnom Penh market",
                 "summary": "Credible information of an attack with explosives within 48 hours.",
                 "distribution": "SELECTED", "members": ["BRN"], "expiresOn": "%s", "requiresAck": true}
                """.formatted(NoticeTestSupport.today(clock).plusDays(7));
        String created = mvc.perform(post("/api/v1/notices").with(TestUsers.as(supervisor))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(created.replaceAll("(?s).*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1"));

        mvc.perform(post("/api/v1/notices/" + id + "/submit").with(TestUsers.as(supervisor)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ISSUED"));
        assertThat(alerts.about(Notices.OBJECT, id.toString()).getFirst().severity()).isEqualTo(Severity.CRITICAL);

        mvc.perform(get("/api/v1/notices/" + id).with(TestUsers.as(bruneian)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notice.type").value("THREAT"))
                .andExpect(jsonPath("$.pendingAlert").isString())
                .andExpect(jsonPath("$.may.approve").value(false));
        mvc.perform(post("/api/v1/notices/" + id + "/acknowledge").with(TestUsers.as(bruneian)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.acknowledgedAt").isString());
        mvc.perform(post("/api/v1/notices/" + id + "/acknowledge").with(TestUsers.as(bruneian)))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/notices").param("type", "THREAT").with(TestUsers.as(bruneian)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == '" + id + "')]").exists());
        mvc.perform(post("/api/v1/notices").with(TestUsers.as(supervisor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"THREAT\", \"distribution\": \"ALL_MEMBERS\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'expiresOn')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'title')]").exists());
        mvc.perform(post("/api/v1/notices/" + id + "/cancel").with(TestUsers.as(supervisor))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Threat averted\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
    }
}
