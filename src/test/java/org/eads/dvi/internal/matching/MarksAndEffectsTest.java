package org.eads.dvi.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eads.dvi.DviFile;
import org.junit.jupiter.api.Test;

class MarksAndEffectsTest {

    private static DviFile.Mark mark(String kind, String region, String description) {
        return new DviFile.Mark(kind, region, description);
    }

    private static DviFile.Effect effect(String kind, String description, String identifier) {
        return new DviFile.Effect(kind, description, identifier);
    }

    @Test
    void aTattooMatchesOneOfTheSameKindAndPlaceSharingAWord() {
        var result = MarksAndEffects.compare(List.of(mark("TATTOO", "LEFT_ARM", "Dragon tattoo, faded")), List.of(),
                List.of(mark("TATTOO", "LEFT_ARM", "a dragon with flames")), List.of());
        assertThat(result.log10Lr()).isEqualTo(MarksAndEffects.TATTOO);
        assertThat(result.matches()).containsExactly("tattoo on the left arm: Dragon tattoo, faded");

        assertThat(MarksAndEffects.compare(List.of(mark("TATTOO", "RIGHT_ARM", "dragon")), List.of(),
                List.of(mark("TATTOO", "LEFT_ARM", "dragon")), List.of()).log10Lr())
                .as("another arm").isZero();
        assertThat(MarksAndEffects.compare(List.of(mark("TATTOO", "LEFT_ARM", "tiger")), List.of(),
                List.of(mark("TATTOO", "LEFT_ARM", "dragon tattoo")), List.of()).log10Lr())
                .as("the words 'tattoo' and 'mark' say nothing").isZero();
        assertThat(MarksAndEffects.compare(List.of(mark("SCAR", "ABDOMEN", "appendectomy scar")), List.of(),
                List.of(mark("SCAR", "ABDOMEN", "Appendectomy, 2009")), List.of()).log10Lr())
                .isEqualTo(MarksAndEffects.OTHER_MARK);
        assertThat(MarksAndEffects.compare(List.of(mark("TATTOO", "CHEST", "Lê Thị Mai")), List.of(),
                List.of(mark("TATTOO", "CHEST", "the name le thi MAI")), List.of()).log10Lr())
                .as("accents and case do not matter").isEqualTo(MarksAndEffects.TATTOO);
    }

    @Test
    void eachFeatureOfTheMissingPersonCountsOnceAndTheSumIsCapped() {
        var once = MarksAndEffects.compare(
                List.of(mark("TATTOO", "BACK", "lotus flower"), mark("TATTOO", "BACK", "lotus")), List.of(),
                List.of(mark("TATTOO", "BACK", "lotus")), List.of());
        assertThat(once.log10Lr()).isEqualTo(MarksAndEffects.TATTOO);
        var many = MarksAndEffects.compare(
                List.of(mark("TATTOO", "BACK", "lotus"), mark("TATTOO", "CHEST", "eagle")),
                List.of(effect("WATCH", "steel Seiko", "4A-1192")),
                List.of(mark("TATTOO", "BACK", "lotus"), mark("TATTOO", "CHEST", "eagle")),
                List.of(effect("WATCH", "Seiko", "4a 1192")));
        assertThat(many.matches()).hasSize(3);
        assertThat(many.log10Lr()).isEqualTo(MarksAndEffects.CAP);
    }

    @Test
    void effectsMatchByTheirNumberOrWeaklyByTwoWordsOfTheSameKind() {
        assertThat(MarksAndEffects.compare(List.of(), List.of(effect("DOCUMENT", "Thai ID card", "1-1037-00456-78-1")),
                List.of(), List.of(effect("DOCUMENT", "identity card", "1103700456781"))).log10Lr())
                .isEqualTo(MarksAndEffects.EFFECT_IDENTIFIER);
        assertThat(MarksAndEffects.compare(List.of(), List.of(effect("JEWELLERY", "gold ring engraved A & N", null)),
                List.of(), List.of(effect("JEWELLERY", "wedding ring, gold, engraved", null))).log10Lr())
                .isEqualTo(MarksAndEffects.EFFECT_DESCRIPTION);
        assertThat(MarksAndEffects.compare(List.of(), List.of(effect("JEWELLERY", "gold ring", null)),
                List.of(), List.of(effect("WATCH", "gold ring", null))).log10Lr()).as("another kind").isZero();
        assertThat(MarksAndEffects.compare(List.of(), List.of(effect("PHONE", "black phone", "123")),
                List.of(), List.of(effect("PHONE", "red phone", "123"))).log10Lr())
                .as("a number of fewer than four characters is not telling").isZero();
    }
}
