package org.eads.screening;

import java.util.UUID;

/**
 * Raised when a search matched a record of another member, so that its owner can be told who searched, from which
 * member, for what, and how well it matched.
 */
public record SearchHit(UUID recordId, String ownerMember, String searcher, String searcherMember, String query,
                        double score, boolean hitOnly) {
}
