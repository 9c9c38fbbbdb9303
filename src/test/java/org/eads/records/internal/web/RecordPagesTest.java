package org.eads.records.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.RecordCodec;
import org.eads.records.RecordInput;
import org.eads.records.Records;
import org.eads.records.SharedRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class RecordPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Records records;
    @Autowired RecordCodec codec;

    private EadsUser officer;
    private String token;

    @BeforeEach
    void setUp() {
        officer = TestUsers.create(users, "MYS", Role.OFFICER);
        token = "Pg" + UUID.randomUUID().toString().substring(0, 8);
    }

    private SharedRecord person(String json) {
        return records.create(officer, codec.read(json).input());
    }

    private SharedRecord fullPerson() {
        return person("""
                {"type":"PERSON","names":[{"full":"%s Ahmad Faizal","latin":"Ahmad Faizal"},{"full":"Pak Long","kind":"ALIAS"}],
                 "sex":"MALE","dateOfBirth":"1984-03","placeOfBirth":"Kota Bharu","nationalities":["MYS","THA"],
                 "identityDocuments":[{"type":"PASSPORT","number":"A1234-5678","country":"MYS"}],
                 "distinguishingMarks":["tattoo of a tiger on the right arm","scar above left eye"],"status":"WANTED",
                 "crimeAreas":["ILLICIT_DRUG_TRAFFICKING"],"summary":"Courier for a syndicate.",
                 "sharingLevel":"SELECTED","sharedWith":["THA"],"handlingCodes":["H1","H3"],
                 "handlingNote":"Ask Bukit Aman first","classification":"CONFIDENTIAL"}""".formatted(token));
    }

    private String html(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return response.getContentAsString();
    }

    /** The page without its head, whose CSRF token differs on every answer. */
    private static String main(String page) {
        return page.substring(page.indexOf("<main"));
    }

    @Test
    void theListShowsFiltersBadgesAndExportLinks() throws Exception {
        fullPerson();
        String page = html(get("/records").param("q", token).with(TestUsers.as(officer)), 200);
        assertThat(page).contains(token + " Ahmad Faizal (Ahmad Faizal), born 1984-03")
                .contains("level-SELECTED").contains("Selected members")
                .contains(">H1<").contains(">H3<").contains("Not for use in court without the owner&#39;s consent")
                .contains("CONFIDENTIAL")
                .containsPattern("/records/export\\?[^\"]*format=csv").containsPattern("/records/export\\?[^\"]*q=" + token)
                .contains("hx-get=\"/records\"").contains("hx-push-url=\"true\"")
                .contains("records.css");
        assertThat(Pattern.compile("<main").matcher(page).results().count()).as("one main landmark").isEqualTo(1);

        String fragment = html(get("/records").param("q", token).header("HX-Request", "true").with(TestUsers.as(officer)), 200);
        assertThat(fragment.strip()).startsWith("<div id=\"results\">").doesNotContain("<html").contains(token);
    }

    @Test
    void theListPagesWithPreviousAndNext() throws Exception {
        for (int i = 0; i < RecordListPage.PAGE_SIZE + 1; i++) {
            person("{\"type\":\"PERSON\",\"names\":[{\"full\":\"%s %d\"}],\"sharingLevel\":\"NATIONAL\"}".formatted(token, i));
        }
        String first = html(get("/records").param("q", token).with(TestUsers.as(officer)), 200);
        assertThat(first).contains("rel=\"next\"").doesNotContain("rel=\"prev\"").contains("page=1");
        String second = html(get("/records").param("q", token).param("page", "1").with(TestUsers.as(officer)), 200);
        assertThat(second).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(Pattern.compile("class=\"record-label\"").matcher(second).results().count()).isEqualTo(1);
    }

    @Test
    void theRecordPageShowsEveryFieldSharingHandlingAndHistory() throws Exception {
        SharedRecord r = fullPerson();
        records.update(officer, r.id(), 1, codec.read(codec.write(r).put("placeOfBirth", "Ipoh").toString()).input());
        String page = html(get("/records/" + r.id()).with(TestUsers.as(officer)), 200);
        assertThat(page).contains(token + " Ahmad Faizal").contains("Pak Long").contains("Alias")
                .contains("Male").contains("1984-03").contains("Ipoh").contains("Malaysia (MYS), Thailand (THA)")
                .contains("Passport").contains("A12345678").contains("tattoo of a tiger on the right arm")
                .contains("Wanted").contains("Illicit drug trafficking").contains("Courier for a syndicate.")
                .contains("Malaysia (MYS)").contains(officer.username())
                .contains("Thailand (THA)").contains("Ask Bukit Aman first").contains("CONFIDENTIAL")
                .contains("Not for use in court without the owner&#39;s consent")
                .contains("Version 2").contains("Place of birth").contains("Kota Bharu")
                .contains("Edit</a>").contains("Delete…").contains("Add a link");

        EadsUser thai = TestUsers.create(users, "THA", Role.OFFICER);
        String shared = html(get("/records/" + r.id()).with(TestUsers.as(thai)), 200);
        assertThat(shared).contains("Ask Bukit Aman first").doesNotContain("Edit</a>").doesNotContain("Add a link");
    }

    @Test
    void aMissingHiddenOrMalformedRecordIsTheSameNotFoundPage() throws Exception {
        SharedRecord national = person("{\"type\":\"PERSON\",\"names\":[{\"full\":\"%s\"}],\"sharingLevel\":\"NATIONAL\"}".formatted(token));
        EadsUser thai = TestUsers.create(users, "THA", Role.OFFICER);
        String hidden = html(get("/records/" + national.id()).with(TestUsers.as(thai)), 404);
        String missing = html(get("/records/" + UUID.randomUUID()).with(TestUsers.as(thai)), 404);
        String malformed = html(get("/records/not-an-id").with(TestUsers.as(thai)), 404);
        assertThat(main(hidden)).isEqualTo(main(missing)).isEqualTo(main(malformed)).contains("Record not found")
                .doesNotContain(token);
        html(get("/records/" + national.id() + "/edit").with(TestUsers.as(thai)), 404);
    }

    @Test
    void theNewRecordFormStartsWithATypeChooserAndHasEveryFieldOfEachType() throws Exception {
        String chooser = html(get("/records/new").with(TestUsers.as(officer)), 200);
        assertThat(chooser).contains("/records/new?type=PERSON").contains("/records/new?type=INDICATOR");
        assertThat(html(get("/records/new").param("type", "SPACESHIP").with(TestUsers.as(officer)), 200))
                .contains("That is not a type of record");

        String person = html(get("/records/new").param("type", "PERSON").with(TestUsers.as(officer)), 200);
        for (String input : List.of("names[0].full", "names[0].latin", "names[0].script", "names[0].language",
                "names[0].kind", "sex", "dateOfBirth", "placeOfBirth", "nationalities", "identityDocuments[0].type",
                "identityDocuments[0].number", "identityDocuments[0].country", "distinguishingMarks", "status",
                "crimeAreas", "summary", "sharingLevel", "sharedWith", "handlingCodes", "handlingNote",
                "classification", "reviewDate", "agencyId")) {
            assertThat(person).as(input).contains("name=\"" + input + "\"");
        }
        assertThat(person).contains("<label class=\"form-label fw-semibold\" for=\"f-placeOfBirth\">")
                .contains("value=\"THA\"").contains("Thailand (THA)")
                .contains("name=\"_csrf\"").doesNotContain("<script>");
        for (String type : List.of("TRAVEL_DOCUMENT", "VEHICLE", "FIREARM", "ORGANISATION", "INDICATOR")) {
            assertThat(html(get("/records/new").param("type", type).with(TestUsers.as(officer)), 200))
                    .contains("name=\"summary\"").contains("name=\"sharingLevel\"");
        }
    }

    @Test
    void aFormWithMistakesComesBackWithTheValuesAndEachMessageNextToItsField() throws Exception {
        String page = html(post("/records/new").with(TestUsers.as(officer)).with(csrf())
                .param("type", "PERSON")
                .param("names[0].full", "").param("names[0].latin", "Somchai Jaidee")
                .param("names[3].full", "")
                .param("dateOfBirth", "1984-13")
                .param("placeOfBirth", "Chiang Mai")
                .param("nationalities", "THA", "LAO")
                .param("sharingLevel", "SELECTED")
                .param("handlingCodes", "H3"), 422);
        assertThat(page).contains("The record was not saved")
                .contains("value=\"Somchai Jaidee\"").contains("value=\"Chiang Mai\"").contains("value=\"1984-13\"")
                .contains("<option value=\"THA\" selected=\"selected\">")
                .contains("id=\"f-names-0-full-error\"")
                .contains("aria-describedby=\"f-names-0-full-hint f-names-0-full-error\"")
                .contains("id=\"f-dateOfBirth-error\"").contains("not a valid date")
                .contains("id=\"f-sharedWith-error\"").contains("name at least one member to share with")
                .contains("id=\"f-handlingNote-error\"")
                .contains("href=\"#f-names-0-full\"")
                .doesNotContain("name=\"names[1].full\"");
    }

    @Test
    void addingANameRowKeepsTheFormAndSavesNothing() throws Exception {
        String page = html(post("/records/new").with(TestUsers.as(officer)).with(csrf())
                .param("type", "PERSON").param("names[0].full", token).param("sharingLevel", "NATIONAL")
                .param("addRow", "names"), 200);
        assertThat(page).contains("name=\"names[1].full\"").contains("value=\"" + token + "\"")
                .doesNotContain("The record was not saved");
        assertThat(records.list(officer, new org.eads.records.RecordFilter(null, null, null, token, null), 0, 5).items()).isEmpty();
    }

    @Test
    void aValidFormCreatesTheRecordAndShowsIt() throws Exception {
        MockHttpServletResponse created = mvc.perform(post("/records/new").with(TestUsers.as(officer)).with(csrf())
                        .param("type", "VEHICLE").param("plate", "WXY " + token.substring(2, 6)).param("plateCountry", "MYS")
                        .param("make", "Proton").param("model", "Saga").param("colour", "silver").param("year", "2015")
                        .param("status", "STOLEN").param("sharingLevel", "MEMBERS").param("handlingCodes", "H0")
                        .param("reviewDate", LocalDate.now().plusYears(2).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse();
        Matcher m = Pattern.compile("/records/([0-9a-f-]{36})").matcher(created.getRedirectedUrl());
        assertThat(m.find()).isTrue();
        SharedRecord r = records.view(officer, UUID.fromString(m.group(1)), null).orElseThrow();
        assertThat(r.label()).isEqualTo("silver Proton Saga, WXY" + token.substring(2, 6).toUpperCase() + " (MYS)");
        assertThat(r.handlingCodes()).extracting(Enum::name).containsExactly("H0");
        assertThat(r.reviewDate()).isEqualTo(LocalDate.now().plusYears(2));
    }

    @Test
    void editingAStaleVersionSaysSoAndKeepsTheInput() throws Exception {
        SharedRecord r = fullPerson();
        String form = html(get("/records/" + r.id() + "/edit").with(TestUsers.as(officer)), 200);
        assertThat(form).contains("name=\"version\" value=\"1\"").contains("value=\"Kota Bharu\"")
                .contains("Ahmad Faizal").contains("<option value=\"THA\" selected=\"selected\">");

        // Someone else saves first.
        RecordInput theirs = codec.read(codec.write(r).put("summary", "Their change").toString()).input();
        records.update(officer, r.id(), 1, theirs);

        String conflict = html(post("/records/" + r.id() + "/edit").with(TestUsers.as(officer)).with(csrf())
                .param("version", "1").param("names[0].full", token + " Ahmad Faizal").param("placeOfBirth", "Ipoh")
                .param("sharingLevel", "MEMBERS"), 409);
        assertThat(conflict).contains("Someone else changed this record").contains("version 2")
                .contains("value=\"Ipoh\"").contains("name=\"version\" value=\"2\"");

        mvc.perform(post("/records/" + r.id() + "/edit").with(TestUsers.as(officer)).with(csrf())
                        .param("version", "2").param("names[0].full", token + " Ahmad Faizal").param("placeOfBirth", "Ipoh")
                        .param("sharingLevel", "MEMBERS"))
                .andExpect(status().is3xxRedirection());
        SharedRecord saved = records.view(officer, r.id(), null).orElseThrow();
        assertThat(saved.version()).isEqualTo(3);
        assertThat(saved.sharingLevel().name()).isEqualTo("MEMBERS");
    }

    @Test
    void onlyTheCreatorOrASupervisorMayEdit() throws Exception {
        SharedRecord r = fullPerson();
        EadsUser colleague = TestUsers.create(users, "MYS", Role.OFFICER);
        assertThat(html(get("/records/" + r.id() + "/edit").with(TestUsers.as(colleague)), 403)).contains("Not allowed");
        EadsUser supervisor = TestUsers.create(users, "MYS", Role.SUPERVISOR);
        html(get("/records/" + r.id() + "/edit").with(TestUsers.as(supervisor)), 200);
    }

    @Test
    void deletingAsksForAReason() throws Exception {
        SharedRecord r = fullPerson();
        String confirm = html(get("/records/" + r.id() + "/delete").with(TestUsers.as(officer)), 200);
        assertThat(confirm).contains("Delete this record?").contains("name=\"reason\"").contains("name=\"version\" value=\"1\"");
        String noReason = html(post("/records/" + r.id() + "/delete").with(TestUsers.as(officer)).with(csrf())
                .param("version", "1").param("reason", " "), 422);
        assertThat(noReason).contains("id=\"reason-error\"").contains("say why the record is deleted");
        mvc.perform(post("/records/" + r.id() + "/delete").with(TestUsers.as(officer)).with(csrf())
                        .param("version", "1").param("reason", "Entered twice"))
                .andExpect(status().is3xxRedirection());
        html(get("/records/" + r.id()).with(TestUsers.as(officer)), 404);
    }

    @Test
    void linksAreAddedFromTheRecordPage() throws Exception {
        SharedRecord a = fullPerson();
        SharedRecord b = person("{\"type\":\"PERSON\",\"names\":[{\"full\":\"%s partner\"}],\"sharingLevel\":\"MEMBERS\"}".formatted(token));
        String bad = html(post("/records/" + a.id() + "/links").with(TestUsers.as(officer)).with(csrf())
                .param("to", "not-an-id").param("kind", "ASSOCIATE_OF"), 422);
        assertThat(bad).contains("id=\"link-to-error\"").contains("value=\"not-an-id\"");
        String unknown = html(post("/records/" + a.id() + "/links").with(TestUsers.as(officer)).with(csrf())
                .param("to", UUID.randomUUID().toString()).param("kind", "ASSOCIATE_OF"), 422);
        assertThat(unknown).contains("there is no record with this id that you may see");
        mvc.perform(post("/records/" + a.id() + "/links").with(TestUsers.as(officer)).with(csrf())
                        .param("to", b.id().toString()).param("kind", "ASSOCIATE_OF"))
                .andExpect(status().is3xxRedirection());
        assertThat(html(get("/records/" + a.id()).with(TestUsers.as(officer)), 200))
                .contains(token + " partner").contains("is an associate of");
    }

    @Test
    void theDashboardShowsRecentDueAndCounts() throws Exception {
        EadsUser brunei = TestUsers.create(users, "BRN", Role.OFFICER);
        records.create(brunei, codec.read("""
                {"type":"FIREARM","serialNumber":"%s","make":"Glock","firearmType":"PISTOL","status":"STOLEN",
                 "sharingLevel":"MEMBERS","reviewDate":"%s"}""".formatted(token, LocalDate.now().plusDays(10))).input());
        String page = html(get("/").with(TestUsers.as(brunei)), 200);
        assertThat(page).contains("Brunei Darussalam (BRN)").contains("Due for review").contains("Recently changed")
                .contains("serial " + token).contains("Firearm").contains("/records/new").contains("/imports")
                .contains("/records?type=FIREARM&amp;owner=BRN");
    }

    @Test
    void theListExportsTheSameRowsAsTheApi() throws Exception {
        fullPerson();
        String csv = html(get("/records/export").param("format", "csv").param("q", token).with(TestUsers.as(officer)), 200);
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).contains("SELECTED,H1 H3,Ask Bukit Aman first,CONFIDENTIAL");
        assertThat(Set.of(csv.split("\r\n")[0].split(","))).containsAll(RecordExporter.CSV_COLUMNS);
    }
}
