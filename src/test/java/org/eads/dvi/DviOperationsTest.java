package org.eads.dvi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import org.eads.TestUsers;
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

@SpringBootTest
@AutoConfigureMockMvc
class DviOperationsTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired DviOperations operations;

    @Test
    void anOperationIsSeenByItsMembersAndTheSecretariatOnly() throws Exception {
        EadsUser thai = TestUsers.create(users, "THA", Role.SUPERVISOR);
        EadsUser malaysian = TestUsers.create(users, "MYS", Role.OFFICER);
        EadsUser vietnamese = TestUsers.create(users, "VNM", Role.OFFICER);
        EadsUser secretariat = TestUsers.create(users, "ASP", Role.ANALYST);
        Operation o = operations.open(thai, new Operation.Input("Tsunami, Andaman coast", "Phang Nga",
                LocalDate.of(2026, 12, 26), null, null, null, null, 3700, Set.of("MYS", "SGP")));
        assertThat(o.frequencyTable()).isEqualTo(DviOperations.DEFAULT_TABLE);
        assertThat(o.theta()).isEqualTo(0.01);
        assertThat(o.members()).containsExactlyInAnyOrder("MYS", "SGP");

        mvc.perform(get("/api/v1/dvi/operations/" + o.id()).with(TestUsers.as(malaysian)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.missingReported").value(3700));
        mvc.perform(get("/api/v1/dvi/operations/" + o.id()).with(TestUsers.as(vietnamese)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/dvi/operations/" + o.id()).with(TestUsers.as(secretariat)))
                .andExpect(status().isOk());
        assertThat(operations.list(vietnamese)).noneMatch(x -> x.id().equals(o.id()));
    }

    @Test
    void aBadOperationNamesEveryMistake() throws Exception {
        EadsUser thai = TestUsers.create(users, "THA", Role.OFFICER);
        mvc.perform(post("/api/v1/dvi/operations").with(TestUsers.as(thai)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Flood\", \"frequencyTable\": \"Mars\", \"theta\": 0.5, "
                                + "\"members\": [\"XXX\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.allOf(Matchers.containsString("place"),
                        Matchers.containsString("occurredOn"), Matchers.containsString("Mars"),
                        Matchers.containsString("theta"), Matchers.containsString("XXX"))));
    }
}
