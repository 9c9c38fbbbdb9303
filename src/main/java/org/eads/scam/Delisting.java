package org.eads.scam;

import java.time.Instant;
import java.util.Set;

/**
 * A request to remove an indicator from the lists: who asks (the account holder, a bank), on what grounds, which
 * member reviews it, and the decision.
 */
public record Delisting(long id, String reference, long indicatorId, IndicatorKind kind, String value,
                        IndicatorStatus indicatorStatus, Set<String> reportingMembers, RequesterKind requesterKind,
                        String requesterName, String requesterContact, String grounds, Via receivedVia,
                        String memberCode, String enteredBy, State state, String reviewer, String decisionReason,
                        Instant decidedAt, Instant createdAt) {

    public enum RequesterKind {
        ACCOUNT_HOLDER, BANK, OTHER
    }

    public enum Via {
        PUBLIC, OFFICER, PARTNER
    }

    public enum State {
        SUBMITTED, UNDER_REVIEW, GRANTED, REFUSED;

        public boolean open() {
            return this == SUBMITTED || this == UNDER_REVIEW;
        }
    }

    /** What a requester gives. */
    public record Input(RequesterKind requesterKind, String requesterName, String requesterContact, String grounds) {
    }
}
