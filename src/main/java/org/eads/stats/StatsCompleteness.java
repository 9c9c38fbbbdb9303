package org.eads.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.member.Member;
import org.eads.member.Members;
import org.eads.stats.internal.submission.SubmissionStore;
import org.springframework.stereotype.Service;

/**
 * Which members have reported what: per member and period of a year, the state of its submission and the share of
 * the expected totals it reports (one per crime area and indicator collected in such a period). The Secretariat sees
 * every member country, a member its own row.
 */
@Service
public class StatsCompleteness {

    private final SubmissionStore store;
    private final Classifications classifications;
    private final Members members;
    private final AuditLog audit;
    private final Clock clock;

    public StatsCompleteness(SubmissionStore store, Classifications classifications, Members members, AuditLog audit,
                             Clock clock) {
        this.store = store;
        this.classifications = classifications;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Completeness of a year: per member (every member country for the Secretariat, the own member otherwise) and
     * period, the state of its submission and the share of expected totals it reports. Audited.
     */
    public Completeness of(EadsUser user, int year) {
        StatsAccess.requireView(user);
        Classification c = classifications.inForce(year);
        List<Member> shown = members.countries().stream()
                .filter(m -> StatsAccess.secretariat(user) || m.code().equals(user.memberCode()))
                .sorted(Comparator.comparing(Member::name)).toList();
        List<Period> periods = Period.of(year).stream().filter(p -> c.expectedTotals(p.periodicity()) > 0).toList();
        Map<String, List<SubmissionStore.YearEntry>> entries = new HashMap<>();
        for (SubmissionStore.YearEntry e : store.year(year, shown.stream().map(Member::code).toList())) {
            entries.computeIfAbsent(e.member() + "|" + e.period(), k -> new ArrayList<>()).add(e);
        }
        LocalDate today = LocalDate.now(clock);
        List<Completeness.Row> rows = new ArrayList<>();
        for (Member m : shown) {
            List<Completeness.Cell> cells = new ArrayList<>();
            for (Period p : periods) {
                List<SubmissionStore.YearEntry> list = entries.getOrDefault(m.code() + "|" + p, List.of());
                SubmissionStore.YearEntry open = list.stream().filter(e -> e.status().open()).findFirst().orElse(null);
                SubmissionStore.YearEntry accepted = list.stream()
                        .filter(e -> e.status() == SubmissionStatus.ACCEPTED).findFirst().orElse(null);
                SubmissionStore.YearEntry shownEntry = accepted != null ? accepted : open;
                cells.add(new Completeness.Cell(p.toString(), shownEntry == null ? null : shownEntry.status(),
                        open != null ? open.id() : shownEntry == null ? null : shownEntry.id(),
                        c.expectedTotals(p.periodicity()), shownEntry == null ? 0 : shownEntry.totals(),
                        p.endedBefore(today), accepted != null && open != null));
            }
            rows.add(new Completeness.Row(m.code(), m.name(), cells));
        }
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_VIEW,
                "STATS_COMPLETENESS", Integer.toString(year)).withDetails(rows.size() + " members"));
        return new Completeness(year, c.version(), periods.stream().map(Period::toString).toList(), rows);
    }
}
