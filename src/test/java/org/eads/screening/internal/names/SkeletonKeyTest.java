package org.eads.screening.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkeletonKeyTest {

    private final SkeletonKey skeleton = new SkeletonKey();

    @Test
    void keepsTheFirstLetterAndTheConsonants() {
        assertThat(skeleton.key("somcai")).isEqualTo("smc");
        assertThat(skeleton.key("aung")).isEqualTo("ang");
        assertThat(skeleton.key("sompon")).isEqualTo(skeleton.key("sompoon"));
        assertThat(skeleton.key("")).isEmpty();
    }
}
