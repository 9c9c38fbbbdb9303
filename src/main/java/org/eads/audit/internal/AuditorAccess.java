package org.eads.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.audit.CurrentActor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets only auditors reach the audit pages, whether or not method security ({@code @PreAuthorize}) is switched on.
 * It runs before the controller method is called, so before {@code @PreAuthorize} too, and can therefore record
 * every refused attempt in the log.
 */
@Component
class AuditorAccess implements HandlerInterceptor {

    /** The authority of the identity module's {@code Role.AUDITOR}, as {@code hasRole('AUDITOR')} checks it. */
    static final String AUDITOR = "ROLE_AUDITOR";

    private final CurrentActor current;
    private final AuditLog log;

    AuditorAccess(CurrentActor current, AuditLog log) {
        this.current = current;
        this.log = log;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            throw new AccessDeniedException("Sign in to read the audit log");
        }
        boolean auditor = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(AUDITOR::equals);
        if (!auditor) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String details = request.getMethod() + " " + path
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            log.record(new AuditEvent(current.actor(), attempted(path), AuditController.OBJECT_TYPE, null, null,
                    "DENIED", details));
            throw new AccessDeniedException("Only auditors read the audit log");
        }
        return true;
    }

    private static AuditAction attempted(String path) {
        if (path.startsWith("/audit/export")) {
            return AuditAction.AUDIT_EXPORT;
        }
        return path.startsWith("/audit/verify") ? AuditAction.AUDIT_VERIFY : AuditAction.AUDIT_VIEW;
    }
}
