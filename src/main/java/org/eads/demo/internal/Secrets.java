package org.eads.demo.internal;

import java.util.SplittableRandom;

/**
 * Demo account secrets derived from the dataset seed and the username, so that the launcher can print the same ones
 * on every start and adding an account does not change the others. They are strong but public: the demo only.
 */
public final class Secrets {

    /** No 0/O, 1/l/I: passwords are read off a screen and typed. */
    private static final String PASSWORD_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Secrets() {
    }

    /** Four groups of five characters joined by hyphens, with at least one capital, one small letter, one digit. */
    public static String password(long seed, String username) {
        SplittableRandom r = random(seed, username, 1);
        char[] c = new char[23];
        for (int i = 0; i < c.length; i++) {
            c[i] = i % 6 == 5 ? '-' : PASSWORD_CHARS.charAt(r.nextInt(PASSWORD_CHARS.length()));
        }
        c[0] = UPPER.charAt(r.nextInt(UPPER.length()));
        c[6] = LOWER.charAt(r.nextInt(LOWER.length()));
        c[22] = DIGITS.charAt(r.nextInt(DIGITS.length()));
        return new String(c);
    }

    /** A 160-bit TOTP secret in base32 (32 characters, A-Z and 2-7), as authenticator apps take it. */
    public static String totpSecret(long seed, String username) {
        SplittableRandom r = random(seed, username, 2);
        char[] c = new char[32];
        for (int i = 0; i < c.length; i++) {
            c[i] = BASE32.charAt(r.nextInt(32));
        }
        return new String(c);
    }

    private static SplittableRandom random(long seed, String username, int purpose) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + username.hashCode() * 31L + purpose);
    }
}
