package org.eads.funds;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.eads.sharing.SharingLevel;

/**
 * A tracing case: the transactions supplied for one investigation, shared like a record. Frozen and returned amounts
 * are in US dollars, rolled up from its freeze requests.
 */
public record FundsCase(long id, String ownerMember, String reference, String title, UUID scamReportId,
                        SharingLevel sharingLevel, Set<String> sharedWith, long transfers, BigDecimal frozenUsd,
                        BigDecimal returnedUsd, long createdBy, Instant createdAt) {

    /** What a case is made from: its reference and title, the scam report it follows, and who may see it. */
    public record Input(String reference, String title, UUID scamReportId, String sharingLevel, Set<String> sharedWith) {
    }
}
