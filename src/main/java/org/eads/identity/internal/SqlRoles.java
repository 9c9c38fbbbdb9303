package org.eads.identity.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.eads.identity.Role;

/** Roles in the {@code app_user.roles} text[] column. */
public final class SqlRoles {

    private SqlRoles() {
    }

    public static Set<Role> read(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    /** The array literal, bound as text and cast with {@code cast(:roles as text[])}. */
    public static String literal(Collection<Role> roles) {
        return "{" + roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")) + "}";
    }
}
