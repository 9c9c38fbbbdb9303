package org.eads.scam;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eads.identity.EadsUser;
import org.eads.records.Identifiers;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.scam.internal.CheckCounter;
import org.eads.scam.internal.CheckLog;
import org.eads.scam.internal.PartnerLimits;
import org.eads.web.TooManyRequestsException;
import org.eads.scam.internal.ScamStore;
import org.springframework.stereotype.Service;

/**
 * Real-time checks of indicators against the shared registry, for a bank's payment system, a telco or an officer:
 * up to 1,000 indicators in one call, answered with one query. Each answer says whether the indicator is known, its
 * status and risk band, how many reports name it and by which members, and when it was last seen; never a victim or
 * a case. Checks are counted per client and day for the auditors, in memory and written in batches, so that the
 * answer never waits for an audit write.
 */
@Service
public class ScamChecks {

    public static final int MAX_BATCH = 1_000;

    /** One indicator to check, as the caller writes it. */
    public record Item(IndicatorKind kind, String value, String country) {
    }

    private final ScamStore store;
    private final CheckCounter counter;
    private final Clock clock;
    private final ScamPartners partners;
    private final PartnerLimits limits;
    private final CheckLog log;

    public ScamChecks(ScamStore store, CheckCounter counter, Clock clock, ScamPartners partners, PartnerLimits limits,
                      CheckLog log) {
        this.store = store;
        this.counter = counter;
        this.clock = clock;
        this.partners = partners;
        this.limits = limits;
        this.log = log;
    }

    /**
     * Answers the checks, in the order asked. A partner's client may check only the kinds in its partner's scope, and
     * within its rate and quota.
     *
     * @throws NotAllowedException       when the partner is suspended or a kind is outside its scope
     * @throws TooManyRequestsException  when the partner's rate or daily quota would be exceeded
     */
    public List<CheckResult> check(EadsUser caller, List<Item> items) {
        if (items == null || items.isEmpty()) {
            throw new InvalidRecordException("indicators", "give at least one indicator to check");
        }
        if (items.size() > MAX_BATCH) {
            throw new InvalidRecordException("indicators", "at most " + MAX_BATCH + " indicators in one call, not "
                    + items.size());
        }
        Optional<Partner> partner = partners.forClient(caller.id());
        if (partner.isPresent()) {
            admit(partner.get(), items);
        }
        List<String> normalized = new ArrayList<>(items.size());
        List<String> errors = new ArrayList<>(items.size());
        for (Item item : items) {
            if (item == null || item.kind() == null) {
                normalized.add(null);
                errors.add("give the kind: " + java.util.Arrays.toString(IndicatorKind.values()));
                continue;
            }
            Identifiers.Result r = item.kind().normalize(item.value(), item.country(), null);
            normalized.add(r.normalized());
            errors.add(r.problem());
        }
        Map<String, ScamIndicator> found = new HashMap<>();
        List<String> kinds = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (normalized.get(i) != null) {
                kinds.add(items.get(i).kind().name());
                values.add(normalized.get(i));
            }
        }
        Map<Long, Hold> holds = new HashMap<>();
        for (ScamStore.Checked c : store.checked(kinds, values, clock.instant())) {
            ScamIndicator s = c.indicator();
            if (!s.shared()) {
                continue;
            }
            found.put(s.kind().name() + "\u0000" + s.value(), s);
            if (c.hold() != null) {
                holds.put(s.id(), c.hold());
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<CheckResult> out = new ArrayList<>(items.size());
        int known = 0;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (normalized.get(i) == null) {
                out.add(new CheckResult(item == null ? null : item.kind(), item == null ? null : item.value(), null,
                        false, null, null, 0, Set.of(), null, null, false, errors.get(i)));
                continue;
            }
            ScamIndicator s = found.get(item.kind().name() + "\u0000" + normalized.get(i));
            if (s == null) {
                out.add(new CheckResult(item.kind(), item.value(), normalized.get(i), false, null,
                        CheckResult.RiskBand.NONE, 0, Set.of(), null, null, false, null));
            } else {
                known++;
                Hold h = holds.get(s.id());
                out.add(new CheckResult(item.kind(), item.value(), s.value(), true, s.status(), risk(s, today),
                        s.reportCount(), s.members(), s.lastSeen(),
                        h == null ? null : new CheckResult.ActiveHold(h.amount(), h.currency(), h.expiresAt()),
                        s.reviewPending(), null));
            }
        }
        counter.count(caller.id(), today, items.size(), known);
        Instant now = clock.instant();
        List<CheckLog.Entry> logged = new ArrayList<>(out.size());
        for (CheckResult r : out) {
            if (r.normalized() != null) {
                logged.add(new CheckLog.Entry(now, caller.id(), r.kind().name(), r.normalized(), r.known(),
                        r.risk() == null ? null : r.risk().name()));
            }
        }
        log.add(logged);
        return out;
    }

    private void admit(Partner partner, List<Item> items) {
        if (!partner.active()) {
            throw new NotAllowedException("Partner '" + partner.name() + "' is suspended: ask " + partner.memberCode()
                    + " to reactivate it");
        }
        Set<IndicatorKind> outside = new java.util.TreeSet<>();
        for (Item item : items) {
            if (item != null && item.kind() != null && !partner.checkKinds().contains(item.kind())) {
                outside.add(item.kind());
            }
        }
        if (!outside.isEmpty()) {
            throw new NotAllowedException("Partner '" + partner.name() + "' may check " + new java.util.TreeSet<>(
                    partner.checkKinds()) + ", not " + outside);
        }
        limits.take(partner, items.size());
    }

    /** The risk band of a registry entry on a day: see {@link CheckResult.RiskBand}. */
    static CheckResult.RiskBand risk(ScamIndicator s, LocalDate today) {
        if (s.status() == IndicatorStatus.CLEARED) {
            return CheckResult.RiskBand.LOW;
        }
        if (s.status() == IndicatorStatus.BLACK || s.status() == IndicatorStatus.GREY) {
            return CheckResult.RiskBand.HIGH;
        }
        long days = s.lastSeen() == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(s.lastSeen(), today);
        if (s.reportCount() >= 3 && days <= 90) {
            return CheckResult.RiskBand.HIGH;
        }
        if (s.reportCount() >= 2 || days <= 90) {
            return CheckResult.RiskBand.MEDIUM;
        }
        return CheckResult.RiskBand.LOW;
    }
}
