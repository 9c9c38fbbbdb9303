package org.eads.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.eads.TestUsers;
import org.eads.alerts.AlertKind;
import org.eads.alerts.Alerts;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

@SpringBootTest
@AutoConfigureMockMvc
class CrisisAssistanceTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Alerts alerts;

    @Test
    void aRequestIsOfferedAcceptedAndTheDeploymentMovesOnOnlyInOrder() throws Exception {
        EadsUser requester = TestUsers.create(users, "PHL", Role.SUPERVISOR, Role.CRISIS_CONTACT);
        EadsUser provider = TestUsers.create(users, "SGP", Role.OFFICER, Role.CRISIS_CONTACT);
        EadsUser decliner = TestUsers.create(users, "THA", Role.SUPERVISOR);
        EadsUser officer = TestUsers.create(users, "MYS", Role.OFFICER);
        UUID crisis = CrisisFixtures.declare(mvc, requester, "Bombing in Davao night market", "MEMBERS", false);
        String base = "/api/v1/crises/" + crisis;

        JsonNode request = CrisisFixtures.json(send(post(base + "/requests"), requester, """
                {"resourceType":"DVI_TEAM","quantity":3,"neededBy":"2026-12-01T06:00","place":"Davao mortuary"}""")
                .andExpect(status().isCreated()));
        String requestId = request.get("id").asString();
        assertThat(request.get("open").asBoolean()).isTrue();
        assertThat(updates(provider, crisis)).anyMatch(s -> s.contains("request for assistance: 3 x DVI team"));

        // the answers that cannot be used, each saying what to fix
        JsonNode noQuantity = CrisisFixtures.json(send(post(base + "/requests/" + requestId + "/offers"), provider,
                "{\"response\":\"PARTIAL\"}").andExpect(status().isBadRequest()));
        assertThat(noQuantity.get("errors").toString()).contains("quantity", "is required with PARTIAL");
        JsonNode tooMany = CrisisFixtures.json(send(post(base + "/requests/" + requestId + "/offers"), provider,
                "{\"response\":\"PARTIAL\",\"quantity\":3}").andExpect(status().isBadRequest()));
        assertThat(tooMany.get("detail").asString()).contains("must be between 1 and 2");
        JsonNode noReason = CrisisFixtures.json(send(post(base + "/requests/" + requestId + "/offers"), decliner,
                "{\"response\":\"DECLINE\"}").andExpect(status().isBadRequest()));
        assertThat(noReason.get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(noReason.get("detail").asString()).contains("say why");
        send(post(base + "/requests/" + requestId + "/offers"), requester, "{\"response\":\"ACCEPT\"}")
                .andExpect(status().isForbidden());
        send(post(base + "/requests/" + requestId + "/offers"), officer, "{\"response\":\"ACCEPT\"}")
                .andExpect(status().isForbidden());

        JsonNode declined = CrisisFixtures.json(send(post(base + "/requests/" + requestId + "/offers"), decliner,
                "{\"response\":\"DECLINE\",\"reason\":\"Our DVI teams are in Chiang Rai\"}")
                .andExpect(status().isCreated()));
        assertThat(declined.has("state")).isFalse();
        JsonNode offer = CrisisFixtures.json(send(post(base + "/requests/" + requestId + "/offers"), provider,
                "{\"response\":\"PARTIAL\",\"quantity\":2,\"notes\":\"Two teams of twelve\"}")
                .andExpect(status().isCreated()));
        assertThat(offer.get("state").asString()).isEqualTo("OFFERED");
        String offerId = offer.get("id").asString();
        assertThat(updates(requester, crisis)).anyMatch(s -> s.contains("SGP offers 2 of 3 x DVI team"))
                .anyMatch(s -> s.contains("THA declines"));

        // a declined offer deploys nothing; the provider cannot accept its own offer
        postAs(base + "/offers/" + declined.get("id").asString() + "/acceptance", requester)
                .andExpect(status().isConflict());
        postAs(base + "/offers/" + offerId + "/acceptance", provider).andExpect(status().isForbidden());
        // nor may it travel before it is accepted
        JsonNode early = CrisisFixtures.json(move(base, offerId, provider, "EN_ROUTE").andExpect(status().isConflict()));
        assertThat(early.get("detail").asString()).contains("OFFERED cannot become EN_ROUTE");

        JsonNode accepted = CrisisFixtures.json(postAs(base + "/offers/" + offerId + "/acceptance", requester)
                .andExpect(status().isOk()));
        assertThat(accepted.get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(updates(provider, crisis)).anyMatch(s -> s.contains("accepted"));
        postAs(base + "/offers/" + offerId + "/acceptance", requester).andExpect(status().isConflict());

        move(base, offerId, requester, "EN_ROUTE").andExpect(status().isForbidden());
        move(base, offerId, provider, "ON_SITE").andExpect(status().isConflict());
        move(base, offerId, provider, "EN_ROUTE").andExpect(status().isOk());
        move(base, offerId, provider, "ON_SITE").andExpect(status().isOk());
        move(base, offerId, provider, "EN_ROUTE").andExpect(status().isConflict());
        move(base, offerId, provider, "RELEASED").andExpect(status().isForbidden());
        JsonNode badState = CrisisFixtures.json(move(base, offerId, requester, "HOME").andExpect(status().isBadRequest()));
        assertThat(badState.get("detail").asString()).contains("'HOME' is not one of OFFERED, ACCEPTED");

        JsonNode requests = CrisisFixtures.json(mvc.perform(get(base + "/requests").with(TestUsers.as(provider)))
                .andExpect(status().isOk()));
        assertThat(requests.get(0).get("accepted").asInt()).isEqualTo(2);
        assertThat(requests.get(0).get("open").asBoolean()).isTrue();

        // the board shows the deployment and offers the requester its release
        String board = CrisisFixtures.body(mvc.perform(get("/crises/" + crisis).with(TestUsers.as(requester))));
        assertThat(board).contains("2 x DVI team", "ON_SITE", "Release", "Our DVI teams are in Chiang Rai");
        mvc.perform(post("/crises/" + crisis + "/offers/" + offerId + "/state").param("state", "RELEASED")
                .with(TestUsers.as(requester)).with(csrf())).andExpect(status().is3xxRedirection());
        JsonNode released = CrisisFixtures.json(mvc.perform(get(base + "/requests").with(TestUsers.as(requester))));
        assertThat(released.get(0).get("offers").toString()).contains("\"state\":\"RELEASED\"");
        move(base, offerId, requester, "RELEASED").andExpect(status().isConflict());

        // a refused step on the page comes back to the board with its reason
        String next = mvc.perform(post("/crises/" + crisis + "/offers/" + offerId + "/state").param("state", "ON_SITE")
                        .with(TestUsers.as(provider)).with(csrf())).andExpect(status().is3xxRedirection())
                .andReturn().getFlashMap().get("actionErrors").toString();
        assertThat(next).contains("RELEASED cannot become ON_SITE");
    }

    @Test
    void intelligenceItemsLinkToTheSearchAndToANewRecord() throws Exception {
        EadsUser declarer = TestUsers.create(users, "LAO", Role.SUPERVISOR);
        UUID crisis = CrisisFixtures.declare(mvc, declarer, "Hostage situation in Vientiane", "MEMBERS", false);
        JsonNode item = CrisisFixtures.json(send(post("/api/v1/crises/" + crisis + "/intelligence"), declarer,
                "{\"kind\":\"VEHICLE_PLATE\",\"value\":\"LAO 4421\",\"note\":\"Getaway van\"}")
                .andExpect(status().isCreated()));
        assertThat(item.get("searchPath").asString()).isEqualTo("/search?q=LAO+4421");
        assertThat(item.get("newRecordPath").asString()).isEqualTo("/records/new?type=VEHICLE");
        mvc.perform(post("/crises/" + crisis + "/intelligence").param("kind", "SUSPECT_NAME")
                .param("value", "Somsak Phommachanh").with(TestUsers.as(declarer)).with(csrf()));

        String board = CrisisFixtures.body(mvc.perform(get("/crises/" + crisis).with(TestUsers.as(declarer))));
        assertThat(board).contains("href=\"/search?q=LAO%204421\"", "href=\"/records/new?type=VEHICLE\"",
                "href=\"/search?q=Somsak%20Phommachanh\"", "href=\"/records/new?type=PERSON\"");
    }

    private ResultActions send(MockHttpServletRequestBuilder request,
                               EadsUser user, String json) throws Exception {
        return mvc.perform(request.with(TestUsers.as(user)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions postAs(String path, EadsUser user) throws Exception {
        return mvc.perform(post(path).with(TestUsers.as(user)));
    }

    private ResultActions move(String base, String offerId, EadsUser user, String state) throws Exception {
        return send(put(base + "/offers/" + offerId + "/state"), user, "{\"state\":\"" + state + "\"}");
    }

    private List<String> updates(EadsUser user, UUID crisis) {
        return alerts.inbox(user, Alerts.InboxFilter.ALL, 0, 200).entries().stream()
                .filter(e -> e.alert().kind() == AlertKind.CRISIS_UPDATE
                        && crisis.toString().equals(e.alert().objectId()))
                .map(e -> e.alert().subject()).toList();
    }
}
