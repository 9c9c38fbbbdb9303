package org.eads.crisis;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A request for assistance (EDXL-RM RequestResource) with the offers that answer it, oldest first. */
public record AssistanceRequest(UUID id, UUID crisisId, String memberCode, ResourceType resourceType, int quantity,
                                Instant neededBy, String place, String notes, String requestedBy, Instant createdAt,
                                List<Offer> offers) {

    /** How many of what was asked for the requesting member has accepted. */
    @JsonProperty
    public int accepted() {
        return offers.stream().filter(o -> o.state() != null && o.state() != DeploymentState.OFFERED)
                .mapToInt(Offer::quantity).sum();
    }

    /** Still short of what was asked for. */
    @JsonProperty
    public boolean open() {
        return accepted() < quantity;
    }
}
