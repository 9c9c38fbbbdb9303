package org.eads.dvi;

import java.util.Arrays;
import java.util.LinkedHashSet;
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
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.member.Members;
import org.eads.records.EnumField;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for what a missing person's file lacks (family reference samples, a direct reference, dental records,
 * fingerprints): the members taking part in the operation ask the member that reported the missing person and the
 * member of their nationality, through a DVI alert. Audited.
 */
@Service
public class AmDataRequests {

    public static final int MAX_NOTE = 2000;

    private final DviOperations operations;
    private final DviFiles files;
    private final Members members;
    private final Alerts alerts;
    private final AuditLog audit;

    public AmDataRequests(DviOperations operations, DviFiles files, Members members, Alerts alerts, AuditLog audit) {
        this.operations = operations;
        this.files = files;
        this.members = members;
        this.alerts = alerts;
        this.audit = audit;
    }

    /** The kinds of request, for forms. */
    public List<AmDataRequest.Kind> kinds() {
        return Arrays.asList(AmDataRequest.Kind.values());
    }

    @Transactional
    public AmDataRequest request(EadsUser user, UUID amFileId, String kind, String note) {
        DviFile am = files.visible(user, DviFile.Kind.AM, amFileId);
        Operation o = operations.visible(user, am.operationId());
        if (!DviOperations.mayWork(user) || !o.includes(user.memberCode())) {
            throw new NotAllowedException("Only officers, analysts and supervisors of the members taking part ask "
                    + "for ante-mortem data");
        }
        AmDataRequest.Kind k = EnumField.parse(AmDataRequest.Kind.class, kind, "kind");
        Problems p = new Problems();
        if (k == null) {
            p.add("kind", "name what is needed: " + kinds());
        }
        p.maxLength(note, "note", MAX_NOTE);
        p.throwIfAny();
        Set<String> to = new LinkedHashSet<>(List.of(am.memberCode()));
        if (am.nationality() != null && members.find(am.nationality()).isPresent()) {
            to.add(am.nationality());
        }
        String text = note == null || note.isBlank() ? "" : " Note: " + note.strip();
        UUID alert = alerts.send(Sender.of(user), NewAlert.of(AlertKind.DVI, k.label() + " needed for missing person "
                        + am.name() + " (file " + am.number() + ")", Recipients.members(to))
                .body("Operation " + o.name() + ", " + o.place() + ", " + o.occurredOn() + ", led by " + o.leadMember()
                        + ". " + user.displayName() + " (" + user.memberCode() + ") asks for "
                        + k.label().toLowerCase(Locale.ROOT) + " of " + am.name()
                        + (am.nationality() == null ? "" : ", " + am.nationality())
                        + (am.birthDate() == null ? "" : ", born " + am.birthDate()) + ", missing person file "
                        + am.number() + " reported by " + am.memberCode() + "." + text)
                .about("DVI_AM_FILE", am.id().toString(), "/dvi/am-files/" + am.id()));
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_CHANGE, "DVI_AM_FILE",
                amFileId.toString()).withDetails("requested " + k + " from " + String.join(", ", to)));
        return new AmDataRequest(amFileId, k, note == null || note.isBlank() ? null : note.strip(), Set.copyOf(to),
                alert);
    }
}
