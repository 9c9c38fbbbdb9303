package org.eads.identity.internal.admin;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.EadsUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Administration changes in the audit log, and refused attempts too: who tried to change what. */
@Component
class AdminAudit {

    private final AuditLog audit;

    AdminAudit(AuditLog audit) {
        this.audit = audit;
    }

    void changed(Admin admin, String objectType, String objectId, String what) {
        audit.record(AuditEvent.ok(admin.actor(), AuditAction.ADMIN_CHANGE, objectType, objectId).withDetails(what));
    }

    /** Records the refusal and returns the exception that answers 403. */
    AccessDeniedException denied(Admin admin, String objectType, String objectId, String what) {
        audit.record(AuditEvent.ok(admin.actor(), AuditAction.ADMIN_CHANGE, objectType, objectId)
                .withOutcome("DENIED").withDetails(what));
        return new AccessDeniedException("Not allowed: " + what);
    }

    /** The administrator and the address they work from. */
    record Admin(EadsUser user, String clientAddress) {
        org.eads.audit.Actor actor() {
            return user.actor(clientAddress);
        }
    }
}
