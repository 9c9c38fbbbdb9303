package org.eads.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eads.identity.internal.BearerTokens;
import org.eads.identity.internal.PasswordPolicy;
import org.eads.identity.internal.SqlRoles;
import org.eads.identity.internal.TotpCodes;

import org.eads.member.Agency;
import org.eads.member.Member;
import org.eads.member.MemberKind;
import org.eads.member.Members;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users of e-ADS: creation, passwords, roles, the second factor and the account state. These methods do not
 * write the audit log: the administration pages do, with the administrator as the actor. A refused change throws
 * {@link InvalidUserInput}; an unknown username {@link UnknownUserException}.
 */
@Service
public class Users {

    private static final String SELECT_USER = """
            select u.id, u.username, u.display_name, u.member_code, m.kind as member_kind, u.agency_id, u.roles
            from app_user u join member m on m.code = u.member_code
            """;
    private static final String SELECT_ACCOUNT = """
            select id, username, display_name, email, member_code, agency_id, roles, enabled, totp_confirmed,
                failed_logins, locked_until, last_login_at, created_at
            from app_user
            """;
    /** Letters, digits and . _ @ -; the length fits the session table's principal_name column. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{2,59}");

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Members members;
    private final SecretCipher totpCipher;
    private final TotpCodes totpCodes;
    private final BearerTokens bearerTokens;

    public Users(JdbcClient jdbc, PasswordEncoder passwords, Members members, SecretCipher totpCipher,
                 TotpCodes totpCodes, BearerTokens bearerTokens) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.members = members;
        this.totpCipher = totpCipher;
        this.totpCodes = totpCodes;
        this.bearerTokens = bearerTokens;
    }

    /** Creates a user who will enrol a second factor at the first sign-in (or see {@link #enrolTotp}). */
    @Transactional
    public EadsUser create(NewUser user) {
        validate(user);
        try {
            jdbc.sql("""
                    insert into app_user (username, display_name, email, member_code, agency_id, password_hash, roles)
                    values (:username, :displayName, :email, :member, :agency, :hash, cast(:roles as text[]))
                    """)
                    .param("username", user.username()).param("displayName", user.displayName().strip())
                    .param("email", blankToNull(user.email())).param("member", user.memberCode())
                    .param("agency", user.agencyId()).param("hash", passwords.encode(user.password()))
                    .param("roles", SqlRoles.literal(user.roles()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidUserInput("username", "The username '" + user.username() + "' is already taken.");
        }
        return find(user.username()).orElseThrow();
    }

    public Optional<EadsUser> find(String username) {
        return jdbc.sql(SELECT_USER + " where u.username = :username").param("username", username)
                .query(Users::map).optional();
    }

    public Optional<EadsUser> find(long id) {
        return jdbc.sql(SELECT_USER + " where u.id = :id").param("id", id).query(Users::map).optional();
    }

    /** The account of a user, with its state, for administration. */
    public Optional<UserAccount> account(String username) {
        return jdbc.sql(SELECT_ACCOUNT + " where username = :username").param("username", username)
                .query(Users::mapAccount).optional();
    }

    public Optional<UserAccount> account(long id) {
        return jdbc.sql(SELECT_ACCOUNT + " where id = :id").param("id", id).query(Users::mapAccount).optional();
    }

    /** The users of one member, or of every member when {@code memberCode} is null, by member and username. */
    public List<UserAccount> list(String memberCode) {
        return jdbc.sql(SELECT_ACCOUNT + " where (cast(:member as text) is null or member_code = :member)"
                        + " order by member_code, username")
                .param("member", memberCode).query(Users::mapAccount).list();
    }

    @Transactional
    public void setPassword(String username, String newPassword) {
        PasswordPolicy.problem(username, newPassword).ifPresent(p -> {
            throw new InvalidUserInput("password", p);
        });
        update(username, "update app_user set password_hash = :v, updated_at = now() where username = :username",
                passwords.encode(newPassword));
    }

    /** Replaces the roles of a user. Sessions already open keep the old roles until they end. */
    @Transactional
    public void updateRoles(String username, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidUserInput("roles", "Choose at least one role.");
        }
        update(username, "update app_user set roles = cast(:v as text[]), updated_at = now() where username = :username",
                SqlRoles.literal(roles));
        bearerTokens.forget();
    }

    @Transactional
    public void disable(String username) {
        update(username, "update app_user set enabled = false, updated_at = now() where username = :username", null);
        bearerTokens.forget();
    }

    @Transactional
    public void enable(String username) {
        update(username, "update app_user set enabled = true, updated_at = now() where username = :username", null);
    }

    /** Lifts a lockout after failed sign-ins at once, instead of after its 15 minutes. */
    @Transactional
    public void unlock(String username) {
        update(username, """
                update app_user set failed_logins = 0, locked_until = null, updated_at = now()
                where username = :username
                """, null);
    }

    /**
     * Enrols a second factor with a known secret, already confirmed: for demo and test accounts whose secret is
     * handed out with the account. People enrol themselves at their first sign-in instead.
     */
    @Transactional
    public void enrolTotp(String username, String base32Secret) {
        String secret = TotpCodes.normalise(base32Secret);
        if (secret == null) {
            throw new InvalidUserInput("totpSecret", "A TOTP secret is 16 to 128 base32 characters (A-Z, 2-7).");
        }
        update(username, """
                update app_user set totp_secret = :v, totp_confirmed = true, totp_last_step = 0, updated_at = now()
                where username = :username
                """, totpCipher.encrypt(secret));
    }

    /** Forgets the second factor: the user enrols a new one at the next sign-in (a lost or replaced phone). */
    @Transactional
    public void resetTotp(String username) {
        update(username, """
                update app_user set totp_secret = null, totp_confirmed = false, totp_last_step = 0, updated_at = now()
                where username = :username
                """, null);
    }

    /** A new random TOTP secret (base32), for {@link #enrolTotp}. */
    public String newTotpSecret() {
        return totpCodes.newSecret();
    }

    private void update(String username, String sql, Object value) {
        var statement = jdbc.sql(sql).param("username", username);
        if (value != null) {
            statement = statement.param("v", value);
        }
        if (statement.update() == 0) {
            throw new UnknownUserException(username);
        }
    }

    private void validate(NewUser user) {
        if (user.username() == null || !USERNAME.matcher(user.username()).matches()) {
            throw new InvalidUserInput("username", "A username has 3 to 60 characters: letters, digits and . _ @ -,"
                    + " starting with a letter or digit.");
        }
        if (user.displayName() == null || user.displayName().isBlank() || user.displayName().length() > 200) {
            throw new InvalidUserInput("displayName", "Give the person's name (at most 200 characters).");
        }
        String email = blankToNull(user.email());
        if (email != null && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+"))) {
            throw new InvalidUserInput("email", "This is not an e-mail address.");
        }
        Member member = user.memberCode() == null ? null : members.find(user.memberCode()).orElse(null);
        if (member == null) {
            throw new InvalidUserInput("memberCode", "Choose the member the user belongs to.");
        }
        if (!member.active()) {
            throw new InvalidUserInput("memberCode", member.name() + " is deactivated: activate it first.");
        }
        if (user.agencyId() != null && members.agency(user.agencyId()).map(Agency::memberCode)
                .filter(member.code()::equals).isEmpty()) {
            throw new InvalidUserInput("agencyId", "Choose an agency of " + member.name() + ".");
        }
        if (user.roles() == null || user.roles().isEmpty()) {
            throw new InvalidUserInput("roles", "Choose at least one role.");
        }
        PasswordPolicy.problem(user.username(), user.password()).ifPresent(p -> {
            throw new InvalidUserInput("password", p);
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static EadsUser map(ResultSet rs, int row) throws SQLException {
        long agency = rs.getLong("agency_id");
        Long agencyId = rs.wasNull() ? null : agency; // read at once: wasNull() tells about the last column read
        return new EadsUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("member_code"), MemberKind.valueOf(rs.getString("member_kind")),
                agencyId, SqlRoles.read(rs.getArray("roles")));
    }

    private static UserAccount mapAccount(ResultSet rs, int row) throws SQLException {
        long agency = rs.getLong("agency_id");
        Long agencyId = rs.wasNull() ? null : agency;
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getString("member_code"), agencyId, SqlRoles.read(rs.getArray("roles")),
                rs.getBoolean("enabled"), rs.getBoolean("totp_confirmed"), rs.getInt("failed_logins"),
                instant(rs.getTimestamp("locked_until")), instant(rs.getTimestamp("last_login_at")),
                instant(rs.getTimestamp("created_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
