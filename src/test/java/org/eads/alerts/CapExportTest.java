package org.eads.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.xml.validation.Schema;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.xml.sax.SAXParseException;

@SpringBootTest
@AutoConfigureMockMvc
@Import(NoticeTestSupport.class)
class CapExportTest {

    /** CAP's date form: an explicit offset, no fractional seconds. */
    private static final String CAP_DATE = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d";

    @Autowired Notices notices;
    @Autowired Alerts alerts;
    @Autowired Users users;
    @Autowired TestClock clock;
    @Autowired MockMvc mvc;

    /** Every kind of message e-ADS exports, by name, as a recipient downloads it. */
    private Map<String, String> exports() throws Exception {
        EadsUser issuer = TestUsers.create(users, "MYS", Role.SUPERVISOR);
        EadsUser thai = TestUsers.create(users, "THA", Role.OFFICER, Role.CRISIS_CONTACT);
        Map<String, String> out = new LinkedHashMap<>();

        Notice n = notices.submit(issuer, notices.draft(issuer, NoticeTestSupport.selected(clock, "THA", "SGP")).id());
        out.put("notice", cap(thai, n.firstAlert()));
        notices.change(issuer, n.id(), new NoticeInput(n.type(), n.title(), "Seen in Hat Yai on 23 November.",
                null, List.of(), n.distribution(), n.members(), n.expiresOn(), true, false));
        notices.cancel(issuer, n.id(), "Arrested in Hat Yai");
        List<Alert> sent = alerts.about(Notices.OBJECT, n.id().toString());
        out.put("update", cap(thai, sent.get(1).id()));
        out.put("cancel", cap(thai, sent.get(2).id()));

        NoticeInput exercise = new NoticeInput(NoticeType.UNIDENTIFIED_BODY, "Exercise: body found at Padang Besar",
                "Exercise DVI-26: identify the body.", null, List.of(), Distribution.SELECTED, Set.of("THA"),
                NoticeTestSupport.today(clock).plusDays(30), false, true);
        Notice drill = notices.submit(issuer, notices.draft(issuer, exercise).id());
        out.put("exercise", cap(thai, drill.firstAlert()));

        UUID crisis = alerts.send(Sender.of(issuer), NewAlert.of(AlertKind.CRISIS, "Bombing at a Kuala Lumpur mall",
                Recipients.role("THA", Role.CRISIS_CONTACT)).body("Explosion at 20:40 local time.\nCasualties."));
        out.put("crisis", cap(thai, crisis));
        UUID personal = alerts.send(Sender.of(issuer), NewAlert.of(AlertKind.HIT, "Possible match on your record",
                Recipients.users(thai.id())));
        out.put("personal", cap(thai, personal));
        // the sender's colleagues may export it too
        out.put("as sender", cap(TestUsers.create(users, "MYS", Role.OFFICER), personal));
        return out;
    }

