package org.eads.scam;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A scam report as the viewer may see it. Victim name and contact are null unless the viewer is of the reporting
 * member, or the member chose to share them.
 */
public record ScamReport(UUID id, String memberCode, String caseReference, LocalDate reportDate, String victimKind,
                         String victimName, String victimContact, boolean victimIdentityShared,
                         String victimNationality, String victimAgeBand, String victimSex, String scamType,
                         ScamChannel channel, LocalDate firstContact, BigDecimal lossAmount, String lossCurrency,
                         BigDecimal lossUsd, String summary, String sharingLevel, Set<String> sharedWith,
                         String indicatorSharing, List<ReportIndicator> indicators, List<Payment> payments,
                         Instant createdAt) {

    /** An indicator of the report, as the registry has it. */
    public record ReportIndicator(long id, IndicatorKind kind, String value, String display, String role,
                                  IndicatorStatus status) {
    }

    public record Payment(long indicatorId, IndicatorKind kind, String to, OffsetDateTime paidAt, BigDecimal amount,
                          String currency, BigDecimal amountUsd) {
    }
}
