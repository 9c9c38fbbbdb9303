package org.eads.identity.internal;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.EadsUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/** What follows the password form and the logout button. */
@Component
class LoginEvents {

    private final AuditLog audit;

    LoginEvents(AuditLog audit) {
        this.audit = audit;
    }

    /** The password was right: on to the code (or to enrolment, which the code page decides). */
    AuthenticationSuccessHandler passwordAccepted() {
        return (request, response, authentication) ->
                response.sendRedirect(request.getContextPath() + PageAccessHandlers.SECOND_FACTOR_PAGE);
    }

    /** The reason was audited by the password step; the page says only that sign-in failed. */
    AuthenticationFailureHandler passwordRefused() {
        return (request, response, e) -> response.sendRedirect(request.getContextPath() + "/login?error=1");
    }

    LogoutHandler signedOut() {
        return (request, response, authentication) -> {
            if (authentication != null && authentication.getPrincipal() instanceof EadsUser user) {
                audit.record(AuditEvent.ok(user.actor(request.getRemoteAddr()), AuditAction.LOGOUT, "user",
                        user.username()));
            }
        };
    }
}
