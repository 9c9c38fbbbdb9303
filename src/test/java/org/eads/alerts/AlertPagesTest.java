package org.eads.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AlertPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Alerts alerts;

    @Test
    void theInboxListsANotificationWhichIsAcknowledgedOnItsPageAndTheSenderSeesWho() throws Exception {
        EadsUser sender = TestUsers.create(users, "KHM", Role.OFFICER);
        EadsUser contact = TestUsers.create(users, "LAO", Role.OFFICER, Role.CRISIS_CONTACT);
        UUID id = alerts.send(Sender.of(sender), NewAlert.of(AlertKind.CRISIS, "Bombing at the Phnom Penh market",
                Recipients.role("LAO", Role.CRISIS_CONTACT)).body("Two devices; more expected."));

        String inbox = mvc.perform(get("/alerts").with(TestUsers.as(contact))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(inbox).contains("Bombing at the Phnom Penh market", "CRITICAL", "Acknowledge", "unread");
        String page = mvc.perform(get("/alerts/" + id).with(TestUsers.as(contact))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Two devices; more expected.", "Acknowledge by");

        mvc.perform(post("/alerts/" + id + "/ack").with(TestUsers.as(contact)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String status = mvc.perform(get("/alerts/" + id).with(TestUsers.as(sender))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(status).contains("Who has it", "LAO", "by " + contact.displayName(), "(PAGE)");

        // neither a recipient nor of the sending member: as if it did not exist
        EadsUser other = TestUsers.create(users, "LAO", Role.OFFICER);
        mvc.perform(get("/alerts/" + id).with(TestUsers.as(other))).andExpect(status().isNotFound());
        mvc.perform(post("/alerts/" + id + "/ack").with(TestUsers.as(other)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiListsAcknowledgesAndSendsDviNotifications() throws Exception {
        EadsUser sender = TestUsers.create(users, "THA", Role.OFFICER);
        EadsUser machine = TestUsers.create(users, "MYS", Role.API_CLIENT);
        EadsUser supervisor = TestUsers.create(users, "MYS", Role.SUPERVISOR);
        String created = mvc.perform(post("/api/v1/alerts").with(TestUsers.as(sender))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind": "DVI", "subject": "DVI team needed in Phuket", "roles": ["MYS:SUPERVISOR"],
                                 "requiresAck": true}"""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("DVI"))
                .andReturn().getResponse().getContentAsString();
        String id = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        mvc.perform(get("/api/v1/alerts?filter=AWAITING_ACK").with(TestUsers.as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notifications[?(@.alert.id == '" + id + "')]").exists());
        mvc.perform(post("/api/v1/alerts/" + id + "/ack").with(TestUsers.as(supervisor)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.acknowledgedAt").exists());
        mvc.perform(get("/api/v1/alerts/" + id + "/receipts").with(TestUsers.as(sender)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.members[0].memberCode").value("MYS"))
                .andExpect(jsonPath("$.members[0].acknowledgedBy").value(supervisor.displayName()));
        // a machine of the receiving member is not a recipient of a role-addressed alert
        mvc.perform(post("/api/v1/alerts/" + id + "/ack").with(TestUsers.as(machine)))
                .andExpect(status().isNotFound());

        mvc.perform(post("/api/v1/alerts").with(TestUsers.as(sender)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "CRISIS", "subject": " ", "roles": ["MYS"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'roles[0]')]").exists());
    }

    @Test
    void adminsSetTheirMembersWebhookAndSeeTheKeyOnce() throws Exception {
        EadsUser admin = TestUsers.create(users, "PNG", Role.MEMBER_ADMIN);
        var result = mvc.perform(post("/admin/alerts/webhook").with(TestUsers.as(admin)).with(csrf())
                        .param("url", "https://alerts.police.example/eads").param("minSeverity", "URGENT")
                        .param("enabled", "true"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat((String) result.getFlashMap().get("newKey")).hasSize(64);
        String page = mvc.perform(get("/admin/alerts").with(TestUsers.as(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("https://alerts.police.example/eads", "Webhook of <span>PNG</span>");

        var refused = mvc.perform(post("/admin/alerts/webhook").with(TestUsers.as(admin)).with(csrf())
                        .param("url", "ftp://x").param("minSeverity", "URGENT"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat((String) refused.getFlashMap().get("problem")).contains("http or https");

        EadsUser officer = TestUsers.create(users, "PNG", Role.OFFICER);
        mvc.perform(get("/admin/alerts").with(TestUsers.as(officer))).andExpect(status().isForbidden());
    }
}
