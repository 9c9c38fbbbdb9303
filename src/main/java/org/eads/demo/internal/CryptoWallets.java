package org.eads.demo.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Crypto wallet addresses of the kinds scam proceeds move through, with valid checksums where the format has one. */
public final class CryptoWallets {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private final MessageDigest sha256;

    public CryptoWallets() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 0x and forty hex digits, in lower case (the mixed-case checksum of EIP-55 is optional). */
    public String ethereum(Rng rng) {
        char[] c = new char[42];
        c[0] = '0';
        c[1] = 'x';
        for (int i = 2; i < 42; i++) {
            c[i] = HEX[rng.below(16)];
        }
        return new String(c);
    }

    /** A Tron address: version byte 0x41, twenty bytes, four checksum bytes, in base58 (34 characters, starting T). */
    public String tron(Rng rng) {
        return base58Check((byte) 0x41, rng);
    }

    /** A legacy Bitcoin pay-to-public-key-hash address (starting 1). */
    public String bitcoin(Rng rng) {
        return base58Check((byte) 0x00, rng);
    }

    private String base58Check(byte version, Rng rng) {
        byte[] payload = new byte[25];
        payload[0] = version;
        byte[] hash = new byte[20];
        rng.nextBytes(hash);
        System.arraycopy(hash, 0, payload, 1, 20);
        sha256.update(payload, 0, 21);
        byte[] once = sha256.digest();
        byte[] twice = sha256.digest(once);
        System.arraycopy(twice, 0, payload, 21, 4);
        return base58(payload);
    }

    static String base58(byte[] input) {
        int zeros = 0;
        while (zeros < input.length && input[zeros] == 0) {
            zeros++;
        }
        byte[] number = input.clone();
        char[] out = new char[input.length * 2];
        int outStart = out.length;
        int start = zeros;
        while (start < number.length) {
            int remainder = 0;
            for (int i = start; i < number.length; i++) {
                int value = (remainder << 8) | (number[i] & 0xFF);
                number[i] = (byte) (value / 58);
                remainder = value % 58;
            }
            out[--outStart] = BASE58.charAt(remainder);
            while (start < number.length && number[start] == 0) {
                start++;
            }
        }
        while (outStart < out.length && out[outStart] == '1') {
            outStart++;
        }
        while (--zeros >= 0) {
            out[--outStart] = '1';
        }
        return new String(out, outStart, out.length - outStart);
    }
}
