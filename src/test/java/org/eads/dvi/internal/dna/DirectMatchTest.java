package org.eads.dvi.internal.dna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DirectMatchTest {

    private static final AlleleFrequencies TABLE = new AlleleFrequencies("test", 0.001,
            Map.of("VWA", Map.of("16", 0.2, "17", 0.25), "TH01", Map.of("9.3", 0.1)));

    @Test
    void matchProbabilitiesFollowNrcTwoWithTheta() {
        // Heterozygote 16/17 with theta 0.01: 2[θ+(1−θ)0.2][θ+(1−θ)0.25]/[(1+θ)(1+2θ)]
        double theta = 0.01;
        double expected = 2 * (theta + 0.99 * 0.2) * (theta + 0.99 * 0.25) / (1.01 * 1.02);
        assertThat(DirectMatch.matchProbability(new Genotype("17", "16"), "vWA", TABLE, theta))
                .isCloseTo(expected, within(1e-12));
        // Homozygote 9.3/9.3 without theta: p²
        assertThat(DirectMatch.matchProbability(new Genotype("9.3", "9.3"), "TH01", TABLE, 0)).isCloseTo(0.01, within(1e-12));
    }

    @Test
    void aMatchMultipliesOverLociAndADifferenceExcludes() {
        Profile pm = Profile.of(Map.of("VWA", new Genotype("16", "17"), "TH01", new Genotype("9.3", "9.3")));
        DirectMatch.Result same = DirectMatch.compare(pm, pm, TABLE, 0);
        assertThat(same.lr()).isCloseTo(1 / (2 * 0.2 * 0.25) / 0.01, within(1e-6));
        assertThat(same.lociCompared()).isEqualTo(2);
        Profile other = Profile.of(Map.of("VWA", new Genotype("16", "18"), "TH01", new Genotype("9.3", "9.3")));
        assertThat(DirectMatch.compare(pm, other, TABLE, 0).excluding()).containsExactly("VWA");
    }

    @Test
    void aFlaggedDropoutDoesNotExclude() {
        Profile degraded = new Profile(Map.of("VWA", new Genotype("16", "16")), Set.of("vWA"));
        Profile reference = Profile.of(Map.of("VWA", new Genotype("16", "17")));
        DirectMatch.Result r = DirectMatch.compare(degraded, reference, TABLE, 0);
        assertThat(r.excluded()).isFalse();
        assertThat(r.lr()).isCloseTo(1 / (1 - 0.8 * 0.8), within(1e-9));
        assertThat(DirectMatch.compare(Profile.of(degraded.loci()), reference, TABLE, 0).excluded()).isTrue();
    }

    @Test
    void theShippedEastAsianTableReads() throws IOException {
        try (var in = new InputStreamReader(getClass().getResourceAsStream("/dvi/frequencies/east-asia-2023.txt"),
                StandardCharsets.UTF_8)) {
            AlleleFrequencies t = AlleleFrequencies.read("East Asia 2023", 0.001, in);
            assertThat(t.loci()).hasSize(40).containsAll(Loci.CODIS_20).containsAll(Loci.ESS);
            assertThat(t.of("TPOX", "8")).isEqualTo(0.529882);
            assertThat(t.of("Penta E", "99")).isEqualTo(0.001);
        }
    }
}
