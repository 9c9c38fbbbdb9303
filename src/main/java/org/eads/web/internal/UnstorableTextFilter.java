package org.eads.web.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eads.web.ApiErrors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A text with a NUL character (U+0000), which PostgreSQL refuses, typed into any page (the sign-in form, an audit
 * filter, an administration form, an upload's file name) is the client's mistake: it answers 400, not 500. The API
 * answers it itself ({@link ApiErrors}); this catches what the pages and the sign-in filters let through. It sits
 * outside the security filter chain, so that the sign-in steps are covered too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1000)
class UnstorableTextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!ApiErrors.isUnstorableText(e) || response.isCommitted()) {
                throw e;
            }
            response.sendError(HttpServletResponse.SC_BAD_REQUEST,
                    "A text contains a character that cannot be stored (the NUL character, U+0000): remove it");
        }
    }
}
