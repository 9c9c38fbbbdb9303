package org.eads.alerts.internal.followup;

import org.eads.alerts.Disclosures;
import org.eads.alerts.Hits;
import org.eads.screening.DisclosureRequested;
import org.eads.screening.SearchHit;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns screening's events into hits and disclosure requests with their notifications. The events go through the
 * durable event publication registry: one committed but not yet handled when a node stops is handled at the next
 * start.
 */
@Component
class FollowUpListeners {

    private final Hits hits;
    private final Disclosures disclosures;

    FollowUpListeners(Hits hits, Disclosures disclosures) {
        this.hits = hits;
        this.disclosures = disclosures;
    }

    @ApplicationModuleListener
    void on(SearchHit hit) {
        hits.record(hit);
    }

    @ApplicationModuleListener
    void on(DisclosureRequested request) {
        disclosures.record(request);
    }
}
