package org.eads.identity;

import java.util.Set;

/** What an administrator (or the demo loader) gives to create a user. */
public record NewUser(String username, String displayName, String email, String memberCode, Long agencyId,
                      Set<Role> roles, String password) {
}
