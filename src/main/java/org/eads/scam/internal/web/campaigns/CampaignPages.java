package org.eads.scam.internal.web.campaigns;

import java.util.List;
import java.util.UUID;

import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.records.InvalidRecordException;
import org.eads.scam.CampaignDetail;
import org.eads.scam.Campaigns;
import org.eads.scam.Compounds;
import org.eads.scam.IndicatorKind;
import org.eads.scam.internal.web.ScamPage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The campaign pages: the list (largest or newest first), one campaign with its charts, reports, indicators and
 * compounds, the analysts' forms (name, merge, split, link to a compound), the stop-list and the rebuild button.
 */
@Controller
@ConditionalOnWebApplication
class CampaignPages implements ScamPage {

    private static final int PAGE_SIZE = 50;

    private final Campaigns campaigns;
    private final Compounds compounds;
    private final ScamCharts charts;
    private final CurrentUser currentUser;

    CampaignPages(Campaigns campaigns, Compounds compounds, ScamCharts charts, CurrentUser currentUser) {
        this.campaigns = campaigns;
        this.compounds = compounds;
        this.charts = charts;
        this.currentUser = currentUser;
    }

    @GetMapping("/scam/campaigns")
    String list(@RequestParam(defaultValue = "largest") String order, @RequestParam(defaultValue = "0") int page,
                Model model) {
        EadsUser user = currentUser.get();
        boolean newest = "newest".equals(order);
        var list = campaigns.list(user, newest, page, PAGE_SIZE + 1);
        model.addAttribute("campaigns", list.stream().limit(PAGE_SIZE).toList());
        model.addAttribute("more", list.size() > PAGE_SIZE);
        model.addAttribute("order", newest ? "newest" : "largest");
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("rebuilder", Campaigns.mayRebuild(user));
        return "scam/campaigns";
    }

    @GetMapping("/scam/campaigns/{id}")
    String show(@PathVariable long id, Model model) {
        EadsUser user = currentUser.get();
        CampaignDetail d = campaigns.view(user, id);
        model.addAttribute("d", d);
        model.addAttribute("c", d.campaign());
        model.addAttribute("weeksChart", charts.campaignWeeks(d.weeks()));
        model.addAttribute("networkChart", charts.network(d));
        model.addAttribute("editor", Campaigns.mayEdit(user));
        model.addAttribute("compounds", Campaigns.mayEdit(user) ? compounds.list(user) : List.of());
        model.addAttribute("shownReports", Campaigns.PAGE_REPORTS);
        return "scam/campaign";
    }

    @PostMapping("/scam/campaigns/{id}/describe")
    String describe(@PathVariable long id, @RequestParam(required = false) String name,
                    @RequestParam(required = false) String notes, RedirectAttributes redirect) {
        return act(id, redirect, "The campaign's name and notes are saved.",
                () -> campaigns.describe(currentUser.get(), id, name, notes));
    }

    @PostMapping("/scam/campaigns/{id}/merge")
    String merge(@PathVariable long id, @RequestParam long other, RedirectAttributes redirect) {
        return act(id, redirect, "Campaign " + other + " is merged into this one, which is now locked.",
                () -> campaigns.merge(currentUser.get(), id, other));
    }

    @PostMapping("/scam/campaigns/{id}/split")
    String split(@PathVariable long id, @RequestParam(name = "report", required = false) List<UUID> reports,
                 RedirectAttributes redirect) {
        try {
            long created = campaigns.split(currentUser.get(), id, reports);
            redirect.addFlashAttribute("notice", "The chosen reports are now campaign " + created
                    + "; both campaigns are locked.");
            return "redirect:/scam/campaigns/" + created;
        } catch (InvalidRecordException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/scam/campaigns/" + id;
        }
    }

    @PostMapping("/scam/campaigns/{id}/compounds")
    String link(@PathVariable long id, @RequestParam long compound, @RequestParam(required = false) String evidence,
                RedirectAttributes redirect) {
        return act(id, redirect, "The campaign is linked to the compound.",
                () -> compounds.link(currentUser.get(), id, compound, evidence));
    }

    private static String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
        } catch (InvalidRecordException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/scam/campaigns/" + id;
    }

    @GetMapping("/scam/campaigns/stop-list")
    String stopList(Model model) {
        model.addAttribute("stops", campaigns.stopList());
        model.addAttribute("kinds", IndicatorKind.values());
        model.addAttribute("maintainer", Campaigns.mayMaintain(currentUser.get()));
        model.addAttribute("degreeCap", campaigns.degreeCap());
        return "scam/stop-list";
    }

    @PostMapping("/scam/campaigns/stop-list")
    String stop(@RequestParam IndicatorKind kind, @RequestParam String value,
                @RequestParam(required = false) String country, @RequestParam(required = false) String reason,
                RedirectAttributes redirect) {
        try {
            var stopped = campaigns.stop(currentUser.get(), kind, value, country, reason);
            redirect.addFlashAttribute("notice", stopped.display() + " no longer links reports.");
        } catch (InvalidRecordException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/scam/campaigns/stop-list";
    }

    @PostMapping("/scam/campaigns/stop-list/{indicator}/remove")
    String unstop(@PathVariable long indicator, RedirectAttributes redirect) {
        campaigns.unstop(currentUser.get(), indicator);
        redirect.addFlashAttribute("notice", "The indicator links reports again (new reports, and at the next rebuild).");
        return "redirect:/scam/campaigns/stop-list";
    }

    @PostMapping("/scam/campaigns/rebuild")
    String rebuild(RedirectAttributes redirect) {
        var o = campaigns.rebuild(currentUser.get());
        redirect.addFlashAttribute("notice", "Rebuilt: " + o.campaigns() + " campaigns over " + o.reports()
                + " reports; " + o.kept() + " kept their ids, " + o.created() + " are new, " + o.removed()
                + " were removed.");
        return "redirect:/scam/campaigns";
    }
}
