package org.eads.alerts;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eads.alerts.internal.followup.DisclosureStore;
import org.eads.alerts.internal.followup.FieldText;
import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems;
import org.eads.records.RecordCodec;
import org.eads.records.Records;
import org.eads.records.SharedRecord;
import org.eads.screening.DisclosureRequested;
import org.eads.sharing.HandlingCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Requests to disclose a record that the requester may only know exists (HIT_NO_HIT), and the owner's decision: the
 * owner's focal points are told, choose which fields to disclose and under which handling codes, or refuse with a
 * reason; the requester is told and sees the disclosed fields, as they were when disclosed, and nothing more.
 */
@Service
public class Disclosures {

    private final DisclosureStore store;
    private final Alerts alerts;
    private final Records records;
    private final RecordCodec codec;
    private final AuditLog audit;
    private final Clock clock;

    public Disclosures(DisclosureStore store, Alerts alerts, Records records, RecordCodec codec, AuditLog audit,
                       Clock clock) {
        this.store = store;
        this.alerts = alerts;
        this.records = records;
        this.codec = codec;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a request and tells the owner's focal points; a request seen before is left as it is. */
    @Transactional
    public void record(DisclosureRequested e) {
        if (!store.insert(e)) {
            return;
        }
        UUID alert = alerts.send(new Sender(e.requesterId(), e.requesterMember()),
                NewAlert.of(AlertKind.DISCLOSURE_REQUEST, e.requesterMember() + " asks you to disclose a record",
                                Recipients.role(e.ownerMember(), Role.FOCAL_POINT))
                        .body("Reason given: " + e.reason())
                        .about("DISCLOSURE", e.requestId().toString(), "/disclosures/" + e.requestId()));
        store.setAlert(e.requestId(), alert);
    }

    private DisclosureStore.Sides sides(EadsUser user, UUID id) {
        DisclosureStore.Sides s = store.sides(id).orElseThrow(() -> AlertNotFoundException.disclosure(id));
        boolean owner = user.memberCode().equals(s.ownerMember());
        boolean requester = user.memberCode().equals(s.requesterMember());
        if (!owner && !requester || user.machine() && !owner && user.id() != s.requesterId()) {
            throw AlertNotFoundException.disclosure(id);
        }
        return s;
    }

    /** A request as the user's side sees it. Audited. */
    public Disclosure view(EadsUser user, UUID id) {
        DisclosureStore.Sides s = sides(user, id);
        Disclosure d = store.find(id, user.memberCode().equals(s.ownerMember())).orElseThrow();
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DISCLOSURE_VIEW,
                "DISCLOSURE", id.toString()));
        return d;
    }

    /** Requests to the user's member ({@code received}) or made by it, newest first. */
    public List<Disclosure> list(EadsUser user, boolean received) {
        List<Disclosure> out = store.list(user.memberCode(), received, 200);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DISCLOSURE_VIEW,
                "DISCLOSURE", null).withDetails(received ? "requests to us" : "our requests"));
        return out;
    }

    /** Requests to the user's member over the last {@code days}, by status, for the dashboard. */
    public Map<String, Long> counts(EadsUser user, int days) {
        return store.receivedByStatus(user.memberCode(), clock.instant().minus(java.time.Duration.ofDays(days)));
    }

    /** The record's fields with their current values, for the owner choosing what to disclose. */
    public Map<String, String> fields(EadsUser owner, UUID id) {
        DisclosureStore.Sides s = ownerDeciding(owner, id);
        Map<String, String> out = new LinkedHashMap<>();
        data(owner, s).forEach((k, v) -> out.put(k, FieldText.of(v)));
        return out;
    }

    private Map<String, JsonNode> data(EadsUser owner, DisclosureStore.Sides s) {
        SharedRecord r = records.view(owner, s.recordId(), "disclosure request " + s.id())
                .orElseThrow(() -> AlertNotFoundException.disclosure(s.id()));
        Map<String, JsonNode> out = new LinkedHashMap<>();
        JsonNode node = codec.mapper().readTree(codec.dataJson(r.data()));
        for (var e : node.properties()) {
            if (!e.getValue().isNull() && !(e.getValue().isContainer() && e.getValue().isEmpty())) {
                out.put(e.getKey(), e.getValue());
            }
        }
        out.put("type", codec.mapper().getNodeFactory().textNode(r.type().name()));
        return out;
    }

    private DisclosureStore.Sides ownerDeciding(EadsUser user, UUID id) {
        DisclosureStore.Sides s = sides(user, id);
        if (!user.memberCode().equals(s.ownerMember())) {
            throw AlertNotFoundException.disclosure(id);
        }
        if (!user.hasAny(Role.FOCAL_POINT, Role.SUPERVISOR)) {
            throw new NotAllowedException("Only the owner's focal points and supervisors decide on disclosure");
        }
        return s;
    }

    /**
     * The owner's decision. Approving or partly approving discloses the chosen fields (at least one) under the
     * chosen handling codes; partly approving and refusing need a reason. Audited; the requester is told.
     */
    @Transactional
    public Disclosure decide(EadsUser owner, UUID id, Disclosure.Decision decision, Set<String> fields,
                             Set<HandlingCode> codes, String handlingNote, String reason) {
        DisclosureStore.Sides s = ownerDeciding(owner, id);
        Problems p = new Problems();
        p.require(decision, "decision");
        if (s.status() != Disclosure.Status.OPEN) {
            p.add("decision", "this request was already decided: " + s.status());
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        p.maxLength(why, "reason", 2000);
        p.maxLength(handlingNote, "handlingNote", 2000);
        if (decision != null && decision != Disclosure.Decision.APPROVE && why == null) {
            p.add("reason", "say why the request is " + (decision == Disclosure.Decision.REFUSE ? "refused"
                    : "only partly approved"));
        }
        Map<String, JsonNode> disclosed = null;
        if (decision != null && decision != Disclosure.Decision.REFUSE) {
            Map<String, JsonNode> data = data(owner, s);
            disclosed = new LinkedHashMap<>();
            disclosed.put("type", data.get("type"));
            Set<String> chosen = fields == null ? Set.of() : fields;
            if (chosen.isEmpty()) {
                p.add("fields", "choose at least one field to disclose, or refuse the request");
            }
            for (String f : chosen) {
                if (!data.containsKey(f) || f.equals("type")) {
                    p.add("fields", "'" + f + "' is not a field of this record: " + String.join(", ",
                            data.keySet().stream().filter(k -> !k.equals("type")).toList()));
                } else {
                    disclosed.put(f, data.get(f));
                }
            }
        }
        p.throwIfAny();
        Disclosure.Status status = switch (decision) {
            case APPROVE -> Disclosure.Status.APPROVED;
            case PARTIALLY_APPROVE -> Disclosure.Status.PARTIALLY_APPROVED;
            case REFUSE -> Disclosure.Status.REFUSED;
        };
        Set<HandlingCode> handling = codes == null || decision == Disclosure.Decision.REFUSE ? Set.of() : codes;
        if (!store.decide(id, status, owner.id(), clock.instant(), why, handling,
                handlingNote == null || handlingNote.isBlank() ? null : handlingNote.strip(), disclosed)) {
            throw new org.eads.records.InvalidRecordException("decision", "this request was decided meanwhile");
        }
        audit.record(AuditEvent.ok(owner.actor(CurrentUser.clientAddress()), AuditAction.DISCLOSURE_DECISION,
                "DISCLOSURE", id.toString()).withDetails(status + (disclosed == null ? ""
                : " fields " + String.join(",", disclosed.keySet().stream().filter(k -> !k.equals("type")).toList()))));
        alerts.send(Sender.of(owner), NewAlert.of(AlertKind.DISCLOSURE_DECISION,
                        s.ownerMember() + " " + switch (status) {
                            case APPROVED -> "disclosed the record you asked for";
                            case PARTIALLY_APPROVED -> "disclosed part of the record you asked for";
                            default -> "refused to disclose the record you asked for";
                        }, Recipients.users(s.requesterId()))
                .about("DISCLOSURE", id.toString(), "/disclosures/" + id));
        acknowledgeRequest(owner, id);
        return store.find(id, true).orElseThrow();
    }

    /** Deciding answers the request's notification for the member, so that it does not escalate. */
    private void acknowledgeRequest(EadsUser owner, UUID id) {
        for (Alert a : alerts.about("DISCLOSURE", id.toString())) {
            if (a.kind() == AlertKind.DISCLOSURE_REQUEST) {
                alerts.acknowledgeIfRecipient(owner, a.id(), "PAGE");
            }
        }
    }
}
