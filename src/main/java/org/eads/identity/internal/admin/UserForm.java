package org.eads.identity.internal.admin;

import java.util.Set;

import org.eads.identity.NewUser;
import org.eads.identity.Role;

/** The new-user form, as typed. Public for the template engine. */
public record UserForm(String username, String displayName, String email, String memberCode, Long agencyId,
                       Set<Role> roles, String password) {

    static UserForm empty(String memberCode) {
        return new UserForm("", "", "", memberCode, null, Set.of(), "");
    }

    NewUser toNewUser() {
        return new NewUser(trim(username), displayName, email, memberCode, agencyId, roles == null ? Set.of() : roles,
                password);
    }

    public boolean has(Role role) {
        return roles != null && roles.contains(role);
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    /** Without the secrets, so that no log line or debug view can print them. */
    @Override
    public String toString() {
        return "UserForm[username=" + username + ", memberCode=" + memberCode + ", roles=" + roles + "]";
    }
}
