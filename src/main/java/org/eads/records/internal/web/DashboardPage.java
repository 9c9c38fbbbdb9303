package org.eads.records.internal.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.records.RecordFilter;
import org.eads.records.RecordType;
import org.eads.records.Records;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what the officer's own member has recorded lately, what is due for review, and how much. */
@Controller
class DashboardPage {

    static final int RECENT = 10;
    static final int DUE = 20;

    private final Records records;
    private final CurrentUser currentUser;

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
        Map<RecordType, Long> counts = records.countsByType(user);
        List<TypeCount> perType = Arrays.stream(RecordType.values())
                .map(t -> new TypeCount(t, counts.getOrDefault(t, 0L))).toList();
        model.addAttribute("counts", perType);
        model.addAttribute("total", perType.stream().mapToLong(TypeCount::count).sum());
        return "dashboard";
    }
}
