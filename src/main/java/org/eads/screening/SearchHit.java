package org.eads.screening;

import java.time.Instant;
import java.util.UUID;

/**
 * Raised when a search matched a record of another member, so that its owner can be told who searched, from which
 * member and agency, when, for what, and how well it matched.
 */
public record SearchHit(UUID recordId, String recordType, String ownerMember, long searcherId, String searcher,
                        String searcherMember, Long searcherAgencyId, String query, double score, boolean hitOnly,
                        Instant at) {
}
