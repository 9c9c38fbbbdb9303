package org.eads.screening;

import java.time.Instant;
import java.util.UUID;

/** A searcher asked the owner of a HIT_NO_HIT record to disclose it. */
public record DisclosureRequested(UUID requestId, UUID recordId, String ownerMember, long requesterId,
                                  String requester, String requesterMember, String reason, Instant at) {
}
