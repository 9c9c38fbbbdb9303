package org.eads.scam;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.member.MemberKind;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems;
import org.eads.scam.internal.campaigns.CampaignRebuild;
import org.eads.scam.internal.campaigns.CampaignStore;
import org.eads.sharing.SharingPolicy;
import org.eads.sharing.SqlCondition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scam campaigns: reports that share indicators, grouped automatically as connected components of the
 * report–indicator graph, leaving out stop-listed indicators and those named by more reports than the degree cap.
 * Each new report updates the grouping at once ({@link #attach}); a full {@link #rebuild} recomputes it. Analysts
 * merge, split, name and annotate campaigns; a merged or split campaign is locked, so that no automatic step undoes
 * the decision. A viewer sees a campaign's reports, and figures over them, only as report sharing allows.
 */
@Service
public class Campaigns {

    /** Reports drawn in the network chart and listed on the page. */
    public static final int PAGE_REPORTS = 300;

    private final CampaignStore store;
    private final CampaignRebuild rebuild;
    private final Compounds compounds;
    private final ScamIndicators indicators;
    private final SharingPolicy sharing;
    private final AuditLog audit;
    private final Clock clock;
    private final int degreeCap;

    public Campaigns(CampaignStore store, CampaignRebuild rebuild, Compounds compounds, ScamIndicators indicators,
                     SharingPolicy sharing, AuditLog audit, Clock clock,
                     @Value("${eads.scam.campaigns.degree-cap:500}") int degreeCap) {
        this.store = store;
        this.rebuild = rebuild;
        this.compounds = compounds;
        this.indicators = indicators;
        this.sharing = sharing;
        this.audit = audit;
        this.clock = clock;
        this.degreeCap = degreeCap;
    }

    /** An indicator named by more reports than this links none of them. */
    public int degreeCap() {
        return degreeCap;
    }

    /** Whether the user may merge, split, name and link campaigns. */
    public static boolean mayEdit(EadsUser user) {
        return user.hasAny(Role.ANALYST, Role.SUPERVISOR);
    }

    /** Whether the user may keep the stop-list: the Secretariat's analysts and supervisors. */
    public static boolean mayMaintain(EadsUser user) {
        return user.memberKind() == MemberKind.SECRETARIAT && user.hasAny(Role.ANALYST, Role.SUPERVISOR);
    }

    /** Whether the user may rebuild every campaign: the Secretariat's analysts, supervisors and administrators. */
    public static boolean mayRebuild(EadsUser user) {
        return mayMaintain(user) || user.has(Role.SECRETARIAT_ADMIN);
    }

    // ---- the automatic grouping

    /**
     * Places a new report: it joins the campaigns its linking indicators touch. Without a locked campaign among them,
     * the touched campaigns and campaign-less neighbours merge into the largest; with one, the report and the other
     * touched reports join the locked campaign it shares most indicators with, and locked campaigns never merge.
     * Only indexed lookups of the report's own indicators: the cost does not grow with the number of reports.
     */
    @Transactional
    public void attach(UUID report, Set<Long> indicators) {
        store.lockMembership();
        if (store.campaignOf(report).isPresent()) {
            return;
        }
        List<Long> linking = store.linking(indicators, degreeCap);
        if (linking.isEmpty()) {
            return;
        }
        List<CampaignStore.Neighbour> neighbours = store.neighbours(report, linking);
        Set<UUID> free = new LinkedHashSet<>();
        Set<Long> automatic = new LinkedHashSet<>();
        Map<Long, Set<Long>> lockedShared = new HashMap<>();
        for (CampaignStore.Neighbour n : neighbours) {
            if (n.campaignId() == null) {
                free.add(n.reportId());
            } else if (n.locked()) {
                lockedShared.computeIfAbsent(n.campaignId(), k -> new java.util.HashSet<>()).add(n.indicatorId());
            } else {
                automatic.add(n.campaignId());
            }
        }
        if (free.isEmpty() && automatic.isEmpty() && lockedShared.isEmpty()) {
            return;
        }
        long target;
        if (!lockedShared.isEmpty()) {
            Map<Long, Integer> score = new HashMap<>();
            lockedShared.forEach((c, shared) -> score.put(c, shared.size()));
            target = CampaignRebuild.best(score);
        } else if (automatic.isEmpty()) {
            target = store.newCampaign(false);
        } else {
            target = store.sizes(automatic).keySet().iterator().next();
        }
        automatic.remove(target);
        store.absorb(target, automatic);
        free.add(report);
        store.assign(free, target, false);
    }

    /** Recomputes every campaign, keeping analysts' decisions and stable ids. Audited. */
    @Transactional
    public CampaignRebuild.Outcome rebuild(EadsUser user) {
        if (!mayRebuild(user)) {
            throw new NotAllowedException("Only the Secretariat's analysts and administrators rebuild campaigns");
        }
        CampaignRebuild.Outcome outcome = rebuild.run(degreeCap);
        changed(user, null, "rebuild: " + outcome);
        return outcome;
    }

    // ---- what a viewer sees

    /** Campaigns with at least one report the user may see, largest or newest first. Audited. */
    public List<Campaign> list(EadsUser user, boolean newestFirst, int page, int size) {
        int s = Math.clamp(size, 1, 200);
        List<Campaign> out = store.campaigns(visible(user), null, newestFirst, s, Math.max(page, 0) * s);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.SCAM_VIEW, "SCAM_CAMPAIGN",
                null).withDetails(newestFirst ? "list, newest first" : "list, largest first"));
        return out;
    }

    /** Campaigns created in the last {@code days} days that the user may see, newest first. */
    public List<Campaign> newSince(EadsUser user, int days, int limit) {
        return store.campaigns(visible(user), OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).minusDays(days),
                true, limit, 0);
    }

    /** One campaign over the reports the user may see; 404 when they may see none. Audited. */
    public CampaignDetail view(EadsUser user, long id) {
        SqlCondition visible = visible(user);
        var found = store.campaign(id, visible);
        audit.record(new AuditEvent(user.actor(CurrentUser.clientAddress()), AuditAction.SCAM_VIEW, "SCAM_CAMPAIGN",
                Long.toString(id), null, found.isPresent() ? "OK" : "NOT_FOUND", null));
        Campaign c = found.orElseThrow(() -> new CampaignNotFoundException("Campaign", id));
        List<CampaignDetail.Report> reports = store.reports(id, visible, PAGE_REPORTS);
        return new CampaignDetail(c, store.weeks(id, visible), store.nationalities(id, visible),
                store.indicators(id, visible, degreeCap, 500), reports,
                store.edges(reports.stream().map(CampaignDetail.Report::id).toList()),
                compounds.linksOf(user, id));
    }

    /** Whether the user may see at least one report of the campaign. */
    public boolean visible(EadsUser user, long id) {
        return store.campaign(id, visible(user)).isPresent();
    }

    // ---- analysts' decisions

    /** Names and annotates a campaign. Audited. */
    @Transactional
    public void describe(EadsUser user, long id, String name, String notes) {
        editable(user, id);
        Problems p = new Problems();
        p.maxLength(name, "name", 200);
        p.maxLength(notes, "notes", 20_000);
        p.throwIfAny();
        store.describe(id, blankToNull(name), blankToNull(notes));
        changed(user, id, "named " + (blankToNull(name) == null ? "(none)" : name.strip()));
    }

    /** Moves every report of {@code other} into {@code into}, which becomes locked; {@code other} is deleted. Audited. */
    @Transactional
    public void merge(EadsUser user, long into, long other) {
        editable(user, into);
        editable(user, other);
        if (into == other) {
            throw new InvalidRecordException("other", "choose another campaign than this one");
        }
        store.lockMembership();
        store.absorb(into, List.of(other));
        store.setLocked(into, true);
        store.pinAll(into);
        changed(user, into, "merged campaign " + other + " into it");
    }

    /**
     * Moves the chosen reports into a new campaign. Both campaigns become locked, with every report pinned, so that
     * neither a new report nor a rebuild joins them again. Audited.
     *
     * @return the new campaign's id
     */
    @Transactional
    public long split(EadsUser user, long id, Collection<UUID> reports) {
        editable(user, id);
        store.lockMembership();
        if (reports == null || reports.isEmpty()) {
            throw new InvalidRecordException("reports", "choose the reports to move into the new campaign");
        }
        List<UUID> moving = store.reportsIn(id, reports);
        List<UUID> notMine = new ArrayList<>(reports);
        notMine.removeAll(moving);
        if (!notMine.isEmpty()) {
            throw new InvalidRecordException("reports", "these reports are not in campaign " + id + ": " + notMine);
        }
        if (store.sizes(List.of(id)).getOrDefault(id, 0) <= moving.size()) {
            throw new InvalidRecordException("reports", "leave at least one report in the campaign");
        }
        long created = store.newCampaign(true);
        store.assign(moving, created, true);
        store.setLocked(id, true);
        store.pinAll(id);
        changed(user, id, "split " + moving.size() + " reports into campaign " + created);
        return created;
    }

    // ---- the stop-list

    public List<CampaignStore.Stop> stopList() {
        return store.stopList();
    }

    /** Stops an indicator from linking reports; takes effect for new reports and at the next rebuild. Audited. */
    @Transactional
    public void stop(EadsUser user, long indicator, String reason) {
        maintainer(user);
        if (reason == null || reason.isBlank()) {
            throw new InvalidRecordException("reason", "say why the indicator is too common to link reports");
        }
        store.stop(indicator, reason.strip(), user.id());
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.SCAM_CHANGE,
                "SCAM_INDICATOR", Long.toString(indicator)).withDetails("stop-listed for campaigns: " + reason.strip()));
    }

    /** Stops an indicator as written from linking reports; a clear error when no report names it. Audited. */
    @Transactional
    public ScamIndicator stop(EadsUser user, IndicatorKind kind, String value, String country, String reason) {
        maintainer(user);
        if (kind == null) {
            throw new InvalidRecordException("kind", "is required: " + java.util.Arrays.toString(IndicatorKind.values()));
        }
        ScamIndicator found = indicators.find(user, kind, value, country).orElseThrow(() ->
                new InvalidRecordException("value", "no report names " + kind + " " + value));
        stop(user, found.id(), reason);
        return found;
    }

    @Transactional
    public void unstop(EadsUser user, long indicator) {
        maintainer(user);
        if (store.unstop(indicator)) {
            audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.SCAM_CHANGE,
                    "SCAM_INDICATOR", Long.toString(indicator)).withDetails("removed from the campaign stop-list"));
        }
    }

    private void maintainer(EadsUser user) {
        if (!mayMaintain(user)) {
            throw new NotAllowedException("Only the Secretariat's analysts keep the campaign stop-list");
        }
    }

    private void editable(EadsUser user, long id) {
        if (!visible(user, id)) {
            throw new CampaignNotFoundException("Campaign", id);
        }
        if (!mayEdit(user)) {
            throw new NotAllowedException("Only analysts and supervisors change campaigns");
        }
    }

    private void changed(EadsUser user, Long id, String what) {
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.SCAM_CHANGE, "SCAM_CAMPAIGN",
                id == null ? null : id.toString()).withDetails(what));
    }

    private SqlCondition visible(EadsUser user) {
        return sharing.visibleRecords(user, "r");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
