package org.eads.dvi.internal.dna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A family that names a sibling as the father: the stated pedigree excludes, the mixture over mistakes does not. */
class MisstatedRelationshipTest {

    private static final AlleleFrequencies TABLE = new AlleleFrequencies("test", 0.001, Map.of(
            "L1", Map.of("1", 0.25, "3", 0.25, "5", 0.25, "7", 0.25),
            "L2", Map.of("11", 0.25, "13", 0.25, "15", 0.25, "17", 0.25)));

    private static Profile p(String l1a, String l1b, String l2a, String l2b) {
        return Profile.of(Map.of("L1", new Genotype(l1a, l1b), "L2", new Genotype(l2a, l2b)));
    }

    // Parents 1/3 and 5/7 at L1, 11/13 and 15/17 at L2; the missing person got 1 and 5, 11 and 15; the sibling 3 and
    // 7, 13 and 17: no allele in common, impossible for a father (the alleles are two repeats apart or more).
    private static final Profile MISSING = p("1", "5", "11", "15");
    private static final Profile SIBLING = p("3", "7", "13", "17");

    @Test
    void theStatedFatherIsImpossibleButTheMixtureDoubtsTheStatement() {
        List<FamilyReferences.Reference> stated = List.of(new FamilyReferences.Reference(Relationship.FATHER, SIBLING));
        Kinship.Result asStated = Kinship.compare(MISSING, FamilyReferences.pedigree(stated), TABLE, 0.002);
        assertThat(asStated.lr()).isZero();

        FamilyReferences.Mixture mixture = FamilyReferences.mixture(MISSING, stated, TABLE, 0.002);
        assertThat(mixture.doubted()).isTrue();
        // Among the alternatives a full sibling sharing nothing by descent (k0 = 1/4) and a half sibling or
        // grandparent (k0 = 1/2) fit; nothing can make the ratio exceed 1 here, and the mistake's prior keeps it
        // small but not zero.
        assertThat(mixture.result().lr()).isPositive().isLessThan(1);
    }

    @Test
    void aRightStatementKeepsItsRatio() {
        Profile father = p("1", "3", "11", "13");
        List<FamilyReferences.Reference> stated = List.of(new FamilyReferences.Reference(Relationship.FATHER, father));
        Kinship.Result asStated = Kinship.compare(MISSING, FamilyReferences.pedigree(stated), TABLE, 0);
        FamilyReferences.Mixture mixture = FamilyReferences.mixture(MISSING, stated, TABLE, 0);
        assertThat(asStated.lr()).isCloseTo(1 / (4 * 0.25) / (4 * 0.25), within(1e-9));
        assertThat(mixture.doubted()).isFalse();
        assertThat(mixture.result().log10Lr()).isCloseTo(asStated.log10Lr(), within(0.05));
    }
}
