package org.eads.identity.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

import org.eads.audit.Actor;
import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.EadsUser;
import org.eads.identity.SecretCipher;
import org.eads.identity.Users;
import org.eads.identity.internal.LoginAccounts.LoginAccount;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two sign-in steps: the password, then the TOTP code (or its enrolment). Every failure, of either step, counts
 * towards the lockout and is audited with its reason; the person is only ever told that sign-in failed.
 */
@Service
class LoginService {

    /** How a second-factor step ended. */
    enum Outcome { SIGNED_IN, WRONG_CODE, LOCKED, REFUSED }

    record StepResult(Outcome outcome, EadsUser user) {
        static StepResult of(Outcome outcome) {
            return new StepResult(outcome, null);
        }
    }

    private final LoginAccounts accounts;
    private final Users users;
    private final PasswordEncoder passwords;
    private final TotpCodes totp;
    private final SecretCipher cipher;
    private final AuditLog audit;
    private final IdentityProperties properties;
    /** Compared against when the username is unknown, so that the answer takes as long as for a real account. */
    private final String decoyHash;

    LoginService(LoginAccounts accounts, Users users, PasswordEncoder passwords, TotpCodes totp,
                 SecretCipher cipher, AuditLog audit, IdentityProperties properties) {
        this.accounts = accounts;
        this.users = users;
        this.passwords = passwords;
        this.totp = totp;
        this.cipher = cipher;
        this.audit = audit;
        this.properties = properties;
        this.decoyHash = passwords.encode("decoy password for unknown usernames");
    }

    /** Checks the password; the account, if it may go on to the second factor. */
    @Transactional
    Optional<LoginAccount> checkPassword(String username, String password, String clientAddress) {
        String name = username == null ? "" : username.strip();
        String given = password == null ? "" : password;
        Optional<LoginAccount> found = name.isEmpty() ? Optional.empty() : accounts.byUsername(name);
        if (found.isEmpty()) {
            passwords.matches(given, decoyHash);
            String shown = name.length() > 100 ? name.substring(0, 100) : name;
            fail(new Actor(null, shown, null, null, clientAddress), "unknown username");
            return Optional.empty();
        }
        LoginAccount account = found.get();
        if (account.lockedAt(Instant.now())) {
            passwords.matches(given, decoyHash);
            fail(account.actor(clientAddress), "account locked until " + account.lockedUntil());
            return Optional.empty();
        }
        if (!passwords.matches(given, account.passwordHash())) {
            failAndCount(account, clientAddress, "wrong password");
            return Optional.empty();
        }
        String refusal = !account.enabled() ? "account disabled"
                : !account.memberActive() ? "member " + account.memberCode() + " deactivated"
                : account.machine() ? "API client account, which cannot sign in to pages"
                : null;
        if (refusal != null) {
            fail(account.actor(clientAddress), refusal);
            return Optional.empty();
        }
        return Optional.of(account);
    }

    /** The second step for an enrolled account. */
    @Transactional
    StepResult checkCode(long userId, String code, String clientAddress) {
        LoginAccount account = accounts.byId(userId).orElse(null);
        Outcome stop = stop(account);
        if (stop != null || !account.totpConfirmed()) {
            return StepResult.of(stop != null ? stop : Outcome.REFUSED);
        }
        OptionalLong step = totp.matchingStep(cipher.decrypt(account.totpSecret()), code, account.totpLastStep());
        if (step.isEmpty() || !accounts.spendStep(userId, step.getAsLong())) {
            return wrongCode(account, clientAddress);
        }
        return signedIn(account, clientAddress);
    }

    /** The secret to enrol, made and kept on first call so that reloading the page shows the same one. */
    @Transactional
    Optional<TotpEnrolment> enrolment(long userId) {
        LoginAccount account = accounts.byId(userId).orElse(null);
        if (stop(account) != null || account.totpConfirmed()) {
            return Optional.empty();
        }
        if (account.totpSecret() == null) {
            accounts.offerSecret(userId, cipher.encrypt(totp.newSecret()));
            account = accounts.byId(userId).orElseThrow();
        }
        String secret = cipher.decrypt(account.totpSecret());
        return Optional.of(new TotpEnrolment(secret, totp.qrCodeDataUri(account.username(), secret)));
    }

    /** Confirms enrolment with a first code, which also completes the sign-in. */
    @Transactional
    StepResult confirmEnrolment(long userId, String code, String clientAddress) {
        LoginAccount account = accounts.byId(userId).orElse(null);
        Outcome stop = stop(account);
        if (stop != null || account.totpConfirmed() || account.totpSecret() == null) {
            return StepResult.of(stop != null ? stop : Outcome.REFUSED);
        }
        OptionalLong step = totp.matchingStep(cipher.decrypt(account.totpSecret()), code, account.totpLastStep());
        if (step.isEmpty() || !accounts.confirmSecret(userId, step.getAsLong())) {
            return wrongCode(account, clientAddress);
        }
        audit.record(AuditEvent.ok(account.actor(clientAddress), AuditAction.TOTP_ENROLLED, "user",
                account.username()));
        return signedIn(account, clientAddress);
    }

    /** Why the account may not go on, if it may not: since the password it could have been locked or disabled. */
    private static Outcome stop(LoginAccount account) {
        if (account == null) {
            return Outcome.REFUSED;
        }
        if (account.lockedAt(Instant.now())) {
            return Outcome.LOCKED;
        }
        return account.enabled() && account.memberActive() && !account.machine() ? null : Outcome.REFUSED;
    }

    private StepResult wrongCode(LoginAccount account, String clientAddress) {
        boolean locked = failAndCount(account, clientAddress, "wrong second-factor code");
        return StepResult.of(locked ? Outcome.LOCKED : Outcome.WRONG_CODE);
    }

    private StepResult signedIn(LoginAccount account, String clientAddress) {
        accounts.recordSuccess(account.id());
        audit.record(AuditEvent.ok(account.actor(clientAddress), AuditAction.LOGIN_SUCCESS, "user",
                account.username()));
        return new StepResult(Outcome.SIGNED_IN, users.find(account.id()).orElseThrow());
    }

    /** Counts the failure; true if it locked the account. */
    private boolean failAndCount(LoginAccount account, String clientAddress, String reason) {
        fail(account.actor(clientAddress), reason);
        Optional<Instant> lockedUntil = accounts.recordFailure(account.id(), properties.maxFailedLogins(),
                properties.lockDuration());
        lockedUntil.ifPresent(until -> audit.record(new AuditEvent(account.actor(clientAddress),
                AuditAction.ACCOUNT_LOCKED, "user", account.username(), null, "OK",
                "after " + properties.maxFailedLogins() + " consecutive failed sign-ins, until " + until)));
        return lockedUntil.isPresent();
    }

    private void fail(Actor actor, String reason) {
        audit.record(new AuditEvent(actor, AuditAction.LOGIN_FAILURE, "user", actor.username(), null, "FAILED",
                reason));
    }
}
