package org.eads.identity.internal;

import java.time.Instant;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The first sign-in step, behind the login form: a right password gives a {@link PendingSecondFactor}, never a
 * full sign-in. Every refusal is the same exception (the reason is in the audit log), so the login page cannot
 * tell whether the username exists.
 * <p>
 * A bean so that Spring Boot does not add its default in-memory user; the page filter chain uses it through a
 * manager of its own.
 */
@Component
final class PasswordStep implements AuthenticationProvider {

    private final LoginService logins;

    PasswordStep(LoginService logins) {
        this.logins = logins;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        return logins.checkPassword(attempt.getName(), password, address)
                .map(account -> new PendingSecondFactor(account.id(), account.username(), Instant.now(),
                        attempt.getDetails()))
                .orElseThrow(() -> new BadCredentialsException("Sign-in failed"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
