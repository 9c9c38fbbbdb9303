package org.eads.screening.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.IndicatorData;
import org.eads.records.RecordInput;
import org.eads.records.Records;
import org.eads.sharing.SharingLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SearchPageTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Records records;
    @Autowired JdbcClient jdbc;

    private String page(EadsUser user, String q) throws Exception {
        return mvc.perform(get("/search").param("q", q).with(TestUsers.as(user))).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void aNationalNumberTypedInTheBoxIsReadAsOneOfTheOfficersCountry() throws Exception {
        EadsUser my = TestUsers.create(users, "MYS", Role.OFFICER);
        String number = "019" + String.format("%07d", System.nanoTime() % 10_000_000);
        records.create(my, new RecordInput(new IndicatorData(IndicatorData.IndicatorType.PHONE, "+60" + number.substring(1),
                null, null, null, null), SharingLevel.MEMBERS, null, null, null, null, null, null));
        await().atMost(Duration.ofSeconds(2)).until(() -> page(my, number).contains("Phone +60" + number.substring(1)));
        assertThat(page(my, number)).contains("Phone +60" + number.substring(1), "identifier matches: PHONE");
    }

    @Test
    void aHitOnlyResultOffersADisclosureRequest() throws Exception {
        EadsUser th = TestUsers.create(users, "THA", Role.OFFICER);
        EadsUser my = TestUsers.create(users, "MYS", Role.OFFICER);
        String email = "handler" + System.nanoTime() + "@scam.example";
        records.create(th, new RecordInput(new IndicatorData(IndicatorData.IndicatorType.EMAIL, email, null, null, null,
                null), SharingLevel.HIT_NO_HIT, null, null, null, null, null, null));
        await().atMost(Duration.ofSeconds(2)).until(() -> page(my, email).contains("Possible match held by"));
        String html = page(my, email);
        assertThat(html).contains("Request disclosure").doesNotContain(email.substring(0, 8) + "</a>");
        Matcher ref = Pattern.compile("name=\"reference\" value=\"([0-9a-f-]{36})\"").matcher(html);
        assertThat(ref.find()).isTrue();
        mvc.perform(post("/search/disclosure").param("reference", ref.group(1)).param("reason", "case MY-7")
                .with(TestUsers.as(my)).with(csrf()));
        assertThat(jdbc.sql("select count(*) from disclosure_request where requested_by = :u").param("u", my.id())
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void anMrzIsReadAndItsCheckDigitsShown() throws Exception {
        EadsUser sg = TestUsers.create(users, "SGP", Role.OFFICER);
        String html = page(sg, "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10");
        assertThat(html).contains("Machine readable zone", "L898902C3", "All check digits hold");
        assertThat(page(sg, "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<1"))
                .contains("cannot be read", "44");
    }
}
