package org.eads.identity.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's 401 and 403, written by the security layer before any controller runs, as RFC 9457 problem details
 * that say what to do. The {@code WWW-Authenticate} header follows RFC 6750.
 */
@Component
class ApiProblems {

    static final String NO_TOKEN = "This API needs a bearer token: send the header 'Authorization: Bearer <token>'. "
            + "An administrator issues tokens on the user's page, or with './eads token USERNAME'.";

    private final JsonMapper json;

    ApiProblems(JsonMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> write(request, response, HttpStatus.UNAUTHORIZED, NO_TOKEN,
                "Bearer realm=\"e-ADS\"");
    }

    AccessDeniedHandler accessDenied() {
        return (request, response, e) -> write(request, response, HttpStatus.FORBIDDEN,
                "The token is valid, but its user does not have a role this request needs.", null);
    }

    /** A token was sent but cannot be used; {@code detail} says why. */
    void invalidToken(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        write(request, response, HttpStatus.UNAUTHORIZED, detail,
                "Bearer realm=\"e-ADS\", error=\"invalid_token\", error_description=\"" + detail.replace('"', '\'')
                        + "\"");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail,
                       String challenge) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        if (challenge != null) {
            response.setHeader("WWW-Authenticate", challenge);
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
