package org.eads.identity;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

import org.eads.audit.Actor;
import org.eads.member.MemberKind;

/**
 * The person or machine behind a request, as every module sees it: who, for which member and agency, with which
 * roles. The sharing module decides on this alone.
 * <p>
 * It is the principal of the signed-in {@code Authentication}, which Spring Session stores in the database with Java
 * serialization, hence {@link Serializable}. {@link Principal#getName()} gives the username, which is the name
 * Spring Security and the session index use.
 */
public record EadsUser(long id, String username, String displayName, String memberCode, MemberKind memberKind,
                       Long agencyId, Set<Role> roles) implements Principal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** A machine that only uses the API: it holds no role but {@link Role#API_CLIENT} and cannot sign in to pages. */
    public boolean machine() {
        return !roles.isEmpty() && roles.stream().allMatch(r -> r == Role.API_CLIENT);
    }

    @Override
    public String getName() {
        return username;
    }

    /** This user as the audit log names it, seen from the given client address. */
    public Actor actor(String clientAddress) {
        return new Actor(id, username, memberCode, agencyId, clientAddress);
    }
}
