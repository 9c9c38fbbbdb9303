package org.eads.scam;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * An indicator of the shared registry, with what is known of it across the members: how many reports name it (those
 * shared with members), which members reported it, when it was first and last seen, and the losses reported.
 * {@code reviewPending} is set while the GREY status comes from a partner's signal that its member has not reviewed.
 */
public record ScamIndicator(long id, IndicatorKind kind, String value, String display, IndicatorStatus status,
                            String statusReason, Instant statusAt, int reportCount, Set<String> members,
                            LocalDate firstSeen, LocalDate lastSeen, BigDecimal totalLossUsd,
                            boolean reviewPending) {

    /**
     * Whether the registry may say it knows this indicator: some report shares it with members, or an authority or
     * a bank set its status. An entry kept only by national reports is not disclosed.
     */
    public boolean shared() {
        return reportCount > 0 || status != IndicatorStatus.REPORTED;
    }
}