    private String cap(EadsUser user, UUID id) throws Exception {
        byte[] xml = mvc.perform(get("/api/v1/alerts/" + id + "/cap").with(TestUsers.as(user)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/cap+xml")))
                .andReturn().getResponse().getContentAsByteArray();
        return new String(xml, StandardCharsets.UTF_8);
    }

    @Test
    void everyExportIsAValidCap12MessageWithTheDocumentedMapping() throws Exception {
        Map<String, String> x = exports();
        Schema schema = CapSchemas.bundled();
        for (Map.Entry<String, String> e : x.entrySet()) {
            assertValid(schema, e.getKey(), e.getValue());
            assertThat(e.getValue()).as(e.getKey())
                    .contains("<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">")
                    .contains("<sender>MYS@eads.aseanapol</sender>")
                    .containsPattern("<sent>" + CAP_DATE + "</sent>")
                    .contains("<language>en</language>");
        }
        assertThat(x.get("notice")).contains("<status>Actual</status>", "<msgType>Alert</msgType>",
                "<scope>Restricted</scope>", "<addresses>SGP THA</addresses>", "<category>Security</category>",
                "<event>Red notice: Wanted person</event>", "<urgency>Expected</urgency>",
                "<severity>Severe</severity>", "<certainty>Observed</certainty>",
                "<headline>Red notice: Ahmad Faizal bin Rahman, armed robbery</headline>",
                "<web>http://localhost:8080/notices/", "<valueName>EADS:noticeType</valueName>")
                .containsPattern("<expires>" + CAP_DATE + "</expires>")
                .containsPattern("<restriction>[^<]*SGP, THA[^<]*</restriction>")
                .doesNotContain("<references>");
        String first = between(x.get("notice"), "identifier");
        String sent = between(x.get("notice"), "sent");
        assertThat(x.get("update")).contains("<msgType>Update</msgType>", "Seen in Hat Yai",
                "<references>MYS@eads.aseanapol," + first + "," + sent + "</references>");
        assertThat(x.get("cancel")).contains("<msgType>Cancel</msgType>", "<urgency>Past</urgency>",
                "<note>Arrested in Hat Yai</note>",
                "<references>MYS@eads.aseanapol," + first + "," + sent + "</references>");
        assertThat(x.get("exercise")).contains("<status>Exercise</status>", "<category>Rescue</category>",
                "<event>Black notice: Unidentified body</event>", "<severity>Moderate</severity>");
        assertThat(x.get("crisis")).contains("<scope>Restricted</scope>", "<addresses>THA/CRISIS_CONTACT</addresses>",
                "<event>Crisis</event>", "<urgency>Immediate</urgency>", "<severity>Extreme</severity>")
                .doesNotContain("<expires>");
        assertThat(x.get("personal")).contains("<scope>Private</scope>", "<certainty>Possible</certainty>")
                .containsPattern("<addresses>tha\\.test[^<]+</addresses>").doesNotContain("<restriction>");
        assertThat(x.get("as sender")).isEqualTo(x.get("personal"));
    }

    @Test
    void everyExportIsValidAgainstTheOfficialOasisSchema() throws Exception {
        Optional<Schema> official = CapSchemas.official();
        Assumptions.assumeTrue(official.isPresent(), "The official OASIS CAP-v1.2.xsd is not at hand: see "
                + "src/test/resources/cap/README.md");
        for (Map.Entry<String, String> e : exports().entrySet()) {
            assertValid(official.get(), e.getKey(), e.getValue());
        }
    }

    @Test
    void theSchemaOfEadsRefusesWhatTheOfficialSchemaRefuses() throws Exception {
        List<Schema> schemas = new ArrayList<>(List.of(CapSchemas.bundled()));
        CapSchemas.official().ifPresent(schemas::add);
        String valid = CapAckTest.ack("MYS@eads.aseanapol," + UUID.randomUUID() + ",2026-11-23T21:00:00+00:00");
        for (Schema schema : schemas) {
            CapSchemas.validate(schema, valid.getBytes(StandardCharsets.UTF_8));
            for (String broken : List.of(
                    valid.replace("<sent>2026-11-23T21:05:00+07:00</sent>", "<sent>2026-11-23T14:05:00Z</sent>"),
                    valid.replace("<sent>2026-11-23T21:05:00+07:00</sent>", "<sent>2026-11-23T21:05:00.5+07:00</sent>"),
                    valid.replace("<status>Actual</status>", "<status>Real</status>"),
                    valid.replace("<scope>Private</scope>", ""),
                    valid.replace("<sender>ops@police.go.th</sender>", ""),
                    valid.replace("<msgType>Ack</msgType>", "<msgType>Ack</msgType><source>x</source><source>y</source>"))) {
                assertThatThrownBy(() -> CapSchemas.validate(schema, broken.getBytes(StandardCharsets.UTF_8)))
                        .as(broken).isInstanceOf(SAXParseException.class);
            }
        }
    }

    @Test
    void theExportOfANotificationIsTheSameMessageEachTime() throws Exception {
        EadsUser issuer = TestUsers.create(users, "SGP", Role.SUPERVISOR);
        EadsUser indonesian = TestUsers.create(users, "IDN", Role.OFFICER);
        Notice n = notices.submit(issuer, notices.draft(issuer, NoticeTestSupport.selected(clock, "IDN")).id());
        assertThat(cap(indonesian, n.firstAlert())).isEqualTo(cap(indonesian, n.firstAlert()))
                .contains("<identifier>" + n.firstAlert() + "</identifier>");
        byte[] download = mvc.perform(get("/notices/" + n.id() + "/cap").with(TestUsers.as(indonesian)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(download, StandardCharsets.UTF_8)).isEqualTo(cap(indonesian, n.firstAlert()));
    }

    private static void assertValid(Schema schema, String name, String xml) throws Exception {
        try {
            CapSchemas.validate(schema, xml.getBytes(StandardCharsets.UTF_8));
        } catch (SAXParseException e) {
            throw new AssertionError(name + " is not valid CAP 1.2 (line " + e.getLineNumber() + "): "
                    + e.getMessage() + "\n" + xml, e);
        }
    }

    static String between(String xml, String element) {
        int start = xml.indexOf("<" + element + ">") + element.length() + 2;
        return xml.substring(start, xml.indexOf("</" + element + ">", start));
    }
}
