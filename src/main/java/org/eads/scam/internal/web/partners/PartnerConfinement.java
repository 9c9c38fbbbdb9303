package org.eads.scam.internal.web.partners;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eads.identity.EadsUser;
import org.eads.records.NotAllowedException;
import org.eads.scam.ScamPartners;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Keeps a partner's API clients to the partnership's endpoints. They are users of a member, so without this they
 * would reach the member's records, reports and alerts; a bank must only check, report signals and ask for
 * delisting.
 */
@Component
class PartnerConfinement implements HandlerInterceptor {

    private final ScamPartners partners;

    PartnerConfinement(ScamPartners partners) {
        this.partners = partners;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof EadsUser user) || !user.machine()) {
            return true;
        }
        if (partners.forClient(user.id()).isEmpty() || allowed(request)) {
            return true;
        }
        throw new NotAllowedException("A partner's client may only check indicators (POST /api/v1/scam/check), "
                + "report signals (/api/v1/scam/signals) and ask for delisting (POST "
                + "/api/v1/scam/delisting-requests)");
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        return path.equals("/api/v1/scam/check") && method.equals("POST")
                || path.equals("/api/v1/scam/signals") && method.equals("POST")
                || path.startsWith("/api/v1/scam/signals/") && method.equals("GET")
                || path.equals("/api/v1/scam/delisting-requests") && method.equals("POST")
                || path.equals("/api/v1/me");
    }
}
