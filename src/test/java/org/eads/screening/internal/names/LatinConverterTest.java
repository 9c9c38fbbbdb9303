package org.eads.screening.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UScript;
import org.junit.jupiter.api.Test;

class LatinConverterTest {

    private final LatinConverter converter = new LatinConverter();

    @Test
    void hanUsesTheNamesVariantOfPinyin() {
        assertThat(converter.fold(converter.toLatin(new ScriptWord("单", UScript.HAN, 0)).getFirst()))
                .isEqualTo("shan");
        assertThat(converter.fold(converter.toLatin(new ScriptWord("陳", UScript.HAN, 0)).getFirst()))
                .isEqualTo("chen");
    }

    @Test
    void thaiHasTheRtgsStyleFormFirstAndIcuTransliterationSecond() {
        assertThat(converter.toLatin(new ScriptWord("สมชาย", UScript.THAI, 0)).stream().map(converter::fold))
                .containsExactly("somchai", "smchay");
    }

    @Test
    void burmeseGoesThroughTheSyllableTableAndMayBeVoicedAfterAnOpenSyllable() {
        ScriptWord ko = new ScriptWord("ကို", UScript.MYANMAR, 0);
        ScriptWord gyi = new ScriptWord("ကြီး", UScript.MYANMAR, 0);
        assertThat(converter.toLatin(gyi)).containsExactly("kyi", "kyee");
        assertThat(converter.toLatin(gyi, ko)).containsExactly("kyi", "kyee", "gyi", "gyee");
        // Not across a space, nor after a checked syllable.
        assertThat(converter.toLatin(gyi, new ScriptWord("ကို", UScript.MYANMAR, 1))).doesNotContain("gyi");
        assertThat(converter.toLatin(gyi, new ScriptWord("ထက်", UScript.MYANMAR, 0))).doesNotContain("gyi");
    }

    @Test
    void otherScriptsGoThroughIcu() {
        assertThat(converter.fold(converter.toLatin(new ScriptWord("Нгуен", UScript.CYRILLIC, 0)).getFirst()))
                .isEqualTo("nguen");
    }

    @Test
    void foldingStripsMarksOnlyFromLatinLetters() {
        assertThat(converter.fold("nguyễn")).isEqualTo("nguyen");
        assertThat(converter.fold("đặng")).isEqualTo("dang");
        assertThat(converter.fold("peña")).isEqualTo("pena");
        assertThat(converter.fold("a/l")).isEqualTo("a/l");
        assertThat(converter.fold("dato'")).isEqualTo("dato");
        // A Thai word is never folded directly: its marks are vowels, so folding it yields nothing to compare.
        assertThat(converter.fold("สมชาย")).isEmpty();
    }
}
