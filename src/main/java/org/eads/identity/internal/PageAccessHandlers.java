package org.eads.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eads.identity.EadsUser;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Where the pages send a request that may not go on: to the login page when nobody is signed in, to the code step
 * when only the password was given, to the 403 page otherwise. htmx requests are told to load the page instead of
 * swapping a login form into a fragment.
 */
final class PageAccessHandlers {

    static final String SECOND_FACTOR_PAGE = "/login/totp";

    private PageAccessHandlers() {
    }

    /** Pages need a full sign-in: an {@link EadsUser} principal, which only exists once the code was given. */
    static AuthorizationManager<RequestAuthorizationContext> fullySignedIn() {
        return (authentication, context) -> {
            Authentication a = authentication.get();
            return new AuthorizationDecision(a != null && a.isAuthenticated() && a.getPrincipal() instanceof EadsUser);
        };
    }

    static AuthenticationEntryPoint entryPoint() {
        LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, e) -> {
            if (htmx(request)) {
                redirectHtmx(request, response, "/login");
            } else {
                login.commence(request, response, e);
            }
        };
    }

    static AccessDeniedHandler accessDenied() {
        AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
        return (request, response, e) -> {
            if (SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor) {
                if (htmx(request)) {
                    redirectHtmx(request, response, SECOND_FACTOR_PAGE);
                } else {
                    response.sendRedirect(request.getContextPath() + SECOND_FACTOR_PAGE);
                }
            } else {
                forbidden.handle(request, response, e);
            }
        };
    }

    private static boolean htmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    private static void redirectHtmx(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        response.setHeader("HX-Redirect", request.getContextPath() + path);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.getWriter().flush();
    }
}
