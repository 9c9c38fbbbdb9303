package org.eads.identity.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The minimum password rules. Length is what makes a password strong; composition rules only make people write
 * them down. The upper bound is bcrypt's: it reads only the first 72 bytes.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** What is wrong with the password, if anything, as a sentence for the person choosing it. */
    public static Optional<String> problem(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("The password must have at least " + MIN_LENGTH + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("The password must be at most " + MAX_BYTES + " bytes long (about " + MAX_BYTES
                    + " letters, fewer with accents or non-Latin scripts).");
        }
        if (password.isBlank() || password.strip().length() < MIN_LENGTH) {
            return Optional.of("The password must have at least " + MIN_LENGTH + " characters other than spaces.");
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            return Optional.of("The password must not contain the username.");
        }
        return Optional.empty();
    }
}
