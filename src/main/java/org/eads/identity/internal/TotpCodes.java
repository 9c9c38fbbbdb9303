package org.eads.identity.internal;

import java.time.Clock;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30 seconds), as every authenticator app reads them.
 * Verification returns the time step the code belongs to, so that the caller can refuse a code used before.
 */
@Component
public class TotpCodes {

    public static final int PERIOD_SECONDS = 30;
    public static final int DIGITS = 6;
    /** One step either side: phone clocks drift, and people type slowly. */
    private static final int ALLOWED_DRIFT = 1;
    private static final Pattern BASE32 = Pattern.compile("[A-Z2-7]{16,128}");
    private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");

    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);
    private final Clock clock = Clock.systemUTC();

    /** A new random secret: 32 base32 characters, 160 bits. */
    public String newSecret() {
        return secrets.generate();
    }

    /** The secret in the canonical form (upper case, no spaces), or {@code null} if it is not a base32 secret. */
    public static String normalise(String secret) {
        if (secret == null) {
            return null;
        }
        String s = secret.replaceAll("[\\s-]", "").toUpperCase().replaceAll("=+$", "");
        return BASE32.matcher(s).matches() ? s : null;
    }

    /** The time step, after {@code lastUsedStep}, at which the code is valid; empty if there is none. */
    public OptionalLong matchingStep(String secret, String code, long lastUsedStep) {
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (!CODE.matcher(digits).matches()) {
            return OptionalLong.empty();
        }
        long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        for (long step = now - ALLOWED_DRIFT; step <= now + ALLOWED_DRIFT; step++) {
            if (step > lastUsedStep && constantTimeEquals(generate(secret, step), digits)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The PNG of the {@code otpauth://} address an authenticator app scans, as a data: URI for an img element. */
    public String qrCodeDataUri(String username, String secret) {
        QrData data = new QrData.Builder().label(username).secret(secret).issuer("e-ADS")
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
        ZxingPngQrGenerator png = new ZxingPngQrGenerator();
        png.setImageSize(240);
        try {
            return Utils.getDataUriForImage(png.generate(data), png.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Could not draw the enrolment QR code", e);
        }
    }

    private String generate(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Could not compute a TOTP code", e);
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(), b.getBytes());
    }
}
