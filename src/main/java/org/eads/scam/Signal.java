package org.eads.scam;

import java.time.Instant;

/**
 * A partner's report of a suspected mule account or scam number. The indicator turns GREY at once (unless an
 * authority already set its status) and stays marked as pending until the partner's member accepts or rejects the
 * signal.
 */
public record Signal(long id, long indicatorId, IndicatorKind kind, String value, long partnerId, String partnerName,
                     String memberCode, Category category, String reference, String note,
                     IndicatorStatus previousStatus, State state, String reviewedBy, String reviewReason,
                     Instant reviewedAt, Instant createdAt) {

    public enum Category {
        MULE_ACCOUNT, SCAM_NUMBER, SCAM_SITE, OTHER
    }

    public enum State {
        PENDING, ACCEPTED, REJECTED
    }

    /** What a partner's system sends; {@code country} is the ISO alpha-3 country of a national phone number. */
    public record Input(IndicatorKind kind, String value, String country, Category category, String reference,
                        String note) {
    }
}
