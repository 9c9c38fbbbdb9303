package org.eads.dvi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.eads.TestUsers;
import org.eads.crisis.Crises;
import org.eads.crisis.Crisis;
import org.eads.crisis.NewCrisis;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A DVI operation opened from a crisis: the board offers it, the form is prefilled, and each links the other. */
@SpringBootTest
@AutoConfigureMockMvc
class DviCrisisTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Crises crises;
    @Autowired DviOperations operations;

    @Test
    void anOperationOpenedFromTheCrisisBoardLinksBackAndIsListedOnTheBoard() throws Exception {
        EadsUser contact = TestUsers.create(users, "THA", Role.SUPERVISOR, Role.CRISIS_CONTACT);
        EadsUser officer = TestUsers.create(users, "THA", Role.OFFICER);
        EadsUser vietnamese = TestUsers.create(users, "VNM", Role.OFFICER);
        String title = "Coastal floods " + System.nanoTime();
        Crisis crisis = crises.declare(contact, new NewCrisis("NATURAL_DISASTER", title, "Pak Phanang",
                null, null, "2026-11-20T03:00:00Z", 12, 40, 14, "MEMBERS", false));
        String board = "/crises/" + crisis.id();
        String start = "/dvi?crisis=" + crisis.id();

        mvc.perform(get(board).with(TestUsers.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"" + start + "\"")))
                .andExpect(content().string(Matchers.containsString("Open a DVI operation")));
        mvc.perform(get(start).with(TestUsers.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("value=\"" + title + "\""),
                        Matchers.containsString("value=\"Pak Phanang\""), Matchers.containsString("value=\"2026-11-20\""),
                        Matchers.containsString("value=\"14\""),
                        Matchers.containsString("name=\"crisisId\" value=\"" + crisis.id() + "\""))));
        String location = mvc.perform(post("/dvi/operations").with(TestUsers.as(officer)).with(csrf())
                        .param("name", title).param("place", "Pak Phanang").param("occurredOn", "2026-11-20")
                        .param("missingReported", "14").param("members", "MYS")
                        .param("crisisId", crisis.id().toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(operations.visible(officer, id).crisisId()).isEqualTo(crisis.id());

        mvc.perform(get("/dvi/operations/" + id).with(TestUsers.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"/crises/" + crisis.id() + "\"")));
        mvc.perform(get(board).with(TestUsers.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"/dvi/operations/" + id + "\"")));
        mvc.perform(get(board).with(TestUsers.as(vietnamese))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("/dvi/operations/" + id))))
                .andExpect(content().string(Matchers.containsString("Open a DVI operation")));
        assertThat(operations.ofCrisis(vietnamese, crisis.id())).isEmpty();
    }

    @Test
    void anOperationCannotNameACrisisTheMemberDoesNotSee() throws Exception {
        EadsUser officer = TestUsers.create(users, "THA", Role.OFFICER);
        mvc.perform(post("/api/v1/dvi/operations").with(TestUsers.as(officer)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Flood\", \"place\": \"Trang\", \"occurredOn\": \"" + LocalDate.of(2026, 11, 1)
                                + "\", \"crisisId\": \"" + UUID.randomUUID() + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("crisisId"));
        assertThat(operations.list(officer)).noneMatch(o -> o.name().equals("Flood") && o.place().equals("Trang"));
    }
}
