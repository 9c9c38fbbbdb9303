package org.eads.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of an API token, which is all the database keeps. A token is 256 random bits, so a plain hash is
 * enough: there is nothing to guess, unlike a password, and the lookup stays a single index probe.
 */
public final class TokenHash {

    private TokenHash() {
    }

    public static String of(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
