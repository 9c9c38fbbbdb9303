package org.eads.scam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the campaign page shows, over the reports of the campaign that the viewer may see. */
public record CampaignDetail(Campaign campaign, List<Week> weeks, List<Count> victimNationalities,
                             List<Indicator> indicators, List<Report> reports, List<Edge> edges,
                             List<CompoundLink> compounds) {

    /** Reports and losses of a week (starting Monday). */
    public record Week(LocalDate start, int reports, BigDecimal lossUsd) {
    }

    public record Count(String key, int count) {
    }

    /**
     * An indicator named by the campaign's reports.
     *
     * @param account  named as the destination of a payment (an account or wallet)
     * @param connects whether it links reports (neither stop-listed nor over the degree cap)
     */
    public record Indicator(long id, IndicatorKind kind, String display, IndicatorStatus status, int reports,
                            boolean account, boolean connects) {
    }

    public record Report(UUID id, String memberCode, String caseReference, LocalDate reportDate, String scamType,
                         BigDecimal lossUsd, String victimNationality, boolean pinned) {
    }

    /** A report names an indicator, as a contact or as a payment. */
    public record Edge(UUID reportId, long indicatorId, String role) {
    }
}
