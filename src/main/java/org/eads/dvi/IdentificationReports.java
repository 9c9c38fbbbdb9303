package org.eads.dvi;

import java.time.Clock;
import java.util.UUID;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.dvi.internal.DviFileStore;
import org.eads.dvi.internal.IdentificationStore;
import org.eads.dvi.internal.report.IdentificationReportPdf;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Users;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report of a confirmed identification (PDF) for the members taking part in its operation and the Secretariat:
 * what was identified, on which evidence, and who proposed and confirmed it. Every report is audited.
 */
@Service
public class IdentificationReports {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Identifications identifications;
    private final DviOperations operations;
    private final IdentificationStore store;
    private final DviFileStore files;
    private final Users users;
    private final AuditLog audit;
    private final Clock clock;

    public IdentificationReports(Identifications identifications, DviOperations operations, IdentificationStore store,
                                 DviFileStore files, Users users, AuditLog audit, Clock clock) {
        this.identifications = identifications;
        this.operations = operations;
        this.store = store;
        this.files = files;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** A report as a file. */
    public record Report(String fileName, byte[] pdf) {
    }

    public Report pdf(EadsUser user, UUID id) {
        Identification i = identifications.visible(user, id);
        if (i.status() != Identification.Status.CONFIRMED) {
            throw new IdentificationNotConfirmedException(i, "a report is made");
        }
        DviFile pm = files.find(DviFile.Kind.PM, i.pmFileId()).orElseThrow();
        DviFile am = files.find(DviFile.Kind.AM, i.amFileId()).orElseThrow();
        byte[] pdf = IdentificationReportPdf.render(new IdentificationReportPdf.Content(
                operations.visible(user, i.operationId()), i, pm, am, JSON.readTree(store.evidence(id).orElseThrow()),
                this::person, user.displayName() + " (" + user.memberCode() + ")", clock.instant()));
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_VIEW, "DVI_IDENTIFICATION",
                id.toString()).withDetails("identification report"));
        return new Report(("identification-" + pm.number() + "-" + am.number()).replaceAll("[^A-Za-z0-9._-]", "_")
                + ".pdf", pdf);
    }

    private String person(long userId) {
        return users.find(userId).map(u -> u.displayName() + " (" + u.memberCode() + ")").orElse("user " + userId);
    }
}
