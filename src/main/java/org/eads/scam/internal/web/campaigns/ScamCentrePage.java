package org.eads.scam.internal.web.campaigns;

import org.eads.identity.CurrentUser;
import org.eads.scam.Delistings;
import org.eads.scam.ScamDashboard;
import org.eads.scam.ScamHolds;
import org.eads.scam.Recoveries;
import org.eads.scam.ScamSignals;
import org.eads.scam.internal.web.ScamPage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The anti-scam centre's dashboard. */
@Controller
@ConditionalOnWebApplication
class ScamCentrePage implements ScamPage {

    private final ScamDashboard dashboard;
    private final ScamCharts charts;
    private final CurrentUser currentUser;
    private final ScamHolds holds;
    private final Delistings delistings;
    private final ScamSignals signals;
    private final ObjectProvider<Recoveries> recoveries;

    ScamCentrePage(ScamDashboard dashboard, ScamCharts charts, CurrentUser currentUser, ScamHolds holds,
                   Delistings delistings, ScamSignals signals, ObjectProvider<Recoveries> recoveries) {
        this.recoveries = recoveries;
        this.dashboard = dashboard;
        this.charts = charts;
        this.currentUser = currentUser;
        this.holds = holds;
        this.delistings = delistings;
        this.signals = signals;
    }

    @GetMapping("/scam")
    String centre(Model model) {
        ScamDashboard.Figures f = dashboard.figures(currentUser.get());
        model.addAttribute("f", f);
        model.addAttribute("memberReports", charts.weeks(f.byMember(), f.since(), false));
        model.addAttribute("memberLosses", charts.weeks(f.byMember(), f.since(), true));
        model.addAttribute("typeReports", charts.weeks(f.byType(), f.since(), false));
        model.addAttribute("typeLosses", charts.weeks(f.byType(), f.since(), true));
        model.addAttribute("nationality", currentUser.get().memberCode());
        model.addAttribute("activeHolds", holds.active());
        model.addAttribute("openDelistings", delistings.open(currentUser.get().memberCode()));
        model.addAttribute("pendingSignals", signals.pending(currentUser.get().memberCode()));
        recoveries.ifAvailable(r -> model.addAttribute("recovered", r.of(currentUser.get().memberCode())));
        return "scam/centre";
    }
}
