package org.eads.crisis;

import java.time.Instant;
import java.util.UUID;

/**
 * A member's answer to a request for assistance. Unless it declines, it is also the deployment of what it offers:
 * {@code state} follows it from OFFERED to RELEASED; a decline has no state.
 */
public record Offer(UUID id, UUID requestId, UUID crisisId, String memberCode, OfferResponse response, int quantity,
                    String reason, String notes, DeploymentState state, String offeredBy, Instant createdAt,
                    Instant updatedAt) {

    public boolean deploys() {
        return state != null;
    }
}
