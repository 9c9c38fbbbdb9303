package org.eads.scam;

import java.util.Optional;

import org.eads.alerts.AlertKind;
import org.eads.alerts.Alerts;
import org.eads.alerts.NewAlert;
import org.eads.alerts.Recipients;
import org.eads.alerts.Sender;
import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.records.Identifiers;
import org.eads.identity.Role;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.scam.internal.ScamStore;
import org.springframework.stereotype.Service;

/** The shared registry of scam indicators: one canonical indicator for every way of writing it. */
@Service
public class ScamIndicators {

    private final ScamStore store;
    private final AuditLog audit;
    private final org.eads.sharing.SharingPolicy sharing;
    private final Alerts alerts;

    public ScamIndicators(ScamStore store, AuditLog audit, org.eads.sharing.SharingPolicy sharing, Alerts alerts) {
        this.store = store;
        this.audit = audit;
        this.sharing = sharing;
        this.alerts = alerts;
    }

    /** The canonical form of an indicator as written, or a clear error. */
    public static String canonical(IndicatorKind kind, String raw, String country, String provider) {
        Identifiers.Result r = kind.normalize(raw, country, provider);
        if (r.problem() != null) {
            throw new InvalidRecordException("value", r.problem());
        }
        return r.normalized();
    }

    /** The registry's entry for an indicator however written; empty when nobody reported it. Audited. */
    public Optional<ScamIndicator> find(EadsUser user, IndicatorKind kind, String raw, String country) {
        return known(user, kind, canonical(kind, raw, country, null));
    }

    /** The registry's entry for an indicator already in canonical form (as records keep it). Audited. */
    public Optional<ScamIndicator> known(EadsUser user, IndicatorKind kind, String canonical) {
        Optional<ScamIndicator> found = store.indicator(kind, canonical).filter(ScamIndicator::shared);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.SCAM_VIEW, "SCAM_INDICATOR",
                found.map(i -> Long.toString(i.id())).orElse(null)).withDetails(kind + " " + canonical));
        return found;
    }

    /**
     * The registry's bank accounts among these account numbers (canonical, as records and fund tracing keep them),
     * by number: the mule accounts of scam reports that a trace also reached. One audit entry for the lookup.
     */
    public java.util.Map<String, ScamIndicator> knownAccounts(EadsUser user, java.util.Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<String, ScamIndicator> out = new java.util.HashMap<>();
        store.indicators(IndicatorKind.BANK_ACCOUNT, numbers).stream().filter(ScamIndicator::shared)
                .forEach(i -> out.put(i.value(), i));
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.SCAM_VIEW, "SCAM_INDICATOR",
                null).withDetails("bank accounts among " + numbers.size() + " numbers: " + out.size() + " known"));
        return out;
    }

    /** Indicators reported together with this one, in reports the user may see, most often together first. */
    public java.util.List<ScamIndicator> related(EadsUser user, long id) {
        return store.related(id, sharing.visibleRecords(user, "r"), 20);
    }

    /**
     * Sets what is known of an indicator: GREY (a verified mule or scam number: an investigator, or a bank's system),
     * BLACK (designated: a supervisor, for the authority), CLEARED or back to REPORTED (a supervisor). A reason is
     * required. Audited; the members that reported it are told when it is designated or cleared.
     */
    @org.springframework.transaction.annotation.Transactional
    public ScamIndicator setStatus(EadsUser user, long id, IndicatorStatus status, String reason) {
        ScamIndicator current = store.indicator(id).filter(ScamIndicator::shared)
                .orElseThrow(() -> new InvalidRecordException("id", "no shared indicator " + id));
        org.eads.records.Problems p = new org.eads.records.Problems();
        p.require(status, "status");
        p.require(reason, "reason");
        p.maxLength(reason, "reason", 2000);
        p.throwIfAny();
        boolean allowed = switch (status) {
            case GREY -> user.hasAny(Role.SUPERVISOR, Role.ANALYST, Role.API_CLIENT);
            case BLACK, CLEARED, REPORTED -> user.has(Role.SUPERVISOR);
        };
        if (!allowed) {
            throw new NotAllowedException(status == IndicatorStatus.GREY
                    ? "Only investigators (analysts, supervisors) and partner systems mark an indicator grey"
                    : "Only a supervisor designates, clears or resets an indicator");
        }
        store.setStatus(id, status, reason.strip(), user.id());
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.SCAM_CHANGE, "SCAM_INDICATOR",
                Long.toString(id)).withDetails(current.status() + " -> " + status + ": " + reason.strip()));
        if (status == IndicatorStatus.BLACK || status == IndicatorStatus.CLEARED) {
            Recipients to = null;
            for (String member : current.members()) {
                Recipients r = Recipients.role(member, Role.FOCAL_POINT);
                to = to == null ? r : to.and(r);
            }
            if (to != null) {
                alerts.send(Sender.of(user), NewAlert.of(AlertKind.SCAM, (status == IndicatorStatus.BLACK
                                ? "Designated: " : "Cleared: ") + current.kind() + " reported by your member", to)
                        .body("Reason: " + reason.strip())
                        .about("SCAM_INDICATOR", Long.toString(id), "/scam/indicators?kind=" + current.kind()
                                + "&value=" + java.net.URLEncoder.encode(current.value(),
                                java.nio.charset.StandardCharsets.UTF_8)));
            }
        }
        return store.indicator(id).orElseThrow();
    }

    /** One registry entry by id. Audited. */
    public Optional<ScamIndicator> get(EadsUser user, long id) {
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.SCAM_VIEW, "SCAM_INDICATOR",
                Long.toString(id)));
        return store.indicator(id).filter(ScamIndicator::shared);
    }
}
