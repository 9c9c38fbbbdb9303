package org.eads.funds;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.imports.ImportMode;
import org.eads.imports.Imports;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The fund tracing pages: who sees what, the freeze request's live status and its action form. */
@SpringBootTest
@AutoConfigureMockMvc
class FundsPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired FundsCases cases;
    @Autowired Imports imports;
    @Autowired Traces traces;
    @Autowired FreezeRequests freezes;

    @Test
    void pagesShowTheirMembersWorkAndAnswerOthersWithNotFound() throws Exception {
        EadsUser officer = TestUsers.create(users, "MYS", Role.OFFICER);
        EadsUser thai = TestUsers.create(users, "THA", Role.FREEZE_CONTACT);
        EadsUser vietnam = TestUsers.create(users, "VNM", Role.OFFICER);
        String n = String.format("%05d", System.nanoTime() % 100_000);
        FundsCase c = cases.open(officer, new FundsCase.Input("P-" + n, "Pages", null, "NATIONAL", Set.of()));
        imports.run(officer, TransferImport.KIND, TransferImport.into(c.id(), "Bank"), "t.csv", """
                txn_id,timestamp,from_account,from_bank,from_country,to_account,to_bank,to_country,amount,currency
                P-1,2026-03-02T10:15:00+08:00,7000 2222 %1$s,CIMB,MY,5140-%1$s-2222,Maybank,MY,9000.00,MYR
                P-2,2026-03-02T10:30:00+08:00,5140%1$s2222,Maybank,MY,333-3-%1$s-3,SCB,TH,9000.00,MYR
                """.formatted(n).getBytes(StandardCharsets.UTF_8), ImportMode.ALL_OR_NOTHING);
        long start = cases.transfers(officer, c.id(), null, 0, 10).stream().filter(t -> t.txnId().equals("P-1"))
                .findFirst().orElseThrow().id();

        mvc.perform(post("/funds/cases/" + c.id() + "/traces").with(TestUsers.as(officer)).with(csrf())
                        .param("transfers", start + ", x").param("rule", "FIFO"))
                .andExpect(redirectedUrl("/funds/cases/" + c.id()))
                .andExpect(flash().attribute("error", Matchers.containsString("'x' is not a number")));
        Trace trace = traces.trace(officer, new TraceQuestion(c.id(), TraceDirection.FORWARD, AllocationRule.LIFO,
                List.of(start), List.of(), null, null, null, null, null, null));
        mvc.perform(get("/funds/traces/" + trace.id()).with(TestUsers.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("SCB 3333" + n + "3")));
        mvc.perform(get("/funds/cases/" + c.id()).with(TestUsers.as(vietnam))).andExpect(status().isNotFound());
        mvc.perform(get("/funds/traces/" + trace.id()).with(TestUsers.as(vietnam))).andExpect(status().isNotFound());
        mvc.perform(get("/funds/traces/abc").with(TestUsers.as(officer))).andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("Back to fund tracing")));

        FreezeRequest r = freezes.send(officer, trace.id(), new FreezeRequest.Input(
                List.of(freezes.drafts(officer, trace.id()).getFirst().account().id()), "AMLA s. 44", "URGENT", "CCID"))
                .getFirst();
        mvc.perform(get("/funds/freezes/" + r.id() + "/status").with(TestUsers.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("hx-trigger=\"every 5s\"")));
        mvc.perform(get("/funds/freezes/" + r.id()).with(TestUsers.as(vietnam))).andExpect(status().isNotFound());
        mvc.perform(post("/funds/freezes/" + r.id() + "/actions").with(TestUsers.as(thai)).with(csrf())
                        .param("action", "REFUSED"))
                .andExpect(flash().attribute("error", Matchers.containsString("say why")));
        mvc.perform(post("/funds/freezes/" + r.id() + "/actions").with(TestUsers.as(thai)).with(csrf())
                        .param("action", "REFUSED").param("note", "No legal basis under Thai law"))
                .andExpect(flash().attribute("notice", "Recorded."));
        mvc.perform(get("/funds/freezes/" + r.id() + "/status").with(TestUsers.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Refused")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("hx-trigger"))));
        mvc.perform(post("/funds/freezes/" + r.id() + "/actions").with(TestUsers.as(officer)).with(csrf())
                        .param("action", "FORWARDED"))
                .andExpect(flash().attribute("error", Matchers.containsString("Only the freeze contacts")));
    }
}
