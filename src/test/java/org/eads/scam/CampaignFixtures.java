package org.eads.scam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.eads.identity.EadsUser;
import org.eads.scam.internal.campaigns.CampaignStore;

/**
 * Scam reports for the campaign tests, each naming app names as its indicators (unique to the test run), placed in
 * their campaign at once rather than by the asynchronous listener, so that each test decides the order.
 */
final class CampaignFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    private final ScamReports reports;
    private final Campaigns campaigns;
    private final CampaignStore store;

    CampaignFixtures(ScamReports reports, Campaigns campaigns, CampaignStore store) {
        this.reports = reports;
        this.campaigns = campaigns;
        this.store = store;
    }

    /** An indicator value unique to this run. */
    static String app(String name) {
        return "app " + name + " " + RUN + "-" + SEQ.incrementAndGet();
    }

    ScamReport file(EadsUser user, String level, String nationality, String lossMyr, String... apps) {
        ScamReport r = unplaced(user, level, nationality, lossMyr, apps);
        place(campaigns, r);
        return r;
    }

    ScamReport unplaced(EadsUser user, String level, String nationality, String lossMyr, String... apps) {
        return reports.create(user, new ScamReportInput(user.memberCode() + "-C" + RUN + "-" + SEQ.incrementAndGet(),
                LocalDate.now().minusDays(3),
                new ScamReportInput.Victim("PERSON", "Victim", null, false, nationality, "35-44", "F"), "INVESTMENT",
                ScamChannel.MESSAGING_APP, null, lossMyr == null ? null : new BigDecimal(lossMyr),
                lossMyr == null ? null : "MYR", "Fake trading app", level, null, null,
                Arrays.stream(apps).map(a -> new ScamReportInput.Indicator(IndicatorKind.APP, a, null, null)).toList(),
                null));
    }

    static void place(Campaigns campaigns, ScamReport r) {
        campaigns.attach(r.id(), ids(r));
    }

    static Set<Long> ids(ScamReport r) {
        return r.indicators().stream().map(ScamReport.ReportIndicator::id).collect(Collectors.toSet());
    }

    Long campaignOf(ScamReport r) {
        return store.campaignOf(r.id()).orElse(null);
    }

    List<Long> campaignsOf(ScamReport... rs) {
        return Arrays.stream(rs).map(this::campaignOf).toList();
    }

    static List<UUID> idsOf(ScamReport... rs) {
        return Arrays.stream(rs).map(ScamReport::id).toList();
    }
}
