package org.eads.identity;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.eads.audit.Actor;
import org.eads.audit.CurrentActor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The user behind the current request (page or API), as an {@link EadsUser}. */
@Component
public class CurrentUser implements CurrentActor {

    /** The signed-in user who has passed every factor, if any. */
    public Optional<EadsUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof EadsUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public EadsUser get() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    /** The current user as the audit log names them, with the client address of the request. */
    @Override
    public Actor actor() {
        return get().actor(clientAddress());
    }

    public static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return "local";
    }
}
