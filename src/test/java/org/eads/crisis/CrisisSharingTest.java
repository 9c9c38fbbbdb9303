package org.eads.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.eads.TestUsers;
import org.eads.audit.AuditLog;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CrisisSharingTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired AuditLog auditLog;
    @Autowired JdbcClient jdbc;

    @Test
    void aPartnerOutsideTheDistributionFindsNothing() throws Exception {
        EadsUser declarer = TestUsers.create(users, "IDN", Role.SUPERVISOR);
        EadsUser partner = TestUsers.create(users, "AUS", Role.SUPERVISOR, Role.CRISIS_CONTACT);
        EadsUser secretariat = TestUsers.create(users, "ASP", Role.OFFICER);
        UUID id = CrisisFixtures.declare(mvc, declarer, "Members-only bombing in Surabaya", "MEMBERS", false);
        UUID unknown = UUID.randomUUID();

        // the page and the API answer exactly as for a crisis that does not exist
        mvc.perform(get("/crises/" + id).with(TestUsers.as(partner))).andExpect(status().isNotFound());
        mvc.perform(get("/crises/" + id + "/live").with(TestUsers.as(partner))).andExpect(status().isNotFound());
        String hidden = CrisisFixtures.json(mvc.perform(get("/api/v1/crises/" + id).with(TestUsers.as(partner)))
                .andExpect(status().isNotFound())).get("detail").asString();
        String missing = CrisisFixtures.json(mvc.perform(get("/api/v1/crises/" + unknown)
                .with(TestUsers.as(partner))).andExpect(status().isNotFound())).get("detail").asString();
        assertThat(hidden.replace(id.toString(), "ID")).isEqualTo(missing.replace(unknown.toString(), "ID"));
        for (String part : new String[] {"requests", "sitreps", "intelligence", "acknowledgements"}) {
            mvc.perform(get("/api/v1/crises/" + id + "/" + part).with(TestUsers.as(partner)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/api/v1/crises/" + id + "/sitreps").with(TestUsers.as(partner))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Offer of help\"}"))
                .andExpect(status().isNotFound());

        assertThat(CrisisFixtures.body(mvc.perform(get("/crises").with(TestUsers.as(partner)))
                .andExpect(status().isOk()))).doesNotContain("Members-only bombing in Surabaya");
        assertThat(CrisisFixtures.body(mvc.perform(get("/api/v1/crises").with(TestUsers.as(partner)))
                .andExpect(status().isOk()))).doesNotContain(id.toString());

        // the Secretariat sees it
        assertThat(CrisisFixtures.body(mvc.perform(get("/crises").with(TestUsers.as(secretariat)))))
                .contains("Members-only bombing in Surabaya");
        mvc.perform(get("/crises/" + id).with(TestUsers.as(secretariat))).andExpect(status().isOk());

        // every view, list and change is in the audit log, the refused views as views of nothing
        auditLog.flush();
        List<String> entries = jdbc.sql("""
                        select username || ' ' || action || ' ' || outcome from audit_entry
                        where object_id = :id or (action = 'CRISIS_LIST' and username = :partner)
                        order by seq""").param("id", id.toString()).param("partner", partner.username())
                .query(String.class).list();
        assertThat(entries).contains(declarer.username() + " CRISIS_DECLARE OK",
                partner.username() + " CRISIS_VIEW NOT_FOUND", partner.username() + " CRISIS_LIST OK",
                secretariat.username() + " CRISIS_VIEW OK");
    }

    @Test
    void partnersSeeACrisisDistributedToThemButNotAMembersOnlySitrepOfIt() throws Exception {
        EadsUser declarer = TestUsers.create(users, "KHM", Role.CRISIS_CONTACT);
        EadsUser partner = TestUsers.create(users, "GBR", Role.OFFICER);
        EadsUser observer = TestUsers.create(users, "TLS", Role.SUPERVISOR);
        UUID id = CrisisFixtures.declare(mvc, declarer, "Cyber attack on Phnom Penh grid", "MEMBERS_AND_PARTNERS",
                false);

        mvc.perform(post("/api/v1/crises/" + id + "/sitreps").with(TestUsers.as(declarer))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Attribution under way; members only\",\"distribution\":\"MEMBERS\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/crises/" + id + "/sitreps").with(TestUsers.as(declarer))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Power restored in two districts\"}"))
                .andExpect(status().isCreated());

        String board = CrisisFixtures.body(mvc.perform(get("/crises/" + id).with(TestUsers.as(partner)))
                .andExpect(status().isOk()));
        assertThat(board).contains("Cyber attack on Phnom Penh grid", "Power restored in two districts")
                .doesNotContain("Attribution under way");
        assertThat(CrisisFixtures.body(mvc.perform(get("/api/v1/crises/" + id + "/sitreps")
                .with(TestUsers.as(partner))))).doesNotContain("Attribution under way");
        assertThat(CrisisFixtures.body(mvc.perform(get("/crises/" + id).with(TestUsers.as(declarer)))))
                .contains("Attribution under way");

        // observers are not in any distribution
        mvc.perform(get("/crises/" + id).with(TestUsers.as(observer))).andExpect(status().isNotFound());
        assertThat(CrisisFixtures.body(mvc.perform(get("/crises").with(TestUsers.as(observer)))))
                .doesNotContain("Cyber attack on Phnom Penh grid");
    }
}
