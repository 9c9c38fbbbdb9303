package org.eads.crisis;

/**
 * A request for assistance as given.
 *
 * @param resourceType a {@link ResourceType} name
 * @param neededBy     ISO 8601; without an offset it is read as UTC
 */
public record NewAssistanceRequest(String resourceType, Integer quantity, String neededBy, String place,
                                   String notes) {
}
