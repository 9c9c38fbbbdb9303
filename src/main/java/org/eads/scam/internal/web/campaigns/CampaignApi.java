package org.eads.scam.internal.web.campaigns;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eads.identity.CurrentUser;
import org.eads.scam.Campaign;
import org.eads.scam.CampaignDetail;
import org.eads.scam.Campaigns;
import org.eads.scam.Compounds;
import org.eads.scam.IndicatorKind;
import org.eads.scam.internal.campaigns.CampaignRebuild;
import org.eads.scam.internal.campaigns.CampaignStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@ConditionalOnWebApplication
@RequestMapping(path = "/api/v1/scam/campaigns", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Scam campaigns", description = """
        Scam reports that share indicators (phones, accounts, wallets, websites, handles), grouped automatically as \
        each report arrives. Stop-listed indicators and those named by more reports than the degree cap link no \
        reports. Analysts merge, split, name and annotate campaigns; a merged or split campaign is locked, and new \
        reports join it without merging it with another. Figures count only the reports you may see; a campaign none \
        of whose reports you may see answers 404.""")
class CampaignApi {

    private final Campaigns campaigns;
    private final Compounds compounds;
    private final CurrentUser currentUser;

    CampaignApi(Campaigns campaigns, Compounds compounds, CurrentUser currentUser) {
        this.campaigns = campaigns;
        this.compounds = compounds;
        this.currentUser = currentUser;
    }

    record Description(String name, String notes) {
    }

    record Merge(long other) {
    }

    record Split(List<UUID> reports) {
    }

    record Created(long id) {
    }

    record CompoundLinkInput(long compound, String evidence) {
    }

    @GetMapping
    @Operation(summary = "Campaigns with a report you may see, largest (order=largest) or newest (order=newest) first")
    List<Campaign> list(@RequestParam(defaultValue = "largest") String order,
                        @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return campaigns.list(currentUser.get(), "newest".equals(order), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One campaign: weekly reports, victims' nationalities, indicators, reports, the network's "
            + "edges and linked compounds, over the reports you may see")
    CampaignDetail view(@PathVariable long id) {
        return campaigns.view(currentUser.get(), id);
    }

    @PutMapping(path = "/{id}/description", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Name and annotate a campaign (analysts and supervisors)")
    CampaignDetail describe(@PathVariable long id, @RequestBody Description body) {
        campaigns.describe(currentUser.get(), id, body.name(), body.notes());
        return campaigns.view(currentUser.get(), id);
    }

    @PostMapping(path = "/{id}/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Merge another campaign into this one, which becomes locked")
    CampaignDetail merge(@PathVariable long id, @RequestBody Merge body) {
        campaigns.merge(currentUser.get(), id, body.other());
        return campaigns.view(currentUser.get(), id);
    }

    @PostMapping(path = "/{id}/split", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Move the given reports into a new campaign; both become locked")
    Created split(@PathVariable long id, @RequestBody Split body) {
        return new Created(campaigns.split(currentUser.get(), id, body.reports()));
    }

    @PostMapping(path = "/{id}/compounds", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Link the campaign to a scam compound, with the evidence of the link")
    CampaignDetail link(@PathVariable long id, @RequestBody CompoundLinkInput body) {
        compounds.link(currentUser.get(), id, body.compound(), body.evidence());
        return campaigns.view(currentUser.get(), id);
    }

    record StopInput(IndicatorKind kind, String value, String country, String reason) {
    }

    @GetMapping("/stop-list")
    @Operation(summary = "Indicators that link no reports (a bank's own hotline, a marketplace's domain)")
    List<CampaignStore.Stop> stopList() {
        return campaigns.stopList();
    }

    @PostMapping(path = "/stop-list", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Stop an indicator linking reports, with the reason (the Secretariat's analysts)")
    List<CampaignStore.Stop> stop(@RequestBody StopInput body) {
        campaigns.stop(currentUser.get(), body.kind(), body.value(), body.country(), body.reason());
        return campaigns.stopList();
    }

    @DeleteMapping("/stop-list/{indicator}")
    @Operation(summary = "Let an indicator link reports again (new reports, and at the next rebuild)")
    List<CampaignStore.Stop> unstop(@PathVariable long indicator) {
        campaigns.unstop(currentUser.get(), indicator);
        return campaigns.stopList();
    }

    @PostMapping("/rebuild")
    @Operation(summary = "Recompute every campaign, keeping analysts' decisions and stable ids (the Secretariat)")
    CampaignRebuild.Outcome rebuild() {
        return campaigns.rebuild(currentUser.get());
    }
}
