package org.eads.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.eads.audit.Actor;
import org.eads.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sign-in state of accounts in {@code app_user}. Every change is one atomic statement, so that nodes sharing
 * the database count failures and spend codes consistently.
 */
@Repository
class LoginAccounts {

    private static final String SELECT = """
            select u.id, u.username, u.member_code, u.agency_id, u.password_hash, u.totp_secret, u.totp_confirmed,
                u.totp_last_step, u.roles, u.enabled, m.active as member_active, u.locked_until
            from app_user u join member m on m.code = u.member_code
            """;

    private final JdbcClient jdbc;

    LoginAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An account as the sign-in steps see it. {@code totpSecret} is encrypted. */
    record LoginAccount(long id, String username, String memberCode, Long agencyId, String passwordHash,
                        String totpSecret, boolean totpConfirmed, long totpLastStep, Set<Role> roles,
                        boolean enabled, boolean memberActive, Instant lockedUntil) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

        boolean machine() {
            return roles.stream().allMatch(r -> r == Role.API_CLIENT);
        }

        Actor actor(String clientAddress) {
            return new Actor(id, username, memberCode, agencyId, clientAddress);
        }
    }

    Optional<LoginAccount> byUsername(String username) {
        return jdbc.sql(SELECT + " where u.username = :u").param("u", username).query(LoginAccounts::map).optional();
    }

    Optional<LoginAccount> byId(long id) {
        return jdbc.sql(SELECT + " where u.id = :id").param("id", id).query(LoginAccounts::map).optional();
    }

    /**
     * Counts one failed sign-in. The count starts again after a lock has run out; reaching {@code max} locks the
     * account for {@code lock}. A locked account is left as it is, so that trying on does not extend the lock.
     *
     * @return the end of the lock if this failure locked the account
     */
    Optional<Instant> recordFailure(long id, int max, Duration lock) {
        return jdbc.sql("""
                update app_user set
                    failed_logins = case when locked_until is not null then 1 else failed_logins + 1 end,
                    locked_until = case
                        when (case when locked_until is not null then 1 else failed_logins + 1 end) >= :max
                            then now() + make_interval(secs => :lockSeconds)
                        else null end
                where id = :id and (locked_until is null or locked_until <= now())
                returning locked_until
                """)
                .param("id", id).param("max", max).param("lockSeconds", (double) lock.toSeconds())
                .query((rs, i) -> instant(rs.getTimestamp(1))).optional().flatMap(Optional::ofNullable);
    }

    /** A complete sign-in: the failure count starts again. */
    void recordSuccess(long id) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null, last_login_at = now() where id = :id")
                .param("id", id).update();
    }

    /** Spends a TOTP time step; false if it (or a later one) was spent already, by a replay or a race. */
    boolean spendStep(long id, long step) {
        return jdbc.sql("update app_user set totp_last_step = :step where id = :id and totp_last_step < :step")
                .param("id", id).param("step", step).update() == 1;
    }

    /** Keeps the secret offered at enrolment, unless one is already waiting (or confirmed). */
    void offerSecret(long id, String encryptedSecret) {
        jdbc.sql("""
                update app_user set totp_secret = :s, updated_at = now()
                where id = :id and totp_secret is null and not totp_confirmed
                """)
                .param("id", id).param("s", encryptedSecret).update();
    }

    /** Confirms the waiting secret with the step of the code that proved it; false if it was confirmed meanwhile. */
    boolean confirmSecret(long id, long step) {
        return jdbc.sql("""
                update app_user set totp_confirmed = true, totp_last_step = :step, updated_at = now()
                where id = :id and totp_secret is not null and not totp_confirmed
                """)
                .param("id", id).param("step", step).update() == 1;
    }

    private static LoginAccount map(ResultSet rs, int row) throws SQLException {
        long agency = rs.getLong("agency_id");
        Long agencyId = rs.wasNull() ? null : agency;
        return new LoginAccount(rs.getLong("id"), rs.getString("username"), rs.getString("member_code"), agencyId,
                rs.getString("password_hash"), rs.getString("totp_secret"), rs.getBoolean("totp_confirmed"),
                rs.getLong("totp_last_step"), SqlRoles.read(rs.getArray("roles")), rs.getBoolean("enabled"),
                rs.getBoolean("member_active"), instant(rs.getTimestamp("locked_until")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
