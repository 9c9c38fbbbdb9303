package org.eads.identity.internal;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 to a client address that posts too many sign-in forms (password, code or enrolment) in a minute.
 * The error page says what happened and how long to wait.
 */
final class LoginRateLimitFilter extends OncePerRequestFilter {

    static final Set<String> SIGN_IN_FORMS = Set.of("/login", "/login/totp", "/login/enrol");

    private final LoginRateLimit limit;

    LoginRateLimitFilter(LoginRateLimit limit) {
        this.limit = limit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !SIGN_IN_FORMS.contains(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (limit.tryAttempt(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", "60");
        response.sendError(429, "Too many sign-in attempts from your address. Wait a minute, then try again.");
    }
}
