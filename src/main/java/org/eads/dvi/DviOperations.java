package org.eads.dvi;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.crisis.Crises;
import org.eads.crisis.Crisis;
import org.eads.crisis.CrisisNotFoundException;
import org.eads.dvi.internal.FrequencyTables;
import org.eads.dvi.internal.dna.AlleleFrequencies;
import org.eads.dvi.internal.OperationStore;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.member.MemberKind;
import org.eads.member.Members;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DVI operations: a member opens one after a mass-casualty event (from an ACCPCM crisis or standalone) and names the
 * members taking part; only they (and the Secretariat) see it and its files. Every view and change is audited.
 */
@Service
public class DviOperations {

    public static final String DEFAULT_TABLE = "East Asia 2023";

    private final OperationStore store;
    private final FrequencyTables tables;
    private final Members members;
    private final Crises crises;
    private final AuditLog audit;

    public DviOperations(OperationStore store, FrequencyTables tables, Members members, Crises crises,
                         AuditLog audit) {
        this.store = store;
        this.tables = tables;
        this.members = members;
        this.crises = crises;
        this.audit = audit;
    }

    /** Whether the user opens operations and enters files for their member. */
    public static boolean mayWork(EadsUser user) {
        return user.hasAny(Role.OFFICER, Role.SUPERVISOR, Role.ANALYST, Role.API_CLIENT);
    }

    /** Whether the user opens operations led by their member. */
    public static boolean mayOpen(EadsUser user) {
        return mayWork(user) && user.memberKind() != MemberKind.OBSERVER;
    }

    @Transactional
    public Operation open(EadsUser user, Operation.Input in) {
        if (!mayOpen(user)) {
            throw new NotAllowedException("Only officers, analysts and supervisors of a member open DVI operations");
        }
        Problems p = new Problems();
        p.require(in.name(), "name");
        p.maxLength(in.name(), "name", 300);
        p.require(in.place(), "place");
        p.maxLength(in.place(), "place", 300);
        p.require(in.occurredOn(), "occurredOn");
        if (in.crisisId() != null && crisis(user, in.crisisId()).isEmpty()) {
            p.add("crisisId", "no crisis distributed to your member has the id " + in.crisisId());
        }
        String tableName = in.frequencyTable() == null || in.frequencyTable().isBlank() ? DEFAULT_TABLE
                : in.frequencyTable().strip();
        Long table = tables.find(tableName).orElse(null);
        if (table == null) {
            p.add("frequencyTable", "no frequency table named " + tableName + ": "
                    + tables.list().stream().map(FrequencyTables.Summary::name).toList());
        }
        double theta = in.theta() == null ? 0.01 : in.theta();
        if (theta < 0 || theta >= 0.25) {
            p.add("theta", "must be 0 to under 0.25 (0.01 is usual)");
        }
        double mu = in.mutationRate() == null ? 0.002 : in.mutationRate();
        if (mu < 0 || mu >= 0.1) {
            p.add("mutationRate", "must be 0 to under 0.1 (0.002 is usual)");
        }
        int missing = in.missingReported() == null ? 0 : in.missingReported();
        if (missing < 0) {
            p.add("missingReported", "must not be negative");
        }
        Set<String> taking = new HashSet<>(in.members() == null ? Set.of() : in.members());
        taking.remove(user.memberCode());
        for (String m : taking) {
            if (members.find(m).isEmpty()) {
                p.add("members", "'" + m + "' is not a member code");
            }
        }
        p.throwIfAny();
        UUID id = UUID.randomUUID();
        store.insert(id, in, user.memberCode(), table, theta, mu, missing, taking, user.id());
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_CHANGE, "DVI_OPERATION",
                id.toString()).withDetails("opened " + in.name().strip()));
        return store.find(id).orElseThrow();
    }

    /** An operation the user's member takes part in (any for the Secretariat); audited. */
    public Operation get(EadsUser user, UUID id) {
        Operation o = visible(user, id);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_VIEW, "DVI_OPERATION",
                id.toString()));
        return o;
    }

    /** The same without an audit entry, for the module's own checks. */
    public Operation visible(EadsUser user, UUID id) {
        return store.find(id).filter(o -> o.includes(user.memberCode()) || secretariat(user))
                .orElseThrow(() -> new OperationNotFoundException(id));
    }

    /** An allele frequency table: locus, allele, frequency. */
    public Map<String, Map<String, Double>> frequencies(long tableId) {
        AlleleFrequencies t = tables.get(tableId);
        Map<String, Map<String, Double>> out = new java.util.LinkedHashMap<>();
        t.loci().forEach(locus -> out.put(locus, t.alleles(locus)));
        return out;
    }

    public List<Operation> list(EadsUser user) {
        List<Operation> out = store.of(user.memberCode(), secretariat(user));
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_VIEW, "DVI_OPERATION",
                null).withDetails("list of " + out.size()));
        return out;
    }

    /** The operations opened from a crisis that the user's member takes part in (any for the Secretariat); audited. */
    public List<Operation> ofCrisis(EadsUser user, UUID crisisId) {
        List<Operation> out = store.ofCrisis(crisisId, user.memberCode(), secretariat(user));
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_VIEW, "DVI_OPERATION",
                null).withDetails("list of " + out.size() + " of crisis " + crisisId));
        return out;
    }

    /** The crisis, if it is distributed to the user's member (a view of it, audited by the crisis module). */
    public java.util.Optional<Crisis> crisis(EadsUser user, UUID crisisId) {
        try {
            return java.util.Optional.of(crises.view(user, crisisId));
        } catch (CrisisNotFoundException e) {
            return java.util.Optional.empty();
        }
    }

    private static boolean secretariat(EadsUser user) {
        return user.memberKind() == MemberKind.SECRETARIAT;
    }
}
