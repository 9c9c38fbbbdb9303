package org.eads.stats;

import java.util.List;

/**
 * What a user has to do with statistics: drafts to fill or submit, submissions the Secretariat returned, and
 * submissions waiting for validation (to validate at the Secretariat; sent and pending at a member).
 */
public record StatsTodo(List<Submission> drafts, List<Submission> returned, List<Submission> waiting) {
}
