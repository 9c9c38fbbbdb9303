package org.eads.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.eads.audit.Actor;
import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.internal.BearerTokens;
import org.eads.identity.internal.TokenHash;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the API ({@code Authorization: Bearer <token>}). A token is 256 random bits, shown once when it
 * is issued; the database keeps only its SHA-256, its expiry and whether it was revoked. Issue and revocation are
 * audited. A revocation takes effect at once on the node that makes it and within a second on the others (see
 * {@link BearerTokens}).
 */
@Service
public class ApiTokens {

    public static final Duration MIN_VALIDITY = Duration.ofHours(1);
    public static final Duration MAX_VALIDITY = Duration.ofDays(366);
    /** Makes a leaked token easy to recognise for secret scanners and people. */
    static final String PREFIX = "eads_";

    private static final String SELECT_TOKEN = """
            select t.id, u.username, t.label, t.created_at, t.expires_at, t.revoked_at, t.last_used_at
            from api_token t join app_user u on u.id = t.user_id
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final BearerTokens bearerTokens;
    private final SecureRandom random = new SecureRandom();

    public ApiTokens(JdbcClient jdbc, AuditLog audit, CurrentUser currentUser, BearerTokens bearerTokens) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.bearerTokens = bearerTokens;
    }

    /** Issues a token for the user, audited as done by the signed-in user, or by the command line when none. */
    @Transactional
    public String issue(String username, Duration validity, String label) {
        return issue(username, validity, label, defaultActor("eads token"));
    }

    /**
     * Issues a token valid for {@code validity} (from {@link #MIN_VALIDITY} to {@link #MAX_VALIDITY}) and returns it: this is the only
     * time it can be seen.
     *
     * @throws UnknownUserException if no user has this name
     * @throws InvalidUserInput     if the validity is out of range or the user is disabled
     */
    @Transactional
    public String issue(String username, Duration validity, String label, Actor actor) {
        if (validity == null || validity.compareTo(MIN_VALIDITY) < 0 || validity.compareTo(MAX_VALIDITY) > 0) {
            throw new InvalidUserInput("validity", "A token is valid for at least one hour and at most "
                    + MAX_VALIDITY.toHours() + " hours.");
        }
        String name = label == null || label.isBlank() ? "API token" : label.strip();
        if (name.length() > 100) {
            throw new InvalidUserInput("label", "The label has at most 100 characters.");
        }
        record Holder(long id, boolean enabled) {
        }
        Holder user = jdbc.sql("select id, enabled from app_user where username = :u").param("u", username)
                .query((rs, i) -> new Holder(rs.getLong(1), rs.getBoolean(2))).optional()
                .orElseThrow(() -> new UnknownUserException(username));
        if (!user.enabled()) {
            throw new InvalidUserInput(null, "The user '" + username + "' is disabled: enable it first.");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = Instant.now().plus(validity).truncatedTo(ChronoUnit.SECONDS);
        long id = jdbc.sql("""
                insert into api_token (user_id, token_hash, label, expires_at)
                values (:user, :hash, :label, :expires) returning id
                """)
                .param("user", user.id()).param("hash", TokenHash.of(token)).param("label", name)
                .param("expires", Timestamp.from(expires)).query(Long.class).single();
        audit.record(AuditEvent.ok(actor, AuditAction.TOKEN_ISSUED, "api_token", Long.toString(id))
                .withDetails("for " + username + ", '" + name + "', expires " + expires));
        return token;
    }

    /** Revokes a token: at once on this node, within a second on the others. Revoking a revoked token changes nothing. */
    @Transactional
    public void revoke(long tokenId) {
        revoke(tokenId, defaultActor("system"));
    }

    @Transactional
    public void revoke(long tokenId, Actor actor) {
        ApiToken token = find(tokenId).orElseThrow(() -> new IllegalArgumentException("No API token " + tokenId));
        int changed = jdbc.sql("update api_token set revoked_at = now() where id = :id and revoked_at is null")
                .param("id", tokenId).update();
        bearerTokens.forget();
        if (changed > 0) {
            audit.record(AuditEvent.ok(actor, AuditAction.TOKEN_REVOKED, "api_token", Long.toString(tokenId))
                    .withDetails("of " + token.username() + ", '" + token.label() + "'"));
        }
    }

    public Optional<ApiToken> find(long tokenId) {
        return jdbc.sql(SELECT_TOKEN + " where t.id = :id").param("id", tokenId).query(ApiTokens::map).optional();
    }

    /** The tokens of a user, newest first, revoked and expired ones included. */
    public List<ApiToken> of(String username) {
        return jdbc.sql(SELECT_TOKEN + " where u.username = :u order by t.created_at desc, t.id desc")
                .param("u", username).query(ApiTokens::map).list();
    }

    private Actor defaultActor(String system) {
        return currentUser.find().map(u -> u.actor(CurrentUser.clientAddress())).orElse(Actor.system(system));
    }

    private static ApiToken map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("username"), rs.getString("label"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("expires_at")),
                instant(rs.getTimestamp("revoked_at")), instant(rs.getTimestamp("last_used_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
