package org.eads.crisis;

/**
 * An offer as given.
 *
 * @param response an {@link OfferResponse} name
 * @param quantity with PARTIAL, how many (fewer than requested); ACCEPT offers the whole quantity
 * @param reason   required with DECLINE
 */
public record NewOffer(String response, Integer quantity, String reason, String notes) {
}
