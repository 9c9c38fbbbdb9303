package org.eads.scam.internal.campaigns;

import org.eads.scam.Campaigns;
import org.eads.scam.ScamReported;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Places each new report in its campaign. The event goes through the durable publication registry: a report
 * committed but not yet placed when a node stops is placed at the next start, and placing twice changes nothing.
 */
@Component
class CampaignListener {

    private final Campaigns campaigns;

    CampaignListener(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @ApplicationModuleListener
    void on(ScamReported reported) {
        campaigns.attach(reported.reportId(), reported.indicatorIds());
    }
}
