package org.eads.scam;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.scam.internal.campaigns.DashboardStore;
import org.eads.sharing.SharingPolicy;
import org.springframework.stereotype.Service;

/**
 * The anti-scam centre's figures: reports and losses per week by member and by scam type over the reports the viewer
 * may see, the most reported indicators of the shared registry, new campaigns, and the campaigns linked to compounds.
 */
@Service
public class ScamDashboard {

    /** Weeks the charts cover. */
    public static final int WEEKS = 26;

    private final DashboardStore store;
    private final Campaigns campaigns;
    private final Compounds compounds;
    private final SharingPolicy sharing;
    private final AuditLog audit;
    private final Clock clock;

    public ScamDashboard(DashboardStore store, Campaigns campaigns, Compounds compounds, SharingPolicy sharing,
                         AuditLog audit, Clock clock) {
        this.store = store;
        this.campaigns = campaigns;
        this.compounds = compounds;
        this.sharing = sharing;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reports and losses of a week (starting Monday) for one member or scam type. */
    public record WeekFigure(LocalDate week, String key, int reports, BigDecimal lossUsd) {
    }

    /** An indicator of the shared registry by the number of reports that name it. */
    public record TopIndicator(long id, IndicatorKind kind, String display, IndicatorStatus status, int reports,
                               BigDecimal lossUsd) {
    }

    public record Figures(LocalDate since, List<WeekFigure> byMember, List<WeekFigure> byType,
                          List<TopIndicator> topIndicators, List<Campaign> newCampaigns,
                          List<CompoundLink> compoundLinks) {
    }

    /** Everything the centre's page shows. Audited as one view of scam reports. */
    public Figures figures(EadsUser user) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate since = today.minusWeeks(WEEKS - 1).with(java.time.DayOfWeek.MONDAY);
        var visible = sharing.visibleRecords(user, "r");
        Figures f = new Figures(since, store.weekly(visible, "r.owner_member", since),
                store.weekly(visible, "r.scam_type", since), store.topIndicators(10),
                campaigns.newSince(user, 30, 20),
                Compounds.mayRead(user) ? compounds.links(user) : List.of());
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.SCAM_VIEW, "SCAM_REPORT",
                null).withDetails("centre dashboard"));
        return f;
    }
}
