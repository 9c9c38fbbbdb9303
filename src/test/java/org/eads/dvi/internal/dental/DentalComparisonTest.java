package org.eads.dvi.internal.dental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eads.dvi.internal.dental.DentalComparison.Verdict;
import org.eads.dvi.internal.dental.Tooth.Material;
import org.eads.dvi.internal.dental.Tooth.Surface;
import org.junit.jupiter.api.Test;

class DentalComparisonTest {

    private static Verdict verdict(Tooth am, Tooth pm) {
        return DentalComparison.compare(DentalChart.of(am), DentalChart.of(pm)).teeth().stream()
                .filter(t -> t.place() == am.place()).findFirst().orElseThrow().verdict();
    }

    @Test
    void theSameToothIsGreenAndALaterTreatmentAmber() {
        assertThat(verdict(Tooth.filled(16, Material.AMALGAM, Surface.M, Surface.O),
                Tooth.filled(16, Material.AMALGAM, Surface.O, Surface.M))).isEqualTo(Verdict.GREEN);
        assertThat(verdict(Tooth.of(16, ToothStatus.VIRGIN), Tooth.filled(16, Material.COMPOSITE, Surface.O)))
                .isEqualTo(Verdict.AMBER);
        assertThat(verdict(Tooth.filled(16, Material.AMALGAM, Surface.O),
                Tooth.filled(16, Material.AMALGAM, Surface.M, Surface.O, Surface.D))).isEqualTo(Verdict.AMBER);
        assertThat(verdict(Tooth.filled(36, Material.AMALGAM, Surface.O), Tooth.of(36, ToothStatus.CROWN)))
                .isEqualTo(Verdict.AMBER);
        assertThat(verdict(Tooth.of(46, ToothStatus.VIRGIN), Tooth.of(46, ToothStatus.MISSING_AM)))
                .isEqualTo(Verdict.AMBER);
        assertThat(verdict(Tooth.of(46, ToothStatus.MISSING_AM), Tooth.of(46, ToothStatus.IMPLANT)))
                .isEqualTo(Verdict.AMBER);
        assertThat(verdict(Tooth.of(55, ToothStatus.VIRGIN), Tooth.filled(15, Material.COMPOSITE, Surface.O)))
                .as("a child's deciduous tooth and its successor").isEqualTo(Verdict.AMBER);
    }

    @Test
    void whatCannotHappenAfterTheRecordIsRed() {
        assertThat(verdict(Tooth.of(46, ToothStatus.MISSING_AM), Tooth.of(46, ToothStatus.VIRGIN)))
                .as("missing ante-mortem, present post-mortem").isEqualTo(Verdict.RED);
        assertThat(verdict(Tooth.filled(16, Material.AMALGAM, Surface.O), Tooth.of(16, ToothStatus.VIRGIN)))
                .isEqualTo(Verdict.RED);
        assertThat(verdict(Tooth.filled(16, Material.AMALGAM, Surface.M, Surface.O),
                Tooth.filled(16, Material.AMALGAM, Surface.O))).isEqualTo(Verdict.RED);
        assertThat(verdict(Tooth.of(11, ToothStatus.CROWN), Tooth.filled(11, Material.COMPOSITE, Surface.I)))
                .isEqualTo(Verdict.RED);
        assertThat(verdict(Tooth.of(11, ToothStatus.VIRGIN), Tooth.of(11, ToothStatus.UNERUPTED)))
                .isEqualTo(Verdict.RED);
    }

    @Test
    void unknownAndPostMortemLossAreNotCompared() {
        assertThat(verdict(Tooth.of(21, ToothStatus.CROWN), Tooth.of(21, ToothStatus.MISSING_PM)))
                .isEqualTo(Verdict.NOT_COMPARED);
        assertThat(verdict(Tooth.of(21, ToothStatus.UNKNOWN), Tooth.of(21, ToothStatus.VIRGIN)))
                .isEqualTo(Verdict.NOT_COMPARED);
    }

    @Test
    void rareFeaturesWeighMoreAndTwoRedTeethExclude() {
        DentalChart am = DentalChart.of(Tooth.of(11, ToothStatus.CROWN), Tooth.of(36, ToothStatus.IMPLANT),
                Tooth.filled(46, Material.AMALGAM, Surface.O), Tooth.of(21, ToothStatus.VIRGIN));
        DentalComparison.Result same = DentalComparison.compare(am, am);
        assertThat(same.red()).isZero();
        assertThat(same.informative()).isEqualTo(3);
        assertThat(same.score()).isCloseTo(-Math.log10(0.03) - Math.log10(0.004) - Math.log10(0.08),
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(DentalComparison.commonness(Tooth.filled(46, Material.AMALGAM, Surface.M, Surface.O, Surface.D)))
                .isLessThan(DentalComparison.commonness(Tooth.filled(46, Material.AMALGAM, Surface.O)));

        DentalChart other = DentalChart.of(Tooth.of(11, ToothStatus.VIRGIN), Tooth.of(36, ToothStatus.VIRGIN),
                Tooth.filled(46, Material.AMALGAM, Surface.O));
        DentalComparison.Result r = DentalComparison.compare(am, other);
        assertThat(r.red()).isEqualTo(2);
        assertThat(r.excluded()).isTrue();
    }

    @Test
    void onlyFdiNumbersAreTeeth() {
        assertThatThrownBy(() -> Tooth.of(19, ToothStatus.VIRGIN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tooth.of(56, ToothStatus.VIRGIN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Tooth.of(85, ToothStatus.VIRGIN).place()).isEqualTo(45);
    }
}
