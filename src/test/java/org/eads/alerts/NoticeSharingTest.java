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
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.InvalidRecordException;
import org.eads.records.Records;
import org.eads.records.SharedRecord;
import org.eads.sharing.SharingLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@Import(NoticeTestSupport.class)
class NoticeSharingTest {

    @Autowired Notices notices;
    @Autowired Alerts alerts;
    @Autowired Records records;
    @Autowired Users users;
    @Autowired TestClock clock;
    @Autowired MockMvc mvc;

    @Test
    void aMemberOutsideTheDistributionLearnsNothingOfTheNotice() throws Exception {
        EadsUser issuer = TestUsers.create(users, "MYS", Role.SUPERVISOR);
        EadsUser thai = TestUsers.create(users, "THA", Role.OFFICER);
        EadsUser outsider = TestUsers.create(users, "MMR", Role.SUPERVISOR);
        Notice n = notices.submit(issuer, notices.draft(issuer, NoticeTestSupport.selected(clock, "THA")).id());
        UUID alert = n.firstAlert();

        assertThat(notices.list(thai, new NoticeFilter(null, NoticeFilter.State.ALL))).extracting(Notice::id)
                .contains(n.id());
        assertThat(notices.list(outsider, new NoticeFilter(null, NoticeFilter.State.ALL))).extracting(Notice::id)
                .doesNotContain(n.id());
        assertThatThrownBy(() -> notices.view(outsider, n.id())).isInstanceOf(NoticeNotFoundException.class);
        assertThatThrownBy(() -> notices.flag(outsider, n.id(), "no"))
                .isInstanceOf(NoticeNotFoundException.class);

        assertThat(mvc.perform(get("/notices").param("state", "ALL").with(TestUsers.as(outsider)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).doesNotContain(n.title());
        mvc.perform(get("/notices/" + n.id()).with(TestUsers.as(outsider))).andExpect(status().isNotFound());
        mvc.perform(get("/notices/" + n.id() + "/cap").with(TestUsers.as(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notices/" + n.id() + "/flag").param("reason", "x").with(TestUsers.as(outsider))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/notices/" + n.id()).with(TestUsers.as(outsider)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Notice not found"));
        mvc.perform(get("/api/v1/notices").param("state", "ALL").with(TestUsers.as(outsider)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == '" + n.id() + "')]").doesNotExist());
        mvc.perform(get("/api/v1/alerts/" + alert + "/cap").with(TestUsers.as(outsider)))
                .andExpect(status().isNotFound());
        // the same answers as for a notice and a notification that do not exist
        mvc.perform(get("/api/v1/notices/" + UUID.randomUUID()).with(TestUsers.as(outsider)))
                .andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/alerts/" + alert + "/cap").with(TestUsers.as(thai)))
                .andExpect(status().isOk());
        mvc.perform(get("/notices/" + n.id() + "/cap").with(TestUsers.as(thai))).andExpect(status().isOk());
    }

    @Test
    void referencedRecordsAreShownOnlyAsTheirOwnSharingAllows() throws Exception {
        EadsUser issuer = TestUsers.create(users, "MYS", Role.SUPERVISOR);
        EadsUser thai = TestUsers.create(users, "THA", Role.OFFICER);
        EadsUser singaporean = TestUsers.create(users, "SGP", Role.OFFICER);
        SharedRecord forThailand = records.create(issuer,
                NoticeTestSupport.person("Somchai Rattanakorn", SharingLevel.SELECTED, Set.of("THA")));
        SharedRecord national = records.create(issuer,
                NoticeTestSupport.person("Lim Wei Jie", SharingLevel.NATIONAL, null));
        SharedRecord thaiOnly = records.create(thai,
                NoticeTestSupport.person("Anan Srisuk", SharingLevel.NATIONAL, null));

        assertThatThrownBy(() -> notices.draft(issuer, NoticeTestSupport.wanted(clock, Distribution.SELECTED,
                Set.of("THA"), List.of(thaiOnly.id()))))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("records[0]");

        Notice n = notices.submit(issuer, notices.draft(issuer, NoticeTestSupport.wanted(clock,
                Distribution.SELECTED, Set.of("THA", "SGP"), List.of(forThailand.id(), national.id()))).id());

        assertThat(notices.view(thai, n.id()).records()).extracting(ReferencedRecord::text)
                .containsExactly("Somchai Rattanakorn", "a record of MYS (not shared with you)");
        assertThat(notices.view(singaporean, n.id()).records())
                .allSatisfy(r -> {
                    assertThat(r.shown()).isFalse();
                    assertThat(r.id()).isNull();
                    assertThat(r.label()).isNull();
                })
                .extracting(ReferencedRecord::text).containsOnly("a record of MYS (not shared with you)");
        assertThat(notices.view(issuer, n.id()).records()).extracting(ReferencedRecord::shown)
                .containsExactly(true, true);

        String page = mvc.perform(get("/notices/" + n.id()).with(TestUsers.as(singaporean)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("a record of MYS (not shared with you)").doesNotContain("Somchai", "Lim Wei Jie")
                .doesNotContain(forThailand.id().toString());
        String api = mvc.perform(get("/api/v1/notices/" + n.id()).with(TestUsers.as(singaporean)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(api).doesNotContain("Somchai", forThailand.id().toString(), national.id().toString());
    }

    @Test
    void aFlagIsSeenByTheIssuerTheSecretariatAndTheFlaggingMemberOnly() throws Exception {
        EadsUser issuer = TestUsers.create(users, "PHL", Role.SUPERVISOR);
        EadsUser thaiSupervisor = TestUsers.create(users, "THA", Role.SUPERVISOR);
        EadsUser thaiOfficer = TestUsers.create(users, "THA", Role.OFFICER);
        EadsUser secretariat = TestUsers.create(users, "ASP", Role.OFFICER);
        EadsUser singaporean = TestUsers.create(users, "SGP", Role.FOCAL_POINT, Role.OFFICER);
        EadsUser partner = TestUsers.create(users, "AUS", Role.SUPERVISOR);
        Notice n = notices.submit(issuer, notices.draft(issuer, NoticeTestSupport.wanted(clock,
                Distribution.ALL_MEMBERS, Set.of(), List.of())).id());
        assertThat(n.members()).contains("THA", "SGP", "ASP").doesNotContain("PHL", "AUS", "TLS");
        assertThatThrownBy(() -> notices.view(partner, n.id())).isInstanceOf(NoticeNotFoundException.class);

        assertThatThrownBy(() -> notices.flag(thaiOfficer, n.id(), "no"))
                .isInstanceOfSatisfying(NoticeStateException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
        assertThatThrownBy(() -> notices.flag(issuer, n.id(), "no")).isInstanceOf(NoticeStateException.class);
        notices.flag(thaiSupervisor, n.id(), "The offence is not a crime under Thai law");
        mvc.perform(post("/api/v1/notices/" + n.id() + "/flag").with(TestUsers.as(singaporean))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Political character\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.memberCode").value("SGP"));

        assertThat(notices.view(issuer, n.id()).flags()).extracting(NoticeFlag::memberCode)
                .containsExactly("SGP", "THA");
        assertThat(notices.view(secretariat, n.id()).flags()).extracting(NoticeFlag::memberCode)
                .containsExactly("SGP", "THA");
        assertThat(notices.view(thaiOfficer, n.id()).flags()).extracting(NoticeFlag::memberCode)
                .containsExactly("THA");
        NoticeView singapore = notices.view(singaporean, n.id());
        assertThat(singapore.flags()).extracting(NoticeFlag::memberCode).containsExactly("SGP");
        assertThat(singapore.ownFlag().reason()).isEqualTo("Political character");

        String page = mvc.perform(get("/notices/" + n.id()).with(TestUsers.as(singaporean)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Political character").doesNotContain("Thai law");

        notices.unflag(singaporean, n.id());
        assertThat(notices.view(issuer, n.id()).flags()).extracting(NoticeFlag::memberCode).containsExactly("THA");
    }
}
