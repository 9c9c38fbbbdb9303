package org.eads.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eads.TestUsers;
import org.eads.audit.AuditLog;
import org.eads.member.Member;
import org.eads.member.MemberKind;
import org.eads.member.Members;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AdministrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    Members members;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog auditLog;

    @Test
    void aSecretariatAdministratorCreatesUsersInAnyMember() throws Exception {
        EadsUser admin = TestUsers.create(users, "ASP", Role.SECRETARIAT_ADMIN);
        String username = "somchai." + System.nanoTime();
        long agency = members.agenciesOf("THA").getFirst().id();
        MockHttpServletResponse created = mvc.perform(post("/admin/users").with(TestUsers.as(admin)).with(csrf())
                .param("username", username).param("displayName", "Somchai Prasert")
                .param("email", "somchai@police.example").param("memberCode", "THA")
                .param("agencyId", Long.toString(agency)).param("roles", "OFFICER", "SUPERVISOR")
                .param("password", TestUsers.PASSWORD)).andReturn().getResponse();
        EadsUser user = users.find(username).orElseThrow();
        assertThat(created.getRedirectedUrl()).isEqualTo("/admin/users/" + user.id());
        assertThat(user.memberCode()).isEqualTo("THA");
        assertThat(user.agencyId()).isEqualTo(agency);
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.OFFICER, Role.SUPERVISOR);
        assertThat(audit(username)).contains("ADMIN_CHANGE OK created in THA with roles [OFFICER, SUPERVISOR]");

        String page = mvc.perform(get("/admin/users/" + user.id()).with(TestUsers.as(admin))).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Somchai Prasert").contains("Royal Thai Police");
        String list = mvc.perform(get("/admin/users").param("member", "THA").with(TestUsers.as(admin))).andReturn()
                .getResponse().getContentAsString();
        assertThat(list).contains(username);
    }

    @Test
    void aMemberAdministratorSeesAndChangesOnlyTheirOwnMembersUsers() throws Exception {
        EadsUser admin = TestUsers.create(users, "THA", Role.MEMBER_ADMIN);
        EadsUser colleague = TestUsers.create(users, "THA", Role.OFFICER);
        EadsUser foreign = TestUsers.create(users, "MYS", Role.OFFICER);

        String list = mvc.perform(get("/admin/users").param("member", "MYS").with(TestUsers.as(admin)))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains(colleague.username()).doesNotContain(foreign.username());

        assertThat(status(get("/admin/users/" + foreign.id()).with(TestUsers.as(admin)))).isEqualTo(403);
        assertThat(status(post("/admin/users/" + foreign.id() + "/disable").with(TestUsers.as(admin)).with(csrf())))
                .isEqualTo(403);
        assertThat(users.account(foreign.username()).orElseThrow().enabled()).isTrue();
        assertThat(status(post("/admin/users").with(TestUsers.as(admin)).with(csrf())
                .param("username", "intruder." + System.nanoTime()).param("displayName", "X")
                .param("memberCode", "MYS").param("roles", "OFFICER").param("password", TestUsers.PASSWORD)))
                .isEqualTo(403);
        assertThat(audit(foreign.username())).anyMatch(e -> e.startsWith("ADMIN_CHANGE DENIED"));

        assertThat(status(post("/admin/users/" + colleague.id() + "/disable").with(TestUsers.as(admin))
                .with(csrf()))).isEqualTo(302);
        assertThat(users.account(colleague.username()).orElseThrow().enabled()).isFalse();
        assertThat(audit(colleague.username())).contains("ADMIN_CHANGE OK disabled");
    }

    @Test
    void aMemberAdministratorCannotGrantSecretariatRolesNorTouchAuditors() throws Exception {
        EadsUser admin = TestUsers.create(users, "PHL", Role.MEMBER_ADMIN);
        EadsUser colleague = TestUsers.create(users, "PHL", Role.OFFICER);
        EadsUser auditor = TestUsers.create(users, "PHL", Role.AUDITOR);

        assertThat(status(post("/admin/users").with(TestUsers.as(admin)).with(csrf())
                .param("username", "phl.auditor." + System.nanoTime()).param("displayName", "X")
                .param("memberCode", "PHL").param("roles", "AUDITOR").param("password", TestUsers.PASSWORD)))
                .isEqualTo(403);
        assertThat(status(post("/admin/users/" + colleague.id() + "/roles").with(TestUsers.as(admin)).with(csrf())
                .param("roles", "OFFICER", "SECRETARIAT_ADMIN"))).isEqualTo(403);
        assertThat(users.find(colleague.id()).orElseThrow().roles()).containsExactly(Role.OFFICER);
        assertThat(status(post("/admin/users/" + auditor.id() + "/disable").with(TestUsers.as(admin)).with(csrf())))
                .isEqualTo(403);
        assertThat(status(post("/admin/users/" + auditor.id() + "/roles").with(TestUsers.as(admin)).with(csrf())
                .param("roles", "OFFICER"))).isEqualTo(403);
        // the form offers only what may be granted
        String form = mvc.perform(get("/admin/users/new").with(TestUsers.as(admin))).andReturn().getResponse()
                .getContentAsString();
        assertThat(form).contains("value=\"OFFICER\"").doesNotContain("value=\"AUDITOR\"")
                .doesNotContain("value=\"SECRETARIAT_ADMIN\"");
    }

    @Test
    void onlySecretariatAdministratorsOpenMembersAndAgencies() throws Exception {
        EadsUser memberAdmin = TestUsers.create(users, "VNM", Role.MEMBER_ADMIN);
        EadsUser officer = TestUsers.create(users, "VNM", Role.OFFICER);
        assertThat(status(get("/admin/members").with(TestUsers.as(memberAdmin)))).isEqualTo(403);
        assertThat(status(get("/admin/agencies").with(TestUsers.as(memberAdmin)))).isEqualTo(403);
        assertThat(status(post("/admin/agencies").with(TestUsers.as(memberAdmin)).with(csrf())
                .param("memberCode", "VNM").param("name", "Sneaky agency"))).isEqualTo(403);
        assertThat(status(get("/admin/users").with(TestUsers.as(officer)))).isEqualTo(403);
        String forbidden = mvc.perform(get("/admin/users").with(TestUsers.as(officer))).andReturn().getResponse()
                .getContentAsString();
        assertThat(forbidden).isEmpty(); // MockMvc does not render error pages; ErrorPagesTest covers them
    }

    @Test
    void mistakesInTheUserFormAreShownNextToTheField() throws Exception {
        EadsUser admin = TestUsers.create(users, "ASP", Role.SECRETARIAT_ADMIN);
        MockHttpServletResponse shortPassword = mvc.perform(post("/admin/users").with(TestUsers.as(admin))
                .with(csrf()).param("username", "short.pw." + System.nanoTime()).param("displayName", "X")
                .param("memberCode", "IDN").param("roles", "OFFICER").param("password", "short")).andReturn()
                .getResponse();
        assertThat(shortPassword.getStatus()).isEqualTo(200);
        assertThat(shortPassword.getContentAsString()).contains("at least 12 characters")
                .contains("id=\"password-problem\"").contains("aria-invalid=\"true\"");

        EadsUser existing = TestUsers.create(users, "IDN", Role.OFFICER);
        assertThat(mvc.perform(post("/admin/users").with(TestUsers.as(admin)).with(csrf())
                .param("username", existing.username()).param("displayName", "X").param("memberCode", "IDN")
                .param("roles", "OFFICER").param("password", TestUsers.PASSWORD)).andReturn().getResponse()
                .getContentAsString()).contains("already taken");

        assertThat(mvc.perform(post("/admin/users").with(TestUsers.as(admin)).with(csrf())
                .param("username", "thai.admin." + System.nanoTime()).param("displayName", "X")
                .param("memberCode", "THA").param("roles", "SECRETARIAT_ADMIN").param("password", TestUsers.PASSWORD))
                .andReturn().getResponse().getContentAsString()).contains("Only Secretariat staff");

        assertThat(status(post("/admin/users").with(TestUsers.as(admin)).with(csrf())
                .param("username", "x." + System.nanoTime()).param("roles", "NO_SUCH_ROLE")
                .param("agencyId", "not-a-number"))).isEqualTo(200);
        assertThat(status(get("/admin/users/not-a-number").with(TestUsers.as(admin)))).isEqualTo(400);
        assertThat(status(get("/admin/users/999999999").with(TestUsers.as(admin)))).isEqualTo(404);
        assertThat(status(post("/admin/users/" + admin.id() + "/disable").with(TestUsers.as(admin)).with(csrf())))
                .isEqualTo(200);
        assertThat(users.account(admin.username()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void resetsEndTheUsersSessionsAndTakeEffect() throws Exception {
        EadsUser admin = TestUsers.create(users, "SGP", Role.MEMBER_ADMIN);
        EadsUser user = TestUsers.create(users, "SGP", Role.OFFICER);
        String secret = users.newTotpSecret();
        users.enrolTotp(user.username(), secret);
        PageSession browser = new PageSession(mvc, PageSession.freshAddress());
        browser.signIn(user.username(), TestUsers.PASSWORD, secret, 0);
        assertThat(browser.get("/account").getResponse().getStatus()).isEqualTo(200);

        String newPassword = "Another-Long-Passphrase-42";
        assertThat(status(post("/admin/users/" + user.id() + "/password").with(TestUsers.as(admin)).with(csrf())
                .param("password", newPassword))).isEqualTo(302);
        assertThat(browser.get("/account").getResponse().getRedirectedUrl()).endsWith("/login");

        assertThat(status(post("/admin/users/" + user.id() + "/reset-totp").with(TestUsers.as(admin))
                .with(csrf()))).isEqualTo(302);
        assertThat(users.account(user.username()).orElseThrow().totpEnrolled()).isFalse();
        browser.get("/login");
        browser.post("/login", "username", user.username(), "password", newPassword);
        assertThat(browser.get("/login/totp").getResponse().getRedirectedUrl()).isEqualTo("/login/enrol");
        assertThat(audit(user.username())).contains("ADMIN_CHANGE OK password reset",
                "ADMIN_CHANGE OK second factor reset");
    }

    @Test
    void aLockedAccountIsShownAndCanBeUnlocked() throws Exception {
        EadsUser admin = TestUsers.create(users, "MMR", Role.MEMBER_ADMIN);
        EadsUser user = TestUsers.create(users, "MMR", Role.OFFICER);
        jdbc.sql("update app_user set failed_logins = 5, locked_until = now() + interval '10 minutes' where id = :id")
                .param("id", user.id()).update();
        String page = mvc.perform(get("/admin/users/" + user.id()).with(TestUsers.as(admin))).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).containsPattern("locked until \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC");
        assertThat(status(post("/admin/users/" + user.id() + "/unlock").with(TestUsers.as(admin)).with(csrf())))
                .isEqualTo(302);
        UserAccount account = users.account(user.username()).orElseThrow();
        assertThat(account.lockedUntil()).isNull();
        assertThat(account.failedLogins()).isZero();
        assertThat(audit(user.username())).contains("ADMIN_CHANGE OK unlocked");
    }

    @Test
    void anApiClientsTokenIsShownOnceAndWorks() throws Exception {
        EadsUser admin = TestUsers.create(users, "AUS", Role.MEMBER_ADMIN);
        EadsUser machine = TestUsers.create(users, "AUS", Role.API_CLIENT);
        String page = mvc.perform(post("/admin/users/" + machine.id() + "/tokens").with(TestUsers.as(admin))
                .with(csrf()).param("label", "visa screening").param("hours", "48")).andReturn().getResponse()
                .getContentAsString();
        Matcher token = Pattern.compile("id=\"issued-token\">(eads_[^<]+)<").matcher(page);
        assertThat(token.find()).isTrue();
        assertThat(status(get("/api/v1/me").header("Authorization", "Bearer " + token.group(1)))).isEqualTo(200);
        assertThat(mvc.perform(get("/admin/users/" + machine.id()).with(TestUsers.as(admin))).andReturn()
                .getResponse().getContentAsString()).contains("visa screening").doesNotContain(token.group(1));

        EadsUser person = TestUsers.create(users, "AUS", Role.OFFICER);
        assertThat(mvc.perform(post("/admin/users/" + person.id() + "/tokens").with(TestUsers.as(admin))
                .with(csrf()).param("hours", "1")).andReturn().getResponse().getContentAsString())
                .contains("API_CLIENT role");
    }

    @Test
    void theSecretariatAddsPartnersAndAgenciesAndDeactivatesMembers() throws Exception {
        EadsUser admin = TestUsers.create(users, "ASP", Role.SECRETARIAT_ADMIN);
        String code = "T" + (char) ('A' + ThreadLocalRandom.current().nextInt(26)) + System.nanoTime() % 10_000_000;
        assertThat(status(post("/admin/members").with(TestUsers.as(admin)).with(csrf()).param("code", code)
                .param("name", "Test Police Service").param("kind", "OBSERVER"))).isEqualTo(302);
        assertThat(members.get(code)).isEqualTo(new Member(code, null, "Test Police Service", MemberKind.OBSERVER,
                true));
        assertThat(status(post("/admin/members/" + code).with(TestUsers.as(admin)).with(csrf())
                .param("name", "Test Police Service (renamed)").param("alpha2", "xx").param("kind", "PARTNER")))
                .isEqualTo(302);
        assertThat(members.get(code).kind()).isEqualTo(MemberKind.PARTNER);
        assertThat(members.get(code).alpha2()).isEqualTo("XX");

        assertThat(mvc.perform(post("/admin/members").with(TestUsers.as(admin)).with(csrf()).param("code", "THA")
                .param("name", "Again").param("kind", "PARTNER")).andReturn().getResponse().getContentAsString())
                .contains("exists already");
        assertThat(mvc.perform(post("/admin/members/THA").with(TestUsers.as(admin)).with(csrf())
                .param("name", "Siam").param("kind", "PARTNER")).andReturn().getResponse().getContentAsString())
                .contains("are fixed");
        assertThat(status(get("/admin/members/NOPE/edit").with(TestUsers.as(admin)))).isEqualTo(404);

        assertThat(status(post("/admin/agencies").with(TestUsers.as(admin)).with(csrf()).param("memberCode", code)
                .param("name", "Test Police - Cyber Unit"))).isEqualTo(302);
        assertThat(members.agenciesOf(code)).extracting(a -> a.name()).containsExactly("Test Police - Cyber Unit");
        assertThat(mvc.perform(post("/admin/agencies").with(TestUsers.as(admin)).with(csrf())
                .param("memberCode", code).param("name", "Test Police - Cyber Unit")).andReturn().getResponse()
                .getContentAsString()).contains("has an agency of this name already");

        EadsUser user = TestUsers.create(users, code, Role.OFFICER);
        String secret = users.newTotpSecret();
        users.enrolTotp(user.username(), secret);
        assertThat(status(post("/admin/members/" + code + "/deactivate").with(TestUsers.as(admin)).with(csrf())))
                .isEqualTo(302);
        assertThat(members.get(code).active()).isFalse();
        PageSession browser = new PageSession(mvc, PageSession.freshAddress());
        browser.get("/login");
        assertThat(browser.post("/login", "username", user.username(), "password", TestUsers.PASSWORD)
                .getResponse().getRedirectedUrl()).isEqualTo("/login?error=1");
        assertThat(status(post("/admin/members/" + code + "/activate").with(TestUsers.as(admin)).with(csrf())))
                .isEqualTo(302);
        assertThat(members.get(code).active()).isTrue();

        mvc.perform(post("/admin/members/ASP/deactivate").with(TestUsers.as(admin)).with(csrf()));
        assertThat(members.get("ASP").active()).isTrue();
        assertThat(audit(code)).contains("ADMIN_CHANGE OK deactivated", "ADMIN_CHANGE OK activated");
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    /** The audit entries about an object, as "ACTION OUTCOME details". */
    private java.util.List<String> audit(String objectId) {
        auditLog.flush();
        return jdbc.sql("select action || ' ' || outcome || ' ' || coalesce(details, '') from audit_entry"
                + " where object_id = :id order by seq").param("id", objectId).query(String.class).list();
    }
}
