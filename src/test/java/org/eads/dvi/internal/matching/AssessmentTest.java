package org.eads.dvi.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eads.dvi.internal.dental.DentalComparison;
import org.eads.dvi.internal.matching.Assessment.Status;
import org.junit.jupiter.api.Test;

class AssessmentTest {

    private static DentalComparison.Result dental(int informative, int red, double score) {
        return new DentalComparison.Result(List.of(), 28, informative, red, score);
    }

    @Test
    void aStrongDnaRatioOverTheMissingIsStrong() {
        // 3,700 missing: prior odds 1 / 3,699; LR 10^12 gives posterior odds about 10^8.4
        Assessment a = Assessment.of(new Evidence(12.0, null, null, null), 3_700);
        assertThat(a.status()).isEqualTo(Status.STRONG);
        assertThat(a.log10PosteriorOdds()).isCloseTo(12 - Math.log10(3_699), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(Assessment.of(new Evidence(5.0, null, null, null), 3_700).status()).isEqualTo(Status.INSUFFICIENT);
        assertThat(Assessment.of(new Evidence(6.0, null, null, null), 3_700).status()).isEqualTo(Status.PROBABLE);
    }

    @Test
    void dentalAloneIdentifiesOnlyWithEnoughTeethAndNoDiscrepancy() {
        assertThat(Assessment.of(new Evidence(null, dental(10, 0, 9), null, null), 300).status())
                .isEqualTo(Status.STRONG);
        assertThat(Assessment.of(new Evidence(null, dental(5, 0, 9), null, null), 300).status())
                .as("too few informative teeth to stand alone").isEqualTo(Status.PROBABLE);
        assertThat(Assessment.of(new Evidence(null, dental(10, 1, 9), null, null), 300).status())
                .isEqualTo(Status.PROBABLE);
        assertThat(Assessment.of(new Evidence(20.0, dental(10, 2, 9), null, null), 300).status())
                .isEqualTo(Status.EXCLUDED);
    }

    @Test
    void secondaryEvidenceExcludesButNeverIdentifiesAlone() {
        var sex = new Evidence.Secondary(true, null, null, false, 0, null);
        Assessment a = Assessment.of(new Evidence(3.0, null, null, sex), 300);
        assertThat(a.status()).isEqualTo(Status.EXCLUDED);
        assertThat(a.exclusions()).containsExactly("the sexes differ");
        Assessment misrecorded = Assessment.of(new Evidence(15.0, null, null, sex), 300);
        assertThat(misrecorded.status()).as("DNA that alone identifies outweighs a recorded sex: a discrepancy to review")
                .isEqualTo(Status.PROBABLE);
        assertThat(misrecorded.exclusions()).isEmpty();
        assertThat(misrecorded.discrepancies()).containsExactly("the sexes differ");
        var implant = new Evidence.Secondary(false, true, true, true, 0, null);
        assertThat(Assessment.of(new Evidence(null, null, null, implant), 300).status()).isEqualTo(Status.PROBABLE);
        assertThat(Assessment.of(new Evidence(null, null, Evidence.Fingerprints.IDENTIFIED, null), 300).status())
                .isEqualTo(Status.STRONG);
        assertThat(Assessment.of(new Evidence(Double.NEGATIVE_INFINITY, null, null, null), 300).status())
                .isEqualTo(Status.EXCLUDED);
    }

    @Test
    void marksAndEffectsRankButNeitherIdentifyNorExclude() {
        var marks = new Evidence.Secondary(false, true, true, false, 3, List.of("tattoo on the left arm: dragon"));
        // 30 missing: prior odds 1 / 29; marks at their cap of 10^3 give posterior odds 10^(3 - 1.46) = 34.5
        Assessment a = Assessment.of(new Evidence(null, null, null, marks), 30);
        assertThat(a.status()).isEqualTo(Status.INSUFFICIENT);
        assertThat(a.methods()).containsExactly("marks and effects");
        assertThat(a.log10Lr()).isEqualTo(3.0);
        // with DNA that alone is probable (10^5 over 299 others), the marks make it no more than probable
        Assessment withDna = Assessment.of(new Evidence(5.0, null, null, marks), 300);
        assertThat(withDna.log10PosteriorOdds()).isCloseTo(8 - Math.log10(299),
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(withDna.status()).as("posterior above the strong line, but only thanks to secondary evidence")
                .isEqualTo(Status.PROBABLE);
        var none = new Evidence.Secondary(false, null, null, false, 0, List.of());
        assertThat(Assessment.of(new Evidence(5.0, null, null, none), 300).log10Lr()).isEqualTo(5.0);
    }
}
