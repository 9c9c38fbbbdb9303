package org.eads;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eads.identity.EadsUser;
import org.eads.identity.NewUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Creates real users in the test database, each with a unique name, and signs requests in as them. */
public final class TestUsers {

    private static final AtomicInteger SEQ = new AtomicInteger();
    public static final String PASSWORD = "Correct-Horse-Battery-9";

    private TestUsers() {
    }

    public static EadsUser create(Users users, String memberCode, Role... roles) {
        String name = memberCode.toLowerCase() + ".test" + SEQ.incrementAndGet() + "." + System.nanoTime() % 100000;
        return users.create(new NewUser(name, "Test " + name, name + "@example.org", memberCode, null,
                Set.of(roles), PASSWORD));
    }

    /** Signs a MockMvc request in as the user, past every factor. */
    public static RequestPostProcessor as(EadsUser user) {
        var authorities = user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
    }
}
