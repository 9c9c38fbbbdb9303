package org.eads.identity;

import java.time.Instant;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/** Codes as an authenticator app would show them. */
public final class TotpTestCodes {

    private TotpTestCodes() {
    }

    /** The code of the current 30-second step. */
    public static String now(String secret) {
        return at(secret, 0);
    }

    /**
     * The code {@code steps} steps from now. e-ADS accepts one step either side and each step only once, so a test
     * that signs the same user in twice within 30 seconds uses the next step the second time.
     */
    public static String at(String secret, int steps) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6)
                    .generate(secret, Instant.now().getEpochSecond() / 30 + steps);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A code that is not the one of any accepted step. */
    public static String wrong(String secret) {
        String right = now(secret);
        String candidate = right;
        for (int i = 1; candidate.equals(right) || candidate.equals(at(secret, -1)) || candidate.equals(at(secret, 1));
             i++) {
            candidate = String.format("%06d", (Integer.parseInt(right) + i * 7919) % 1_000_000);
        }
        return candidate;
    }
}
