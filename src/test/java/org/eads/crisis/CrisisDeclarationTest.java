package org.eads.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eads.TestUsers;
import org.eads.alerts.Alert;
import org.eads.alerts.AlertKind;
import org.eads.alerts.Alerts;
import org.eads.alerts.InboxEntry;
import org.eads.alerts.MessageType;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CrisisDeclarationTest {

    private static final List<String> MEMBERS_AND_SECRETARIAT = List.of("BRN", "KHM", "IDN", "LAO", "MYS", "MMR",
            "PHL", "SGP", "THA", "VNM", "ASP");

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Alerts alerts;

    private final List<EadsUser> contacts = new ArrayList<>();

    /**
     * The crisis contacts made here hold the role at every member: other tests of the same database count the
     * holders of the role at a member, so they stop holding it once this test is done.
     */
    @AfterEach
    void disableContacts() {
        contacts.forEach(c -> users.disable(c.username()));
    }

    private EadsUser contact(String memberCode) {
        EadsUser user = TestUsers.create(users, memberCode, Role.OFFICER, Role.CRISIS_CONTACT);
        contacts.add(user);
        return user;
    }

    @Test
    void declaringReachesEveryMembersCrisisContactAndTheBoardShowsWhoHasNotAcknowledged() throws Exception {
        EadsUser declarer = TestUsers.create(users, "MYS", Role.SUPERVISOR);
        Map<String, EadsUser> memberContacts = new LinkedHashMap<>();
        for (String code : MEMBERS_AND_SECRETARIAT) {
            memberContacts.put(code, contact(code));
        }
        EadsUser partnerContact = contact("AUS");

        UUID id = CrisisFixtures.declare(mvc, declarer, "Explosion at Bukit Bintang", "MEMBERS", false);

        UUID declaration = null;
        for (EadsUser contact : memberContacts.values()) {
            InboxEntry entry = crisisAlert(contact, id);
            assertThat(entry.alert().kind()).isEqualTo(AlertKind.CRISIS);
            assertThat(entry.awaitingAck()).isTrue();
            assertThat(entry.alert().exercise()).isFalse();
            declaration = entry.alert().id();
        }
        UUID declarationId = declaration;
        // one alert for all of them, and none for a partner outside the distribution
        for (EadsUser contact : memberContacts.values()) {
            assertThat(crisisAlert(contact, id).alert().id()).isEqualTo(declarationId);
        }
        assertThat(alerts.inbox(partnerContact, Alerts.InboxFilter.ALL, 0, 200).entries())
                .noneMatch(e -> e.alert().id().equals(declarationId));

        // Thailand's contact sees the button and acknowledges on the board
        EadsUser thai = memberContacts.get("THA");
        assertThat(CrisisFixtures.body(mvc.perform(get("/crises/" + id).with(TestUsers.as(thai)))
                .andExpect(status().isOk()))).contains("Acknowledge the crisis alert");
        mvc.perform(post("/crises/" + id + "/acknowledgement").with(TestUsers.as(thai)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(CrisisFixtures.body(mvc.perform(get("/crises/" + id).with(TestUsers.as(thai)))))
                .doesNotContain("Acknowledge the crisis alert");
        // Viet Nam's through the API
        mvc.perform(post("/api/v1/crises/" + id + "/acknowledgement").with(TestUsers.as(memberContacts.get("VNM"))))
                .andExpect(status().isOk());

        String board = CrisisFixtures.body(mvc.perform(get("/crises/" + id).with(TestUsers.as(declarer)))
                .andExpect(status().isOk()));
        Map<String, String> rows = acknowledgementRows(board);
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(MEMBERS_AND_SECRETARIAT);
        assertThat(rows.get("THA")).contains("acknowledged by").doesNotContain("not acknowledged");
        assertThat(rows.get("VNM")).contains("acknowledged by").doesNotContain("not acknowledged");
        for (String code : List.of("BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "ASP")) {
            assertThat(rows.get(code)).contains("class=\"text-danger\"").contains("not acknowledged");
        }
        // the live part refreshes itself on pushed events and on a timer
        assertThat(board).contains("hx-trigger=\"sse:ack, sse:alert, every 10s\"")
                .contains("hx-get=\"/crises/" + id + "/live\"");
        assertThat(CrisisFixtures.body(mvc.perform(get("/crises/" + id + "/live").with(TestUsers.as(declarer)))
                .andExpect(status().isOk()))).contains("not acknowledged").doesNotContain("<html");

        assertThat(CrisisFixtures.json(mvc.perform(get("/api/v1/crises/" + id + "/acknowledgements")
                .with(TestUsers.as(declarer))).andExpect(status().isOk())).toString())
                .contains("\"memberCode\":\"THA\",\"memberName\":\"Thailand\",\"acknowledged\":true");
    }

    @Test
    void anExerciseMarksTheCrisisAndEveryAlertOfIt() throws Exception {
        EadsUser declarer = contact("PHL");
        EadsUser singapore = contact("SGP");
        EadsUser partner = contact("JPN");
        UUID id = CrisisFixtures.declare(mvc, declarer, "Regional hostage exercise", "MEMBERS_AND_PARTNERS", true);

        Alert declaration = crisisAlert(singapore, id).alert();
        assertThat(declaration.exercise()).isTrue();
        assertThat(crisisAlert(partner, id).alert().exercise()).isTrue();

        mvc.perform(put("/api/v1/crises/" + id + "/status").with(TestUsers.as(declarer))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"CONTAINED\"}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/crises/" + id + "/casualties").with(TestUsers.as(declarer))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"dead\":5,\"injured\":40,\"missing\":0}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/crises/" + id + "/status").with(TestUsers.as(declarer))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"CLOSED\",\"note\":\"All hostages freed\"}"))
                .andExpect(status().isOk());

        List<Alert> updates = alerts.about("CRISIS", id.toString()).stream()
                .filter(a -> a.kind() == AlertKind.CRISIS_UPDATE).toList();
        assertThat(updates).hasSize(3).allSatisfy(a -> {
            assertThat(a.exercise()).isTrue();
            assertThat(a.messageType()).isEqualTo(MessageType.UPDATE);
            assertThat(a.references()).isEqualTo(declaration.id());
            assertThat(a.requiresAck()).isFalse();
        });
        assertThat(updates.get(2).subject()).contains("crisis closed");
        assertThat(alerts.inbox(partner, Alerts.InboxFilter.ALL, 0, 200).entries())
                .filteredOn(e -> id.toString().equals(e.alert().objectId())).hasSize(4);

        assertThat(CrisisFixtures.body(mvc.perform(get("/crises/" + id).with(TestUsers.as(singapore)))))
                .contains("EXERCISE", "CLOSED", "5");
        assertThat(CrisisFixtures.body(mvc.perform(get("/crises").with(TestUsers.as(singapore)))))
                .contains("Regional hostage exercise", "EXERCISE");
        // a closed crisis changes no more
        mvc.perform(put("/api/v1/crises/" + id + "/status").with(TestUsers.as(declarer))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"ACTIVE\"}"))
                .andExpect(status().isConflict());
    }

    private InboxEntry crisisAlert(EadsUser user, UUID crisisId) {
        return alerts.inbox(user, Alerts.InboxFilter.ALL, 0, 200).entries().stream()
                .filter(e -> e.alert().kind() == AlertKind.CRISIS && crisisId.toString().equals(e.alert().objectId()))
                .findFirst().orElseThrow(() -> new AssertionError(user.memberCode() + " did not receive the crisis"));
    }

    /** The acknowledgement table's rows, by member code. */
    private static Map<String, String> acknowledgementRows(String html) {
        Map<String, String> rows = new LinkedHashMap<>();
        String table = html.substring(html.indexOf("Whether each member acknowledged"));
        table = table.substring(0, table.indexOf("</table>"));
        Matcher row = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(table);
        while (row.find()) {
            Matcher code = Pattern.compile("<span class=\"text-body-secondary small\">([A-Z]+)</span>")
                    .matcher(row.group(1));
            if (code.find()) {
                rows.put(code.group(1), row.group(1));
            }
        }
        return rows;
    }
}
