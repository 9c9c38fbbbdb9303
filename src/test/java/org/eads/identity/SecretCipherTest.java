package org.eads.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.eads.EadsProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTest {

    @TempDir
    Path dataDir;

    @Test
    void encryptsWithAKeyMadeOnFirstStartAndKeptForTheNext() throws Exception {
        SecretCipher first = new SecretCipher(properties());
        String sealed = first.encrypt("JBSWY3DPEHPK3PXP");
        assertThat(sealed).startsWith("v1:").doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(first.encrypt("JBSWY3DPEHPK3PXP")).as("a fresh IV each time").isNotEqualTo(sealed);

        Path key = dataDir.resolve("keys/totp.key");
        assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(new SecretCipher(properties()).decrypt(sealed)).isEqualTo("JBSWY3DPEHPK3PXP");
    }

    @Test
    void anotherKeyCannotDecrypt() throws Exception {
        String sealed = new SecretCipher(properties()).encrypt("JBSWY3DPEHPK3PXP");
        Files.delete(dataDir.resolve("keys/totp.key"));
        assertThatThrownBy(() -> new SecretCipher(properties()).decrypt(sealed))
                .hasMessageContaining("keys/totp.key");
    }

    private EadsProperties properties() {
        return new EadsProperties(dataDir, new EadsProperties.Db(null, "eads", "", Duration.ofSeconds(10)), Duration.ofMinutes(30));
    }
}
