package org.eads.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The one hash function of the audit chain, used by the writer and by the verifier alike: SHA-256 over a canonical
 * text of every stored field (except the hash itself) in a fixed order, the previous entry's hash included.
 */
public final class EntryHash {

    /** What the first entry links to. */
    public static final String GENESIS = "GENESIS";

    private EntryHash() {
    }

    public static String of(AuditEntry e) {
        StringBuilder canonical = new StringBuilder(256)
                .append(e.seq()).append('|').append(ChronoUnit.MICROS.between(Instant.EPOCH, e.at()));
        // Length-prefixed so that no choice of field values can shift text from one field to the next, and null
        // written apart from the empty string so that turning one into the other is detected too.
        for (Object field : new Object[] {e.userId(), e.username(), e.memberCode(), e.agencyId(), e.action(),
                e.objectType(), e.objectId(), e.purpose(), e.clientAddress(), e.outcome(), e.details(),
                e.prevHash()}) {
            canonical.append('|');
            if (field == null) {
                canonical.append('~');
            } else {
                String s = field.toString();
                canonical.append(s.length()).append(':').append(s);
            }
        }
        return HexFormat.of().formatHex(sha256().digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
