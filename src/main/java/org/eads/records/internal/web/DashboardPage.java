package org.eads.records.internal.web;

import java.util.Arrays;
import java.util.List;

import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.records.RecordFilter;
import org.eads.records.RecordType;
import org.eads.records.Records;
import org.eads.records.SharingProfile;
import org.eads.sharing.SharingLevel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The start page: what the officer's own member has recorded lately, what is due for review, and how much. */
@Controller
class DashboardPage {

    static final int RECENT = 10;
    static final int DUE = 20;

    private final Records records;
    private final CurrentUser currentUser;
    private final JsonMapper json = JsonMapper.builder().build();

    DashboardPage(Records records, CurrentUser currentUser) {
        this.records = records;
        this.currentUser = currentUser;
    }

    /** How many records of a type the member holds. */
    public record TypeCount(RecordType type, long count) {
    }

    @GetMapping("/")
    String dashboard(Model model) {
        EadsUser user = currentUser.get();
        model.addAttribute("user", user);
        model.addAttribute("recent", records.list(user,
                new RecordFilter(null, user.memberCode(), null, null, null), 0, RECENT).items());
        model.addAttribute("due", records.list(user, new RecordFilter(null, null, null, null, true), 0, DUE));
        SharingProfile profile = records.sharingProfile(user);
        List<TypeCount> perType = Arrays.stream(RecordType.values())
                .map(t -> new TypeCount(t, profile.count(t))).toList();
        model.addAttribute("counts", perType);
        model.addAttribute("total", profile.total());
        model.addAttribute("sharingChart", chart(profile));
        return "dashboard";
    }

    /** The chart's data for static/js/sharing-chart.js: one series per sharing level, one bar per record type. */
    private String chart(SharingProfile profile) {
        ObjectNode chart = json.createObjectNode();
        ArrayNode types = chart.putArray("types");
        Arrays.stream(RecordType.values()).forEach(t -> types.add(t.title()));
        ArrayNode series = chart.putArray("series");
        for (SharingLevel level : SharingLevel.values()) {
            ObjectNode s = series.addObject().put("name", RecordText.levelName(level));
            ArrayNode data = s.putArray("data");
            Arrays.stream(RecordType.values()).forEach(t -> data.add(profile.count(t, level)));
        }
        return chart.toString();
    }
}
