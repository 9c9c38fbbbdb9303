package org.eads.scam;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.records.Identifiers;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems;
import org.eads.scam.internal.ScamStore;
import org.eads.sharing.SharingLevel;
import org.eads.sharing.SharingPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scam reports of the members' national anti-scam centres. A report is shared like a record; its victim's name and
 * contact stay with the reporting member unless it chooses otherwise; its indicators join the shared registry at the
 * level the member chooses (MEMBERS by default), one canonical indicator for every way of writing it. Every report,
 * view and list is audited, and each new report is announced ({@link ScamReported}) for campaign detection.
 */
@Service
public class ScamReports {

    public static final Set<String> AGE_BANDS = Set.of("0-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+");
    public static final int MAX_INDICATORS = 200;

    private final ScamStore store;
    private final CurrencyRates rates;
    private final SharingPolicy sharing;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ScamTypes scamTypes;

    public ScamReports(ScamStore store, CurrencyRates rates, SharingPolicy sharing, AuditLog audit,
                       ApplicationEventPublisher events, Clock clock, ScamTypes scamTypes) {
        this.scamTypes = scamTypes;
        this.store = store;
        this.rates = rates;
        this.sharing = sharing;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the user may enter reports for their member. */
    public static boolean mayReport(EadsUser user) {
        return user.hasAny(Role.OFFICER, Role.ANALYST, Role.SUPERVISOR, Role.API_CLIENT);
    }

    /** Records a report of the user's member, with its indicators and payments, in one transaction. */
    @Transactional
    public ScamReport create(EadsUser user, ScamReportInput in) {
        if (!mayReport(user)) {
            throw new NotAllowedException("Only officers, analysts and supervisors enter scam reports");
        }
        Valid v = validate(user, in);
        UUID id = UUID.randomUUID();
        var victim = in.victim();
        store.insert(new ScamStore.NewReport(id, user.memberCode(), user.agencyId(), v.caseReference,
                v.reportDate, v.victimKind, blankToNull(victim.name()), blankToNull(victim.contact()),
                Boolean.TRUE.equals(victim.identityShared()), upper(victim.nationality()), blankToNull(victim.ageBand()),
                upper(victim.sex()), v.scamType, in.channel(), in.firstContact(), in.lossAmount(), v.lossCurrency,
                v.lossUsd, blankToNull(in.summary()), v.level.name(), v.sharedWith, v.indicatorSharing.name(),
                user.id()));
        Set<Long> indicators = new LinkedHashSet<>();
        for (Normalised n : v.indicators) {
            long indicator = store.indicatorId(n.kind, n.value, n.display);
            store.link(id, indicator, "CONTACT");
            indicators.add(indicator);
        }
        for (NormalisedPayment p : v.payments) {
            long indicator = store.indicatorId(p.target.kind, p.target.value, p.target.display);
            store.link(id, indicator, "PAYMENT");
            store.payment(id, indicator, p.payment.paidAt(), p.payment.amount(), p.currency, p.usd);
            indicators.add(indicator);
        }
        if (v.indicatorSharing == SharingLevel.MEMBERS || v.indicatorSharing == SharingLevel.MEMBERS_AND_PARTNERS) {
            store.countOn(indicators, user.memberCode(), v.reportDate, v.lossUsd);
        }
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.SCAM_REPORT, "SCAM_REPORT",
                id.toString()).withDetails(v.scamType + ", " + indicators.size() + " indicators"));
        events.publishEvent(new ScamReported(id, user.memberCode(), indicators));
        return store.report(id, sharing.visibleRecords(user, "r"), user.memberCode()).orElseThrow();
    }

    /** A report the user may see (404 otherwise, as if it did not exist). Audited. */
    public ScamReport view(EadsUser user, UUID id) {
        var found = store.report(id, sharing.visibleRecords(user, "r"), user.memberCode());
        audit.record(new AuditEvent(user.actor(CurrentUser.clientAddress()), AuditAction.SCAM_VIEW, "SCAM_REPORT",
                id.toString(), null, found.isPresent() ? "OK" : "NOT_FOUND", null));
        return found.orElseThrow(() -> new ScamReportNotFoundException(id));
    }

    /** The reports the user may see, newest first; {@code member} null for every member's. Audited. */
    public List<ScamReport> list(EadsUser user, String member, int page, int size) {
        int s = Math.clamp(size, 1, 200);
        List<ScamReport> out = store.reports(sharing.visibleRecords(user, "r"), user.memberCode(),
                member == null || member.isBlank() ? null : member.toUpperCase(Locale.ROOT), s, Math.max(page, 0) * s);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.SCAM_VIEW, "SCAM_REPORT", null)
                .withDetails("list" + (member == null ? "" : " of " + member)));
        return out;
    }

    private record Normalised(IndicatorKind kind, String value, String display) {
    }

    private record NormalisedPayment(ScamReportInput.Payment payment, Normalised target, String currency,
                                     BigDecimal usd) {
    }

    private static final class Valid {
        String caseReference;
        LocalDate reportDate;
        String victimKind;
        String scamType;
        String lossCurrency;
        BigDecimal lossUsd;
        SharingLevel level;
        Set<String> sharedWith = Set.of();
        SharingLevel indicatorSharing;
        List<Normalised> indicators = new java.util.ArrayList<>();
        List<NormalisedPayment> payments = new java.util.ArrayList<>();
    }

    /** What is wrong with a report, field by field; empty when it can be recorded. Nothing is written. */
    public List<Problems.FieldProblem> problems(EadsUser user, ScamReportInput in) {
        try {
            validate(user, in);
            return List.of();
        } catch (org.eads.records.InvalidRecordException e) {
            return e.problems();
        }
    }

    /** Checks everything at once and says, field by field, what is wrong. */
    private Valid validate(EadsUser user, ScamReportInput in) {
        Problems p = new Problems();
        Valid v = new Valid();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        v.caseReference = in.caseReference() == null ? null : in.caseReference().strip();
        p.require(v.caseReference, "caseReference");
        p.maxLength(v.caseReference, "caseReference", 100);
        if (v.caseReference != null && !v.caseReference.isEmpty()
                && store.caseReferenceTaken(user.memberCode(), v.caseReference)) {
            p.add("caseReference", "your member already has a report " + v.caseReference);
        }
        v.reportDate = in.reportDate() == null ? today : in.reportDate();
        if (v.reportDate.isAfter(today)) {
            p.add("reportDate", "is in the future");
        }
        if (in.firstContact() != null && in.firstContact().isAfter(v.reportDate)) {
            p.add("firstContact", "is after the report date");
        }
        var victim = in.victim();
        if (victim == null) {
            p.add("victim", "is required: at least whether the victim is a PERSON or an ORGANISATION");
        } else {
            Problems vp = p.at("victim");
            v.victimKind = upper(victim.kind());
            if (!"PERSON".equals(v.victimKind) && !"ORGANISATION".equals(v.victimKind)) {
                vp.add("kind", "must be PERSON or ORGANISATION");
            }
            vp.maxLength(victim.name(), "name", 300);
            vp.maxLength(victim.contact(), "contact", 300);
            if (victim.nationality() != null && !victim.nationality().isBlank()
                    && !victim.nationality().strip().matches("[A-Za-z]{3}")) {
                vp.add("nationality", "write the three-letter code, such as MYS or THA");
            }
            if (victim.ageBand() != null && !victim.ageBand().isBlank() && !AGE_BANDS.contains(victim.ageBand())) {
                vp.add("ageBand", "must be one of " + String.join(", ", new java.util.TreeSet<>(AGE_BANDS)));
            }
            String sex = upper(victim.sex());
            if (sex != null && !Set.of("M", "F", "X").contains(sex)) {
                vp.add("sex", "must be M, F or X");
            }
        }
        v.scamType = upper(in.scamType());
        Set<String> types = scamTypes.active().keySet();
        if (v.scamType == null) {
            p.add("scamType", "is required: " + String.join(", ", types));
        } else if (!types.contains(v.scamType)) {
            p.add("scamType", "'" + in.scamType() + "' is not a scam type: " + String.join(", ", types));
        }
        p.require(in.channel(), "channel");
        p.maxLength(in.summary(), "summary", 20_000);
        if (in.lossAmount() != null) {
            if (in.lossAmount().signum() < 0) {
                p.add("lossAmount", "cannot be negative");
            }
            v.lossCurrency = upper(in.lossCurrency());
            if (v.lossCurrency == null) {
                p.add("lossCurrency", "give the currency of the loss, such as MYR");
            } else {
                v.lossUsd = rates.toUsd(in.lossAmount(), v.lossCurrency, v.reportDate).orElse(null);
                if (v.lossUsd == null) {
                    p.add("lossCurrency", "there is no exchange rate for " + v.lossCurrency + " on " + v.reportDate);
                }
            }
        }
        v.level = level(in.sharingLevel(), SharingLevel.MEMBERS, "sharingLevel", p);
        if (v.level == SharingLevel.SELECTED) {
            v.sharedWith = in.sharedWith() == null ? Set.of() : Set.copyOf(in.sharedWith());
            if (v.sharedWith.isEmpty()) {
                p.add("sharedWith", "name the members a SELECTED report is shared with");
            }
        }
        v.indicatorSharing = level(in.indicatorSharing(), SharingLevel.MEMBERS, "indicatorSharing", p);
        List<ScamReportInput.Indicator> indicators = in.indicators() == null ? List.of() : in.indicators();
        List<ScamReportInput.Payment> payments = in.payments() == null ? List.of() : in.payments();
        if (indicators.size() + payments.size() > MAX_INDICATORS) {
            p.add("indicators", "at most " + MAX_INDICATORS + " indicators and payments in one report");
        }
        for (int i = 0; i < indicators.size(); i++) {
            var x = indicators.get(i);
            Normalised n = normalise(x.kind(), x.value(), country(x.country(), user), x.provider(),
                    p.at("indicators[" + i + "]"));
            if (n != null) {
                v.indicators.add(n);
            }
        }
        for (int i = 0; i < payments.size(); i++) {
            var x = payments.get(i);
            Problems pp = p.at("payments[" + i + "]");
            Normalised target = normalise(x.kind(), x.to(), country(x.country(), user), null, pp);
            if (x.amount() == null || x.amount().signum() <= 0) {
                pp.add("amount", "must be more than 0");
            }
            String currency = upper(x.currency());
            LocalDate on = x.paidAt() == null ? v.reportDate : x.paidAt().toLocalDate();
            BigDecimal usd = currency == null || x.amount() == null ? null
                    : rates.toUsd(x.amount(), currency, on).orElse(null);
            if (currency == null) {
                pp.add("currency", "is required");
            } else if (x.amount() != null && usd == null) {
                pp.add("currency", "there is no exchange rate for " + currency + " on " + on);
            } else if (target != null && usd != null && x.amount().signum() > 0) {
                v.payments.add(new NormalisedPayment(x, target, currency, usd));
            }
        }
        p.throwIfAny();
        return v;
    }

    private static Normalised normalise(IndicatorKind kind, String value, String country, String provider,
                                        Problems p) {
        if (kind == null) {
            p.add("kind", "is required: " + java.util.Arrays.toString(IndicatorKind.values()));
            return null;
        }
        Identifiers.Result r = kind.normalize(value, upper(country), provider);
        if (r.problem() != null) {
            p.add("value", r.problem());
            return null;
        }
        return new Normalised(kind, r.normalized(), value.strip());
    }

    /** The country a national number is read in: the one given, or else the reporting member's own. */
    private static String country(String given, EadsUser user) {
        if (given != null && !given.isBlank()) {
            return given;
        }
        return org.eads.records.Countries.alpha2(user.memberCode()) == null ? null : user.memberCode();
    }

    private static SharingLevel level(String given, SharingLevel fallback, String field, Problems p) {
        if (given == null || given.isBlank()) {
            return fallback;
        }
        try {
            return SharingLevel.valueOf(given.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            p.add(field, "'" + given + "' is not a sharing level: NATIONAL, HIT_NO_HIT, SELECTED, MEMBERS or "
                    + "MEMBERS_AND_PARTNERS");
            return fallback;
        }
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
