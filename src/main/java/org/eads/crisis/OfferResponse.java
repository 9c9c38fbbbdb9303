package org.eads.crisis;

/** How a member answers a request for assistance (EDXL-RM ResponseToRequestResource). */
public enum OfferResponse {
    /** Everything that was asked for. */
    ACCEPT,
    /** Part of it: the offer names how many. */
    PARTIAL,
    /** Nothing, with a reason. */
    DECLINE
}
