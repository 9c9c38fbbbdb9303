package org.eads.identity;

import java.util.Set;

import org.eads.audit.Actor;
import org.eads.member.MemberKind;

/**
 * The person or machine behind a request, as every module sees it: who, for which member and agency, with which
 * roles. The sharing module decides on this alone.
 */
public record EadsUser(long id, String username, String displayName, String memberCode, MemberKind memberKind,
                       Long agencyId, Set<Role> roles) {

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

    /** This user as the audit log names it, seen from the given client address. */
    public Actor actor(String clientAddress) {
        return new Actor(id, username, memberCode, agencyId, clientAddress);
    }
}
