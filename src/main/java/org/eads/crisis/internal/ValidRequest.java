package org.eads.crisis.internal;

import java.time.Instant;

import org.eads.crisis.ResourceType;

/** A request for assistance that passed every check. */
public record ValidRequest(ResourceType resourceType, int quantity, Instant neededBy, String place, String notes) {
}
