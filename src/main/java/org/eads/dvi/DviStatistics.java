package org.eads.dvi;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.dvi.internal.StatisticsStore;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.springframework.stereotype.Service;

/** An operation's figures for its members and the Secretariat; audited like any view of the operation. */
@Service
public class DviStatistics {

    private final DviOperations operations;
    private final StatisticsStore store;
    private final AuditLog audit;

    public DviStatistics(DviOperations operations, StatisticsStore store, AuditLog audit) {
        this.operations = operations;
        this.store = store;
        this.audit = audit;
    }

    public OperationStatistics of(EadsUser user, UUID operationId) {
        Operation o = operations.visible(user, operationId);
        StatisticsStore.FileCounts files = store.files(operationId);
        List<List<String>> methods = store.confirmedMethods(operationId);
        Map<Method, Integer> by = new EnumMap<>(Method.class);
        for (List<String> identification : methods) {
            identification.stream().map(Method::of).distinct().forEach(m -> by.merge(m, 1, Integer::sum));
        }
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_VIEW, "DVI_OPERATION",
                operationId.toString()).withDetails("statistics"));
        return new OperationStatistics(files.pm(), files.pmExamined(), methods.size(),
                new OperationStatistics.ByMethod(by.getOrDefault(Method.DNA, 0),
                        by.getOrDefault(Method.DENTAL, 0), by.getOrDefault(Method.FINGERPRINTS, 0),
                        by.getOrDefault(Method.OTHER, 0)), o.missingReported(), files.am(),
                files.amDirect(), files.amFamily(), files.amDental());
    }

    /** How the figures group the methods named in identifications. */
    private enum Method {
        DNA, DENTAL, FINGERPRINTS, OTHER;

        static Method of(String name) {
            String m = name.strip().toUpperCase(Locale.ROOT);
            if (m.startsWith("DNA")) {
                return DNA;
            }
            if (m.startsWith("DENTAL") || m.startsWith("ODONTOLOG")) {
                return DENTAL;
            }
            return m.startsWith("FINGERPRINT") ? FINGERPRINTS : OTHER;
        }
    }
}
