package org.eads.scam.internal.web.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.scam.IndicatorKind;
import org.eads.scam.ScamCheckAudit;
import org.eads.scam.internal.CheckCounter;
import org.eads.scam.internal.web.campaigns.ScamCharts;
import org.eads.scam.internal.web.ScamPage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditors' page of checks: checks per client and day (chart and table) and the search of single checks. */
@Controller
@ConditionalOnWebApplication
class CheckAuditPage implements ScamPage {

    private static final int DAYS = 30;

    private final ScamCheckAudit audit;
    private final ScamCharts charts;
    private final CurrentUser currentUser;

    CheckAuditPage(ScamCheckAudit audit, ScamCharts charts, CurrentUser currentUser) {
        this.audit = audit;
        this.charts = charts;
        this.currentUser = currentUser;
    }

    @GetMapping("/scam/checks")
    String page(@RequestParam(required = false) IndicatorKind kind, @RequestParam(required = false) String value,
                @RequestParam(required = false) String client,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String search, Model model) {
        EadsUser user = currentUser.get();
        LocalDate since = LocalDate.now().minusDays(DAYS - 1);
        List<CheckCounter.Daily> daily = audit.daily(user, since);
        model.addAttribute("daily", daily);
        model.addAttribute("chart", chart(daily, since));
        model.addAttribute("kinds", IndicatorKind.values());
        model.addAttribute("mayReadChecks", ScamCheckAudit.mayReadChecks(user));
        model.addAttribute("kind", kind);
        model.addAttribute("value", value);
        model.addAttribute("client", client);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        if (search != null) {
            try {
                model.addAttribute("lines", audit.checks(user, new ScamCheckAudit.Query(kind, value, client, from, to)));
            } catch (InvalidRecordException | NotAllowedException e) {
                model.addAttribute("error", e.getMessage());
            }
        }
        return "scam/check-audit";
    }

    private String chart(List<CheckCounter.Daily> daily, LocalDate since) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = since; !d.isAfter(LocalDate.now()); d = d.plusDays(1)) {
            days.add(d);
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        new TreeSet<>(daily.stream().map(d -> d.memberCode() + " " + d.username()).toList())
                .forEach(k -> series.put(k, new double[days.size()]));
        for (CheckCounter.Daily d : daily) {
            int i = days.indexOf(d.day());
            if (i >= 0) {
                series.get(d.memberCode() + " " + d.username())[i] += d.checks();
            }
        }
        return charts.bars(days, series, "Checks");
    }
}
