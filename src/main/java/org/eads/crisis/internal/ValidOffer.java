package org.eads.crisis.internal;

import org.eads.crisis.OfferResponse;

/** An offer that passed every check; {@code quantity} is what is offered (0 for a decline). */
public record ValidOffer(OfferResponse response, int quantity, String reason, String notes) {
}
