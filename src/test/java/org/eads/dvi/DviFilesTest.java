package org.eads.dvi;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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

/** Entering PM and AM files with their DNA profiles and dental charts through the API. */
@SpringBootTest
@AutoConfigureMockMvc
class DviFilesTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired DviOperations operations;

    @Test
    void filesTakeTheirProfilesAndChartsAndSayWhatIsWrong() throws Exception {
        EadsUser thai = TestUsers.create(users, "THA", Role.OFFICER);
        EadsUser malaysian = TestUsers.create(users, "MYS", Role.OFFICER);
        EadsUser vietnamese = TestUsers.create(users, "VNM", Role.OFFICER);
        Operation o = operations.open(thai, new Operation.Input("Flood " + System.nanoTime(), "Chiang Rai",
                LocalDate.of(2026, 9, 1), null, null, null, null, 40, Set.of("MYS")));

        String pm = mvc.perform(post("/api/v1/dvi/operations/" + o.id() + "/pm-files").with(TestUsers.as(thai))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\": \"PM-001\", \"sex\": \"FEMALE\", \"ageMin\": 30, \"ageMax\": 45, "
                                + "\"description\": {\"clothing\": \"blue sarong\"}}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        mvc.perform(post("/api/v1/dvi/operations/" + o.id() + "/pm-files").with(TestUsers.as(thai))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\": \"PM-001\", \"sex\": \"F\", \"ageMin\": 50, \"ageMax\": 40}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.allOf(Matchers.containsString("PM-001 exists"),
                        Matchers.containsString("sex"), Matchers.containsString("minimum is more"))));
        mvc.perform(post("/api/v1/dvi/operations/" + o.id() + "/am-files").with(TestUsers.as(malaysian))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\": \"AM-MY-1\", \"name\": \"Siti Aminah\", \"nationality\": \"MYS\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.memberCode").value("MYS"));
        mvc.perform(get(pm).with(TestUsers.as(vietnamese))).andExpect(status().isNotFound());
        mvc.perform(get(pm).with(TestUsers.as(malaysian))).andExpect(status().isOk())
                .andExpect(jsonPath("$.description.clothing").value("blue sarong"));

        mvc.perform(post(pm + "/dna").with(TestUsers.as(thai)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"PM_SAMPLE\", \"sample\": \"femur\", \"loci\": {\"vWA\": [\"16\", \"17\"], "
                                + "\"TH01\": [\"9.3\"]}, \"dropout\": [\"th01\"]}"))
                .andExpect(status().isCreated());
        mvc.perform(post(pm + "/dna").with(TestUsers.as(thai)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"DIRECT_REFERENCE\", \"loci\": {\"vWA\": [\"16\", \"x\", \"18\"]}, "
                                + "\"dropout\": [\"FGA\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.allOf(Matchers.containsString("PM_SAMPLE"),
                        Matchers.containsString("one or two alleles"), Matchers.containsString("FGA"))));

        mvc.perform(put(pm + "/dental-chart").with(TestUsers.as(thai)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recordedOn\": \"2026-09-03\", \"teeth\": {\"16\": {\"status\": \"filled\", "
                                + "\"surfaces\": [\"M\", \"O\"], \"material\": \"AMALGAM\"}, \"46\": {\"status\": "
                                + "\"MISSING_AM\"}}}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$['16'].surfaces[1]").value("O"));
        mvc.perform(put(pm + "/dental-chart").with(TestUsers.as(thai)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"teeth\": {\"19\": {\"status\": \"VIRGIN\"}, \"11\": {\"status\": \"FILLED\"}, "
                                + "\"21\": {\"status\": \"CROWN\", \"surfaces\": [\"O\"]}}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.allOf(Matchers.containsString("FDI"),
                        Matchers.containsString("names its filled surfaces"),
                        Matchers.containsString("only a filled tooth"))));
        mvc.perform(put(pm + "/dental-chart").with(TestUsers.as(vietnamese)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"teeth\": {}}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void marksAndEffectsAreCheckedAndRankTheMissingPersonWhoseTheyAre() throws Exception {
        EadsUser thai = TestUsers.create(users, "THA", Role.OFFICER);
        Operation o = operations.open(thai, new Operation.Input("Ferry " + System.nanoTime(), "Krabi",
                LocalDate.of(2026, 10, 5), null, null, null, null, 10, Set.of()));
        String body = mvc.perform(post("/api/v1/dvi/operations/" + o.id() + "/pm-files").with(TestUsers.as(thai))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"number\": \"PM-21\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        String missing = mvc.perform(post("/api/v1/dvi/operations/" + o.id() + "/am-files").with(TestUsers.as(thai))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\": \"AM-21\", \"name\": \"Nguyen Van An\", \"nationality\": \"VNM\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        String other = mvc.perform(post("/api/v1/dvi/operations/" + o.id() + "/am-files").with(TestUsers.as(thai))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\": \"AM-22\", \"name\": \"Tran Thi Binh\", \"nationality\": \"VNM\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");

        mvc.perform(put(body + "/marks").with(TestUsers.as(thai)).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"kind\": \"HENNA\", \"region\": \"left wrist\"}]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.allOf(Matchers.containsString("marks[0].kind"),
                        Matchers.containsString("marks[0].region"), Matchers.containsString("what it shows"))));
        mvc.perform(put(body + "/effects").with(TestUsers.as(thai)).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"kind\": \"watch\"}]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.containsString("effects[0].description")));

        mvc.perform(put(body + "/marks").with(TestUsers.as(thai)).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"kind\": \"tattoo\", \"region\": \"left arm\", \"description\": \"koi fish\"}]"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.marks[0].region").value("LEFT_ARM"));
        mvc.perform(put(body + "/effects").with(TestUsers.as(thai)).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"kind\": \"WATCH\", \"description\": \"steel Seiko\", \"identifier\": \"4A-1192\"}]"))
                .andExpect(status().isOk());
        mvc.perform(put(missing + "/marks").with(TestUsers.as(thai)).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"kind\": \"TATTOO\", \"region\": \"LEFT_ARM\", \"description\": \"a koi\"}]"))
                .andExpect(status().isOk());
        mvc.perform(put(missing + "/effects").with(TestUsers.as(thai)).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"kind\": \"WATCH\", \"description\": \"Seiko\", \"identifier\": \"4a 1192\"}]"))
                .andExpect(status().isOk());
        mvc.perform(put(other + "/marks").with(TestUsers.as(thai)).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"kind\": \"TATTOO\", \"region\": \"RIGHT_ARM\", \"description\": \"koi\"}]"))
                .andExpect(status().isOk());

        String amId = missing.substring(missing.lastIndexOf('/') + 1);
        mvc.perform(get(body + "/candidates").with(TestUsers.as(thai))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].amFileId").value(amId))
                .andExpect(jsonPath("$[0].methods[0]").value("marks and effects"))
                // a koi on the left arm (10^2) and the watch's number (10^2), capped at 10^3, over 9 others: odds 111
                .andExpect(jsonPath("$[0].status").value("PROBABLE"))
                .andExpect(jsonPath("$[0].log10PosteriorOdds").value(Matchers.closeTo(3 - Math.log10(9), 1e-9)));
        mvc.perform(get(body + "/candidates/" + amId).with(TestUsers.as(thai))).andExpect(status().isOk())
                .andExpect(jsonPath("$.evidence.secondary.marksLog10Lr").value(3.0))
                .andExpect(jsonPath("$.evidence.secondary.marksAndEffects", Matchers.hasItem(
                        "tattoo on the left arm: koi fish")));
    }
}
