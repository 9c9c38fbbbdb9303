package org.eads.demo;

import java.util.Set;

import org.eads.identity.Role;

/**
 * A demo user. {@code agencyName} is the agency's name in the member seed migration; the password and TOTP secret
 * (base32, 32 characters) are derived from the dataset seed, so the launcher prints the same ones on every start.
 */
public record DemoAccount(String username, String displayName, String memberCode, String agencyName, Set<Role> roles,
                          String password, String totpSecret) {

    public DemoAccount {
        roles = Set.copyOf(roles);
    }

    /** The account's e-mail address, under a reserved domain so that no mail leaves the demo. */
    public String email() {
        return username + "@demo.eads.example";
    }

    /** Without the secrets, so that no log line or debug view can print them. */
    @Override
    public String toString() {
        return "DemoAccount[username=" + username + ", memberCode=" + memberCode + ", roles=" + roles + "]";
    }
}
