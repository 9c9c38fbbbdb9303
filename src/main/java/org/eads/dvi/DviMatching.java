package org.eads.dvi;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.dvi.internal.CandidateStore;
import org.eads.dvi.internal.MatchingEngine;
import org.eads.dvi.internal.MatchingWork;
import org.eads.dvi.internal.matching.Evidence;
import org.eads.dvi.internal.matching.Matcher;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.records.EnumField;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matching as users see it (docs/DVI.md): each body's stored list of its best candidates, kept current as files
 * change; the full evidence of one pair; the bodies a missing person is a candidate for; the examiners' fingerprint
 * decisions; conflicts; and full runs with their progress. Every read audited.
 */
@Service
public class DviMatching {

    private final DviOperations operations;
    private final DviFiles files;
    private final MatchingEngine engine;
    private final MatchingWork work;
    private final CandidateStore store;
    private final AuditLog audit;

    public DviMatching(DviOperations operations, DviFiles files, MatchingEngine engine, MatchingWork work,
                       CandidateStore store, AuditLog audit) {
        this.operations = operations;
        this.files = files;
        this.engine = engine;
        this.work = work;
        this.store = store;
        this.audit = audit;
    }

    /** A body's candidate list as last computed, best first. */
    public List<StoredCandidate> candidates(EadsUser user, UUID pmFileId) {
        files.get(user, DviFile.Kind.PM, pmFileId);
        List<StoredCandidate> out = store.ofBody(pmFileId);
        audited(user, "DVI_PM_FILE", pmFileId, "candidate list, " + out.size() + " candidates");
        return out;
    }

    /** The bodies whose lists hold a missing person, best first. */
    public List<StoredCandidate> bodies(EadsUser user, UUID amFileId) {
        files.get(user, DviFile.Kind.AM, amFileId);
        List<StoredCandidate> out = store.ofMissing(amFileId);
        audited(user, "DVI_AM_FILE", amFileId, "candidate of " + out.size() + " bodies");
        return out;
    }

    /** The full evidence of one body against one missing person, computed now. */
    public Matcher.Candidate pair(EadsUser user, UUID pmFileId, UUID amFileId) {
        DviFile pm = files.get(user, DviFile.Kind.PM, pmFileId);
        DviFile am = files.get(user, DviFile.Kind.AM, amFileId);
        if (!am.operationId().equals(pm.operationId())) {
            throw new InvalidRecordException("amFileId", "the missing person is in another operation");
        }
        Matcher.Candidate c = engine.pair(pm, am);
        audited(user, "DVI_PM_FILE", pmFileId, "evidence against " + am.number());
        return c;
    }

    /** Records an examiner's decision on the AFIS comparison of a body's and a missing person's fingerprints. */
    @Transactional
    public void decideFingerprints(EadsUser user, UUID pmFileId, UUID amFileId, String decision, String note) {
        DviFile pm = files.get(user, DviFile.Kind.PM, pmFileId);
        DviFile am = files.get(user, DviFile.Kind.AM, amFileId);
        Operation o = operations.visible(user, pm.operationId());
        if (!DviOperations.mayWork(user) || !o.includes(user.memberCode())) {
            throw new NotAllowedException("Only officers, analysts and supervisors of the members taking part record decisions");
        }
        if (!am.operationId().equals(pm.operationId())) {
            throw new InvalidRecordException("amFileId", "the missing person is in another operation");
        }
        Evidence.Fingerprints d = EnumField.parse(Evidence.Fingerprints.class, decision, "decision");
        if (d != Evidence.Fingerprints.IDENTIFIED && (note == null || note.isBlank())) {
            throw new InvalidRecordException("note", "say what the comparison showed");
        }
        store.decide(pmFileId, amFileId, d, note, user.id());
        work.changed(DviFile.Kind.PM, pmFileId, o.id());
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_CHANGE, "DVI_PM_FILE",
                pmFileId.toString()).withDetails("fingerprints against " + am.number() + ": "
                + d.name().toLowerCase(Locale.ROOT)));
    }

    /** Conflicts to resolve: a missing person strong for several bodies, commingled remains. */
    public List<MatchingConflict> conflicts(EadsUser user, UUID operationId) {
        Operation o = operations.visible(user, operationId);
        List<MatchingConflict> out = engine.conflicts(o);
        audited(user, "DVI_OPERATION", operationId, out.size() + " matching conflicts");
        return out;
    }

    /** Starts a full run: every body ranked again against every missing person, with progress. */
    @Transactional
    public MatchingRun startRun(EadsUser user, UUID operationId) {
        Operation o = operations.visible(user, operationId);
        if (!DviOperations.mayWork(user) || !o.includes(user.memberCode())) {
            throw new NotAllowedException("Only officers, analysts and supervisors of the members taking part start runs");
        }
        if (work.running(operationId)) {
            throw new InvalidRecordException("run", "a matching run is going on");
        }
        MatchingRun run = work.start(o, user.id());
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_CHANGE, "DVI_OPERATION",
                operationId.toString()).withDetails("full matching run of " + run.bodies() + " bodies"));
        return run;
    }

    /** The operation's latest run, if any. */
    public java.util.Optional<MatchingRun> latestRun(EadsUser user, UUID operationId) {
        operations.visible(user, operationId);
        return store.latestRun(operationId);
    }

    private void audited(EadsUser user, String type, UUID id, String details) {
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_VIEW, type, id.toString())
                .withDetails(details));
    }
}
