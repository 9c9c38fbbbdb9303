package org.eads.scam;

import java.util.Set;
import java.util.UUID;

/** A member recorded a scam report naming these registry indicators. */
public record ScamReported(UUID reportId, String memberCode, Set<Long> indicatorIds) {
}
