package org.eads.scam;

import java.util.Optional;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.records.Identifiers;
import org.eads.records.InvalidRecordException;
import org.eads.scam.internal.ScamStore;
import org.springframework.stereotype.Service;

/** The shared registry of scam indicators: one canonical indicator for every way of writing it. */
@Service
public class ScamIndicators {

    private final ScamStore store;
    private final AuditLog audit;
    private final org.eads.sharing.SharingPolicy sharing;

    public ScamIndicators(ScamStore store, AuditLog audit, org.eads.sharing.SharingPolicy sharing) {
        this.store = store;
        this.audit = audit;
        this.sharing = sharing;
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

    /** Indicators reported together with this one, in reports the user may see, most often together first. */
    public java.util.List<ScamIndicator> related(EadsUser user, long id) {
        return store.related(id, sharing.visibleRecords(user, "r"), 20);
    }

    /** One registry entry by id. Audited. */
    public Optional<ScamIndicator> get(EadsUser user, long id) {
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.SCAM_VIEW, "SCAM_INDICATOR",
                Long.toString(id)));
        return store.indicator(id).filter(ScamIndicator::shared);
    }
}
