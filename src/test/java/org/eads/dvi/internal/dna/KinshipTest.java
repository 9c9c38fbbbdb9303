package org.eads.dvi.internal.dna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Kinship ratios against the closed forms of the literature (no mutation unless said), at one locus. */
class KinshipTest {

    private static final String L = "TH01";
    private static final double PA = 0.1, PB = 0.2, PC = 0.3, PD = 0.15;
    private static final AlleleFrequencies TABLE = new AlleleFrequencies("test", 0.001,
            Map.of(L, Map.of("6", PA, "7", PB, "8", PC, "9.3", PD, "10", 0.25)));

    private static Profile p(String a, String b) {
        return Profile.of(Map.of(L, new Genotype(a, b)));
    }

    private static double lr(Profile pm, Pedigree family) {
        return Kinship.compare(pm, family, TABLE, 0).lr();
    }

    @Test
    void parentAndChildSharingOneAllele() {
        // Paternity index of a heterozygous child AB and parent AC: 1 / (4 pA)
        assertThat(lr(p("6", "7"), Pedigree.parentChild(p("6", "8")))).isCloseTo(1 / (4 * PA), within(1e-9));
        // Both homozygous AA: 1 / pA
        assertThat(lr(p("6", "6"), Pedigree.parentChild(p("6", "6")))).isCloseTo(1 / PA, within(1e-9));
    }

    @Test
    void bothParents() {
        // Father AC, mother BD, child AB: (1/4) / (2 pA pB)
        assertThat(lr(p("6", "7"), Pedigree.bothParents(p("6", "8"), p("7", "9.3"))))
                .isCloseTo(1 / (8 * PA * PB), within(1e-9));
    }

    @Test
    void siblingsByTheirIdentityByDescent() {
        // LR = k0 + k1 (pA + pB) / (4 pA pB) + k2 / (2 pA pB) for AB and AB
        double shared = (PA + PB) / (4 * PA * PB);
        double both = 1 / (2 * PA * PB);
        assertThat(lr(p("6", "7"), Pedigree.fullSiblings(List.of(p("6", "7")))))
                .isCloseTo(0.25 + 0.5 * shared + 0.25 * both, within(1e-9));
        assertThat(lr(p("6", "7"), Pedigree.halfSibling(p("6", "7")))).isCloseTo(0.5 + 0.5 * shared, within(1e-9));
        assertThat(lr(p("6", "7"), Pedigree.grandparent(p("6", "7")))).isCloseTo(0.5 + 0.5 * shared, within(1e-9));
    }

    @Test
    void childrenWithTheirOtherParent() {
        // Spouse CD, children AC and BD: the missing parent must be AB; (1/16) / (pA pB / 8)
        assertThat(lr(p("6", "7"), Pedigree.children(p("8", "9.3"), List.of(p("6", "8"), p("7", "9.3")))))
                .isCloseTo(1 / (2 * PA * PB), within(1e-9));
        // Without the spouse, one child AC: the same as parent and child
        assertThat(lr(p("6", "7"), Pedigree.children(null, List.of(p("6", "8"))))).isCloseTo(1 / (4 * PA), within(1e-9));
    }

    @Test
    void oneMutationLowersTheRatioButDoesNotExclude() {
        // Parent 8/8, child 7/9.3: without mutation the parent is excluded; 7 is one step from 8.
        assertThat(lr(p("7", "9.3"), Pedigree.parentChild(p("8", "8")))).isZero();
        double withMutation = Kinship.compare(p("7", "9.3"), Pedigree.parentChild(p("8", "8")), TABLE, 0.002).lr();
        // The parent passes 7 with probability mu/2: LR = (mu/2) pD / (2 pB pD)
        assertThat(withMutation).isCloseTo(0.001 / (2 * PB), within(1e-9));
    }

    @Test
    void unrelatedGenotypesExcludeAcrossLoci() {
        Kinship.Result r = Kinship.compare(p("6", "6"), Pedigree.parentChild(p("8", "10")), TABLE, 0);
        assertThat(r.lr()).isZero();
        assertThat(r.inconsistent()).containsExactly(L);
    }

    @Test
    void aFamilysStatedRelationshipsBuildTheSamePedigrees() {
        var father = new FamilyReferences.Reference(Relationship.FATHER, p("6", "8"));
        var mother = new FamilyReferences.Reference(Relationship.MOTHER, p("7", "9.3"));
        assertThat(lr(p("6", "7"), FamilyReferences.pedigree(List.of(father, mother))))
                .isCloseTo(1 / (8 * PA * PB), within(1e-9));
        assertThat(lr(p("6", "7"), FamilyReferences.pedigree(List.of(father)))).isCloseTo(1 / (4 * PA), within(1e-9));
        double shared = (PA + PB) / (4 * PA * PB);
        assertThat(lr(p("6", "7"), FamilyReferences.pedigree(List.of(
                new FamilyReferences.Reference(Relationship.FULL_SIBLING, p("6", "7"))))))
                .isCloseTo(0.25 + 0.5 * shared + 0.25 / (2 * PA * PB), within(1e-9));
        assertThat(lr(p("6", "7"), FamilyReferences.pedigree(List.of(
                new FamilyReferences.Reference(Relationship.HALF_SIBLING, p("6", "7"))))))
                .isCloseTo(0.5 + 0.5 * shared, within(1e-9));
        assertThat(lr(p("6", "7"), FamilyReferences.pedigree(List.of(
                new FamilyReferences.Reference(Relationship.GRANDPARENT, p("6", "7"))))))
                .isCloseTo(0.5 + 0.5 * shared, within(1e-9));
        assertThat(lr(p("6", "7"), FamilyReferences.pedigree(List.of(
                new FamilyReferences.Reference(Relationship.SPOUSE, p("8", "9.3")),
                new FamilyReferences.Reference(Relationship.CHILD, p("6", "8")),
                new FamilyReferences.Reference(Relationship.CHILD, p("7", "9.3"))))))
                .isCloseTo(1 / (2 * PA * PB), within(1e-9));
    }
}
