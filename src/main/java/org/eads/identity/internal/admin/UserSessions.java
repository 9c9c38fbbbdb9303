package org.eads.identity.internal.admin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends the page sessions of a user on every node, so that a disabled account, a changed role or a reset password
 * or second factor takes effect now rather than when the session times out. Sessions are found through Spring
 * Session's principal-name index.
 */
@Component
class UserSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

    UserSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.sessions = sessions;
    }

    /** How many sessions were ended. */
    int end(String username) {
        FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
        if (repository == null) {
            return 0;
        }
        var ids = repository.findByPrincipalName(username).keySet();
        ids.forEach(repository::deleteById);
        return ids.size();
    }
}
