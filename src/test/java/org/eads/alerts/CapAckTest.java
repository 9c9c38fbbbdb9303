package org.eads.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
@Import(NoticeTestSupport.class)
class CapAckTest {

    @Autowired Notices notices;
    @Autowired Alerts alerts;
    @Autowired Users users;
    @Autowired TestClock clock;
    @Autowired MockMvc mvc;

    /** A CAP 1.2 Ack from the Royal Thai Police's system, referring to the given messages. */
    static String ack(String references) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
                  <identifier>THA-ACK-2026-0042</identifier>
                  <sender>ops@police.go.th</sender>
                  <sent>2026-11-23T21:05:00+07:00</sent>
                  <status>Actual</status>
                  <msgType>Ack</msgType>
                  <scope>Private</scope>
                  <addresses>MYS@eads.aseanapol</addresses>
                  <references>%s</references>
                </alert>
                """.formatted(references);
    }

    /** The {@code sender,identifier,sent} of a notification, as its CAP export gives it. */
    private String reference(EadsUser user, UUID id) throws Exception {
        String xml = mvc.perform(get("/api/v1/alerts/" + id + "/cap").with(TestUsers.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return CapExportTest.between(xml, "sender") + "," + CapExportTest.between(xml, "identifier") + ","
                + CapExportTest.between(xml, "sent");
    }

    private ResultActions post(EadsUser user, String xml) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/alerts/cap")
                .with(TestUsers.as(user)).contentType("application/cap+xml").content(xml));
    }

    private Notice issued(EadsUser issuer, String... members) {
        return notices.submit(issuer, notices.draft(issuer, NoticeTestSupport.selected(clock, members)).id());
    }

    @Test
    void anAckWhoseReferencesNameNotificationsAcknowledgesThem() throws Exception {
        EadsUser issuer = TestUsers.create(users, "MYS", Role.SUPERVISOR);
        EadsUser thai = TestUsers.create(users, "THA", Role.OFFICER);
        Notice first = issued(issuer, "THA");
        Notice second = issued(issuer, "THA", "SGP");
        String message = ack(reference(thai, first.firstAlert()) + " " + reference(thai, second.firstAlert()));
        CapSchemas.validate(CapSchemas.bundled(), message.getBytes(StandardCharsets.UTF_8));
        if (CapSchemas.official().isPresent()) {
            CapSchemas.validate(CapSchemas.official().get(), message.getBytes(StandardCharsets.UTF_8));
        }

        post(thai, message).andExpect(status().isOk())
                .andExpect(jsonPath("$.identifier").value("THA-ACK-2026-0042"))
                .andExpect(jsonPath("$.acknowledged[0].id").value(first.firstAlert().toString()))
                .andExpect(jsonPath("$.acknowledged[1].id").value(second.firstAlert().toString()))
                .andExpect(jsonPath("$.acknowledged[0].acknowledgedAt").isString());
        assertThat(alerts.receipts(issuer, first.firstAlert()))
                .filteredOn(r -> r.userId() == thai.id())
                .singleElement().satisfies(r -> assertThat(r.acknowledgedVia()).isEqualTo("CAP"));
        assertThat(alerts.acknowledgements(second.firstAlert()))
                .filteredOn(m -> m.memberCode().equals("THA")).singleElement()
                .satisfies(m -> assertThat(m.acknowledged()).isTrue());
        assertThat(notices.view(thai, first.id()).pendingAlert()).isNull();
        // sent again, it changes nothing and says when each was acknowledged
        post(thai, message).andExpect(status().isOk()).andExpect(jsonPath("$.acknowledged.length()").value(2));
    }

    @Test
    void aReferenceTheCallerCannotAcknowledgeRefusesTheWholeAck() throws Exception {
        EadsUser issuer = TestUsers.create(users, "MYS", Role.SUPERVISOR);
        EadsUser thai = TestUsers.create(users, "THA", Role.OFFICER);
        Notice mine = issued(issuer, "THA");
        Notice notForThailand = issued(issuer, "SGP");
        String valid = reference(thai, mine.firstAlert());

        post(thai, ack(valid + " MYS@eads.aseanapol," + UUID.randomUUID() + ",2026-11-23T21:00:00+00:00"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Notification not found"));
        post(thai, ack(valid + " MYS@eads.aseanapol," + notForThailand.firstAlert() + ",2026-11-23T21:00:00+00:00"))
                .andExpect(status().isNotFound());
        post(thai, ack("other@example.org,ALERT-17,2026-11-23T21:00:00+00:00")).andExpect(status().isNotFound());
        assertThat(notices.view(thai, mine.id()).pendingAlert()).isEqualTo(mine.firstAlert());
    }

    @Test
    void aMessageThatIsNotAValidCapAckIsRefusedWithWhatAndWhere() throws Exception {
        EadsUser thai = TestUsers.create(users, "THA", Role.OFFICER);
        String valid = ack("MYS@eads.aseanapol," + UUID.randomUUID() + ",2026-11-23T21:00:00+00:00");

        post(thai, "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">\n<identifier>x</alert>")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(allOf(containsString("not well-formed"),
                        containsString("line 2"))))
                .andExpect(jsonPath("$.line").value(2));
        post(thai, valid.replace("  <sender>ops@police.go.th</sender>\n", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(allOf(containsString("CAP 1.2 schema"),
                        containsString("sender"), containsString("line 4"))));
        post(thai, valid.replace("<msgType>Ack</msgType>", "<msgType>Alert</msgType>"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Only msgType Ack")));
        post(thai, valid.replaceAll("<references>.*</references>", "<references>just-one-part</references>"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("sender,identifier,sent")));
        post(thai, valid.replaceAll("\\s*<references>.*</references>", ""))
                .andExpect(status().isBadRequest());
        post(thai, "").andExpect(status().isBadRequest());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/alerts/cap")
                        .with(TestUsers.as(thai)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsEverResolved() throws Exception {
        EadsUser thai = TestUsers.create(users, "THA", Role.OFFICER);
        String withEntity = ack("&xxe;").replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<!DOCTYPE alert [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n");
        post(thai, withEntity).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(allOf(containsString("DOCTYPE"), containsString("line 2"))));
        String billionLaughs = ack("&lol2;").replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE alert [<!ENTITY lol \"lol\">"
                        + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n");
        post(thai, billionLaughs).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("DOCTYPE")));
    }
}
