package org.eads.alerts;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eads.identity.SecretCipher;
import org.eads.records.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each member's webhook: the address of its national system that receives the member's notifications, and the key
 * that signs each call. The key is shown once when made and kept encrypted.
 */
@Repository
public class Webhooks {

    /** A member's webhook as administrators see it (never its key). */
    public record Webhook(String memberCode, String url, Severity minSeverity, boolean enabled) {
    }

    /** The address and the key to sign with, for the delivery worker. */
    public record Target(String url, String secret) {
    }

    private final JdbcClient jdbc;
    private final SecretCipher cipher;
    private final SecureRandom random = new SecureRandom();

    public Webhooks(JdbcClient jdbc, SecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public List<Webhook> all() {
        return jdbc.sql("select member_code, url, min_severity, enabled from member_webhook order by member_code")
                .query((rs, n) -> new Webhook(rs.getString(1), rs.getString(2), Severity.valueOf(rs.getString(3)),
                        rs.getBoolean(4))).list();
    }

    public Optional<Webhook> find(String memberCode) {
        return jdbc.sql("select member_code, url, min_severity, enabled from member_webhook where member_code = :m")
                .param("m", memberCode).query((rs, n) -> new Webhook(rs.getString(1), rs.getString(2),
                        Severity.valueOf(rs.getString(3)), rs.getBoolean(4))).optional();
    }

    public Optional<Target> target(String memberCode) {
        return jdbc.sql("select url, secret_cipher from member_webhook where member_code = :m and enabled")
                .param("m", memberCode).query((rs, n) -> new Target(rs.getString(1), cipher.decrypt(rs.getString(2))))
                .optional();
    }

    /**
     * Sets a member's webhook. Returns the new signing key when one was made (a first webhook, or when asked to
     * renew it), to be shown once; otherwise empty.
     */
    @Transactional
    public Optional<String> save(String memberCode, String url, Severity minSeverity, boolean enabled,
                                 boolean newKey) {
        Problems p = new Problems();
        String address = url == null ? "" : url.strip();
        if (address.isEmpty()) {
            p.add("url", "give the address of the member's system, such as https://alerts.police.example/eads");
        } else {
            try {
                URI u = URI.create(address);
                String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("https") && !scheme.equals("http") || u.getHost() == null) {
                    p.add("url", "must be an http or https address with a host");
                }
            } catch (IllegalArgumentException e) {
                p.add("url", "is not a valid address");
            }
            p.maxLength(address, "url", 2000);
        }
        p.require(minSeverity, "minSeverity");
        p.throwIfAny();
        boolean exists = find(memberCode).isPresent();
        String key = null;
        if (!exists || newKey) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            key = HexFormat.of().formatHex(bytes);
        }
        if (exists) {
            jdbc.sql("""
                    update member_webhook set url = :url, min_severity = :min, enabled = :enabled, updated_at = now(),
                        secret_cipher = coalesce(:secret, secret_cipher)
                    where member_code = :m
                    """).param("m", memberCode).param("url", address).param("min", minSeverity.name())
                    .param("enabled", enabled).param("secret", key == null ? null : cipher.encrypt(key)).update();
        } else {
            jdbc.sql("""
                    insert into member_webhook (member_code, url, secret_cipher, min_severity, enabled)
                    values (:m, :url, :secret, :min, :enabled)
                    """).param("m", memberCode).param("url", address).param("secret", cipher.encrypt(key))
                    .param("min", minSeverity.name()).param("enabled", enabled).update();
        }
        return Optional.ofNullable(key);
    }
}
