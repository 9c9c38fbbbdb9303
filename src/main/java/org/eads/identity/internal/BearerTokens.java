package org.eads.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eads.identity.EadsUser;
import org.eads.member.MemberKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the user behind a bearer token, or why there is none. A token seen in the last second is answered from
 * memory, so that a partner's stream of payment checks does not ask the database for its token every time: a
 * revocation, a disabled account or a change of roles takes effect at once on the node where it is made (which
 * calls {@link #forget}) and within a second on the others.
 */
@Component
public class BearerTokens {

    /** The user, or the reason the token cannot be used (a sentence for the API client). */
    record Check(EadsUser user, String problem) {
    }

    private static final long LAST_USE_EVERY = TimeUnit.MINUTES.toNanos(1);
    private static final long KEEP_ROW = TimeUnit.SECONDS.toNanos(1);
    private static final int REMEMBERED = 100_000;

    private record Row(long tokenId, Instant expiresAt, Instant revokedAt, boolean enabled, boolean memberActive,
                       EadsUser user) {
    }

    private record Seen(Row row, long at) {
    }

    private final JdbcClient jdbc;
    /** When this node last wrote each token's last use. */
    private final Map<Long, Long> lastUseWritten = new ConcurrentHashMap<>();
    /** Tokens read in the last second, by hash. */
    private final Map<String, Seen> recent = new ConcurrentHashMap<>();

    BearerTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Forgets the tokens read lately: called when a token, an account or its roles change. */
    public void forget() {
        recent.clear();
    }

    Check check(String token) {
        String hash = TokenHash.of(token);
        long now = System.nanoTime();
        Seen seen = recent.get(hash);
        Row row = seen != null && now - seen.at() < KEEP_ROW ? seen.row() : read(hash);
        if (row != null && (seen == null || seen.row() != row)) {
            if (recent.size() >= REMEMBERED) {
                recent.clear();
            }
            recent.put(hash, new Seen(row, now));
        }
        return check(row, now);
    }

    private Row read(String hash) {
        return jdbc.sql("""
                select t.id as token_id, t.expires_at, t.revoked_at, u.enabled, m.active as member_active,
                    u.id, u.username, u.display_name, u.member_code, m.kind, u.agency_id, u.roles
                from api_token t join app_user u on u.id = t.user_id join member m on m.code = u.member_code
                where t.token_hash = :hash
                """)
                .param("hash", hash)
                .query((rs, i) -> {
                    long agency = rs.getLong("agency_id");
                    Long agencyId = rs.wasNull() ? null : agency;
                    Timestamp revoked = rs.getTimestamp("revoked_at");
                    return new Row(rs.getLong("token_id"), rs.getTimestamp("expires_at").toInstant(),
                            revoked == null ? null : revoked.toInstant(), rs.getBoolean("enabled"),
                            rs.getBoolean("member_active"),
                            new EadsUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                                    rs.getString("member_code"), MemberKind.valueOf(rs.getString("kind")), agencyId,
                                    SqlRoles.read(rs.getArray("roles"))));
                })
                .optional().orElse(null);
    }

    private Check check(Row row, long now) {
        if (row == null) {
            return new Check(null, "The bearer token is not known to e-ADS. Check that it was copied whole.");
        }
        if (row.revokedAt() != null) {
            return new Check(null, "The bearer token was revoked on " + row.revokedAt() + ". Ask for a new one.");
        }
        if (!row.expiresAt().isAfter(Instant.now())) {
            return new Check(null, "The bearer token expired on " + row.expiresAt() + ". Ask for a new one.");
        }
        if (!row.enabled() || !row.memberActive()) {
            return new Check(null, "The account of this bearer token is disabled.");
        }
        // at most one write a minute per token, and no round trip to find that out: last_used_at is for people, not
        // for accounting
        Long written = lastUseWritten.get(row.tokenId());
        if (written != null && now - written < LAST_USE_EVERY) {
            return new Check(row.user(), null);
        }
        if (lastUseWritten.size() >= REMEMBERED) {
            lastUseWritten.clear();
        }
        lastUseWritten.put(row.tokenId(), now);
        jdbc.sql("""
                update api_token set last_used_at = now()
                where id = :id and (last_used_at is null or last_used_at < now() - interval '1 minute')
                """)
                .param("id", row.tokenId()).update();
        return new Check(row.user(), null);
    }
}
