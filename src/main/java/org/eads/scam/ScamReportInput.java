package org.eads.scam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * A scam report as a member enters it (page form, API or CSV import).
 *
 * @param indicatorSharing how widely the report's indicators are shared in the registry (default MEMBERS)
 * @param indicators       what the scammer used: phones, accounts, wallets, URLs, handles, e-mails, app names
 * @param payments         what the victim paid, to which account or wallet
 */
public record ScamReportInput(String caseReference, LocalDate reportDate, Victim victim, String scamType,
                              ScamChannel channel, LocalDate firstContact, BigDecimal lossAmount, String lossCurrency,
                              String summary, String sharingLevel, Set<String> sharedWith, String indicatorSharing,
                              List<Indicator> indicators, List<Payment> payments) {

    /**
     * The victim. Name and contact are protected: only the reporting member sees them, unless
     * {@code identityShared}.
     */
    public record Victim(String kind, String name, String contact, Boolean identityShared, String nationality,
                         String ageBand, String sex) {
    }

    /** An indicator as written, with the country a national phone number is dialled in. */
    public record Indicator(IndicatorKind kind, String value, String country, String provider) {
    }

    /** A payment to an account or wallet. */
    public record Payment(IndicatorKind kind, String to, String country, OffsetDateTime paidAt, BigDecimal amount,
                          String currency) {
    }
}
