package org.eads.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The one hash function of the audit chain, used by the writer and by the verifier alike: SHA-256 over a canonical
 * form of every stored field (except the hash itself) in a fixed order, the previous entry's hash included.
 * docs/AUDIT.md describes the form, so that the chain can be checked without e-ADS.
 */
public final class EntryHash {

    /** What the first entry links to. */
    public static final String GENESIS = "GENESIS";

    private EntryHash() {
    }

    public static String of(AuditEntry e) {
        ByteArrayOutputStream canonical = new ByteArrayOutputStream(256);
        ascii(canonical, e.seq() + "|" + ChronoUnit.MICROS.between(Instant.EPOCH, e.at()));
        // Each field carries its length in UTF-8 bytes, so that no choice of values can shift text from one field
        // to the next; null is written apart from the empty text, so that turning one into the other shows too.
        for (Object field : new Object[] {e.userId(), e.username(), e.memberCode(), e.agencyId(), e.action(),
                e.objectType(), e.objectId(), e.purpose(), e.clientAddress(), e.outcome(), e.details(),
                e.prevHash()}) {
            if (field == null) {
                ascii(canonical, "|~");
            } else {
                byte[] utf8 = field.toString().getBytes(StandardCharsets.UTF_8);
                ascii(canonical, "|" + utf8.length + ":");
                canonical.writeBytes(utf8);
            }
        }
        return HexFormat.of().formatHex(sha256().digest(canonical.toByteArray()));
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
