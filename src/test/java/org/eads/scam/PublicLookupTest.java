package org.eads.scam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PublicLookupTest {

    @Autowired MockMvc mvc;
    @Autowired ScamReports reports;
    @Autowired PublicLookup lookup;
    @Autowired Users users;

    @Test
    void anyoneSeesHowOftenANumberWasReportedAndNothingMoreWithinTheLimit() throws Exception {
        EadsUser officer = TestUsers.create(users, "VNM", Role.OFFICER);
        String digits = String.format("%07d", System.nanoTime() % 10_000_000);
        reports.create(officer, new ScamReportInput("VN-L" + digits, LocalDate.now(),
                new ScamReportInput.Victim("PERSON", "Nguyen Van A", null, false, "VNM", null, null), "LOAN",
                ScamChannel.CALL, null, null, null, null, null, null, null,
                List.of(new ScamReportInput.Indicator(IndicatorKind.PHONE, "091" + digits, null, null)), null));

        String page = mvc.perform(get("/lookup").param("kind", "PHONE").param("country", "VNM")
                        .param("value", "091 " + digits).with(r -> { r.setRemoteAddr("198.51.100.7"); return r; }))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("was reported", "+8491" + digits).doesNotContain("Nguyen").doesNotContain("VN-L");

        String unknown = mvc.perform(get("/lookup").param("kind", "BANK_ACCOUNT").param("country", "VNM")
                        .param("value", "0000 1111 2222").with(r -> { r.setRemoteAddr("198.51.100.7"); return r; }))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unknown).contains("No reports of");

        EadsUser laoAdmin = TestUsers.create(users, "LAO", Role.MEMBER_ADMIN);
        lookup.enable(laoAdmin, "LAO", false);
        String disabled = mvc.perform(get("/lookup").param("kind", "PHONE").param("country", "LAO")
                        .param("value", "020 5512 3456").with(r -> { r.setRemoteAddr("198.51.100.8"); return r; }))
                .andReturn().getResponse().getContentAsString();
        assertThat(disabled).contains("not available");
        lookup.enable(laoAdmin, "LAO", true);

        for (int i = 0; i < PublicLookup.PER_MINUTE; i++) {
            mvc.perform(get("/lookup").param("kind", "PHONE").param("country", "VNM").param("value", "091 " + digits)
                    .with(r -> { r.setRemoteAddr("203.0.113.9"); return r; }));
        }
        mvc.perform(get("/lookup").param("kind", "PHONE").param("country", "VNM").param("value", "091 " + digits)
                        .with(r -> { r.setRemoteAddr("203.0.113.9"); return r; }))
                .andExpect(status().isTooManyRequests());
    }
}
