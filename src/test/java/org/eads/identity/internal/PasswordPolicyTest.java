package org.eads.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsLongPassphrasesAndSaysWhatIsWrongWithOthers() {
        assertThat(PasswordPolicy.problem("somchai", "correct horse battery")).isEmpty();
        assertThat(PasswordPolicy.problem("somchai", "ส้มตำไก่ย่างข้าวเหนียว")).isEmpty();
        assertThat(PasswordPolicy.problem("somchai", "short")).hasValueSatisfying(m -> assertThat(m).contains("12"));
        assertThat(PasswordPolicy.problem("somchai", "            x")).isPresent();
        assertThat(PasswordPolicy.problem("somchai", "my-name-is-Somchai")).hasValueSatisfying(
                m -> assertThat(m).contains("username"));
        assertThat(PasswordPolicy.problem("somchai", "x".repeat(73))).hasValueSatisfying(
                m -> assertThat(m).contains("72 bytes"));
    }
}
