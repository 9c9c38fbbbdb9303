package org.eads.crisis;

import java.util.List;
import java.util.UUID;

/**
 * Everything the crisis board shows to one user: the crisis, who acknowledged it, the requests with their offers,
 * the latest situation reports the user may see, the intelligence items, and the user's own crisis alert while it
 * waits for their acknowledgement ({@code pendingAlertId}, else null).
 */
public record CrisisBoard(Crisis crisis, List<CrisisAcknowledgement> acknowledgements,
                          List<AssistanceRequest> requests, List<SituationReport> sitreps,
                          List<IntelligenceItem> intelligence, UUID pendingAlertId) {

    public long unacknowledged() {
        return acknowledgements.stream().filter(a -> !a.acknowledged()).count();
    }
}
