package org.eads.alerts;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eads.identity.Role;

/**
 * Who a notification is addressed to: named users, the holders of a role at a member, and whole members (every
 * person of the member). A role nobody holds at a member reaches the member's supervisors instead, so that nothing
 * is addressed to nobody.
 */
public record Recipients(Set<Long> users, Set<RoleAt> roles, Set<String> members) {

    /** The holders of a role at one member. */
    public record RoleAt(String memberCode, Role role) {
    }

    public Recipients {
        users = Set.copyOf(users);
        roles = Set.copyOf(roles);
        members = Set.copyOf(members);
    }

    public static Recipients users(Long... ids) {
        return new Recipients(Set.of(ids), Set.of(), Set.of());
    }

    public static Recipients role(String memberCode, Role role) {
        return new Recipients(Set.of(), Set.of(new RoleAt(memberCode, role)), Set.of());
    }

    public static Recipients members(Set<String> codes) {
        return new Recipients(Set.of(), Set.of(), codes);
    }

    public Recipients and(Recipients other) {
        Set<Long> u = new LinkedHashSet<>(users);
        u.addAll(other.users);
        Set<RoleAt> r = new LinkedHashSet<>(roles);
        r.addAll(other.roles);
        Set<String> m = new LinkedHashSet<>(members);
        m.addAll(other.members);
        return new Recipients(u, r, m);
    }

    public boolean isEmpty() {
        return users.isEmpty() && roles.isEmpty() && members.isEmpty();
    }
}
