package org.eads.identity;

import java.util.Set;

/** What an administrator (or the demo loader) gives to create a user. */
public record NewUser(String username, String displayName, String email, String memberCode, Long agencyId,
                      Set<Role> roles, String password) {

    /** Without the secrets, so that no log line or debug view can print them. */
    @Override
    public String toString() {
        return "NewUser[username=" + username + ", memberCode=" + memberCode + ", roles=" + roles + "]";
    }
}
