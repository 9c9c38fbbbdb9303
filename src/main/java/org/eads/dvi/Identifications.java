package org.eads.dvi;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.eads.alerts.AlertKind;
import org.eads.alerts.Alerts;
import org.eads.alerts.NewAlert;
import org.eads.alerts.Recipients;
import org.eads.alerts.Sender;
import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.dvi.internal.IdentificationStore;
import org.eads.dvi.internal.matching.Matcher;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reconciliation and the identification board. The reconciliation team proposes that a body is a missing person,
 * with the methods relied on and the candidate's evidence as it stood; a body can be proposed as one missing person
 * only, and a missing person for one body only. Two board members, neither the proposer, confirm it; one rejection
 * rejects it. A confirmed identification locks the pair and tells the member of the victim's nationality and the
 * operation's lead member; it can be revoked with a reason. Everything audited.
 */
@Service
public class Identifications {

    static final int CONFIRMATIONS = 2;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DviOperations operations;
    private final DviFiles files;
    private final DviMatching matching;
    private final IdentificationStore store;
    private final Alerts alerts;
    private final AuditLog audit;

    public Identifications(DviOperations operations, DviFiles files, DviMatching matching, IdentificationStore store,
                           Alerts alerts, AuditLog audit) {
        this.operations = operations;
        this.files = files;
        this.matching = matching;
        this.store = store;
        this.alerts = alerts;
        this.audit = audit;
    }

    @Transactional
    public Identification propose(EadsUser user, UUID pmFileId, UUID amFileId, List<String> methods, String note) {
        DviFile pm = files.get(user, DviFile.Kind.PM, pmFileId);
        DviFile am = files.get(user, DviFile.Kind.AM, amFileId);
        Operation o = operations.visible(user, pm.operationId());
        if (!DviOperations.mayWork(user) || !o.includes(user.memberCode())) {
            throw new NotAllowedException("Only officers, analysts and supervisors of the members taking part propose");
        }
        if (!am.operationId().equals(pm.operationId())) {
            throw new InvalidRecordException("amFileId", "the missing person is in another operation");
        }
        if (methods == null || methods.isEmpty()) {
            throw new InvalidRecordException("methods", "name the methods relied on: DNA, dental, fingerprints");
        }
        store.holding(pmFileId, amFileId).ifPresent(other -> {
            throw new InvalidRecordException("pmFileId", "the body or the missing person is already in identification "
                    + other + ": reject or revoke it first");
        });
        Matcher.Candidate evidence = matching.pair(user, pmFileId, amFileId);
        UUID id = UUID.randomUUID();
        store.insert(id, o.id(), pmFileId, amFileId, methods.stream().map(m -> m.strip().toUpperCase(Locale.ROOT)).toList(),
                note, JSON.writeValueAsString(evidence), user.id());
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_CHANGE, "DVI_IDENTIFICATION",
                id.toString()).withDetails("proposed " + pm.number() + " = " + am.number()));
        return store.find(id).orElseThrow();
    }

    /** A board member confirms or rejects; the second confirmation confirms. */
    @Transactional
    public Identification vote(EadsUser user, UUID id, String decision, String note) {
        Identification i = visible(user, id);
        if (!user.has(Role.IDENTIFICATION_BOARD)) {
            throw new NotAllowedException("Only members of the identification board decide");
        }
        if (i.proposedBy() == user.id()) {
            throw new NotAllowedException("The proposer of an identification does not decide it");
        }
        if (i.status() != Identification.Status.PROPOSED) {
            throw new InvalidRecordException("decision", "this identification is " + i.status().name().toLowerCase(Locale.ROOT));
        }
        if (i.votes().stream().anyMatch(v -> v.userId() == user.id())) {
            throw new InvalidRecordException("decision", "you have voted on this identification");
        }
        String d = decision == null ? "" : decision.strip().toUpperCase(Locale.ROOT);
        if (!Set.of("CONFIRM", "REJECT").contains(d)) {
            throw new InvalidRecordException("decision", "CONFIRM or REJECT");
        }
        if (d.equals("REJECT") && (note == null || note.isBlank())) {
            throw new InvalidRecordException("note", "say why the identification is rejected");
        }
        store.vote(id, user.id(), d, note);
        if (d.equals("REJECT")) {
            store.decide(id, Identification.Status.REJECTED, note);
        } else if (i.votes().stream().filter(v -> v.decision().equals("CONFIRM")).count() + 1 >= CONFIRMATIONS) {
            store.decide(id, Identification.Status.CONFIRMED, null);
            store.lock(i.pmFileId(), i.amFileId(), true);
            announce(user, i, "Identification confirmed");
        }
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_CHANGE, "DVI_IDENTIFICATION",
                id.toString()).withDetails(d));
        return store.find(id).orElseThrow();
    }

    @Transactional
    public Identification revoke(EadsUser user, UUID id, String reason) {
        Identification i = visible(user, id);
        if (!user.has(Role.IDENTIFICATION_BOARD)) {
            throw new NotAllowedException("Only members of the identification board revoke identifications");
        }
        if (i.status() != Identification.Status.CONFIRMED) {
            throw new InvalidRecordException("status", "only a confirmed identification is revoked");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidRecordException("reason", "say why the identification is revoked");
        }
        store.decide(id, Identification.Status.REVOKED, reason);
        store.lock(i.pmFileId(), i.amFileId(), false);
        announce(user, i, "Identification revoked");
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_CHANGE, "DVI_IDENTIFICATION",
                id.toString()).withDetails("revoked: " + reason));
        return store.find(id).orElseThrow();
    }

    public Identification get(EadsUser user, UUID id) {
        Identification i = visible(user, id);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_VIEW, "DVI_IDENTIFICATION",
                id.toString()));
        return i;
    }

    /** An operation's identifications, newest first; audited. */
    public List<Identification> of(EadsUser user, UUID operationId) {
        operations.visible(user, operationId);
        List<Identification> out = store.of(operationId);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_VIEW, "DVI_IDENTIFICATION",
                null).withDetails("list of " + out.size() + " in operation " + operationId));
        return out;
    }

    /** The identification if the user's member takes part in its operation (or is the Secretariat); not audited. */
    Identification visible(EadsUser user, UUID id) {
        Identification i = store.find(id).orElseThrow(() -> new IdentificationNotFoundException(id));
        try {
            operations.visible(user, i.operationId());
        } catch (OperationNotFoundException e) {
            throw new IdentificationNotFoundException(id);
        }
        return i;
    }

    /** Tells the victim's member (by nationality) and the operation's lead member. */
    private void announce(EadsUser user, Identification i, String what) {
        Operation o = operations.visible(user, i.operationId());
        DviFile am = files.get(user, DviFile.Kind.AM, i.amFileId());
        DviFile pm = files.get(user, DviFile.Kind.PM, i.pmFileId());
        Set<String> to = new java.util.LinkedHashSet<>(List.of(o.leadMember()));
        if (am.nationality() != null) {
            to.add(am.nationality());
        }
        alerts.send(Sender.of(user), NewAlert.of(AlertKind.DVI, what + ": " + pm.number() + " is " + am.number()
                        + " (" + am.name() + ")", Recipients.members(to))
                .body("Operation " + o.name() + ". Methods: " + String.join(", ", i.methods()) + ".")
                .about("DVI_IDENTIFICATION", i.id().toString(), "/api/v1/dvi/identifications/" + i.id()));
    }
}
