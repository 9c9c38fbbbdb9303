package org.eads.screening.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BurmeseRomanizerTest {

    private final BurmeseRomanizer burmese = new BurmeseRomanizer("romanisation-burmese.txt");

    private String primary(String syllable) {
        return burmese.romanize(syllable, false).getFirst();
    }

    private List<String> spelt(String run) {
        List<String> out = new java.util.ArrayList<>();
        String previous = null;
        for (String syllable : BurmeseRomanizer.syllables(run)) {
            out.add(burmese.romanize(syllable, previous != null && !burmese.endsInStop(previous)).getFirst());
            previous = syllable;
        }
        return out;
    }

    @Test
    void aNameIsCutIntoSyllables() {
        assertThat(BurmeseRomanizer.syllables("အောင်ဆန်းစုကြည်")).containsExactly("အောင်", "ဆန်း", "စု", "ကြည်");
        assertThat(BurmeseRomanizer.syllables("မင်းအောင်လှိုင်")).containsExactly("မင်း", "အောင်", "လှိုင်");
        // ICU's dictionary cuts this syllable in two (ထွ|ဋ်).
        assertThat(BurmeseRomanizer.syllables("ရဲထွဋ်")).containsExactly("ရဲ", "ထွဋ်");
        // A stacked consonant closes the syllable before it and opens the next one.
        assertThat(BurmeseRomanizer.syllables("စန္ဒာ")).containsExactly("စန္", "ဒာ");
        assertThat(BurmeseRomanizer.syllables("ဝင်းမြင့်")).containsExactly("ဝင်း", "မြင့်");
    }

    @Test
    void passportSpellingsOfCommonNameSyllables() {
        assertThat(spelt("အောင်ဆန်းစုကြည်")).containsExactly("aung", "san", "su", "kyi");
        assertThat(spelt("မင်းအောင်လှိုင်")).containsExactly("min", "aung", "hlaing");
        assertThat(spelt("သိန်းစိန်")).containsExactly("thein", "sein");
        assertThat(spelt("ကျော်ဇော်")).containsExactly("kyaw", "zaw");
        assertThat(spelt("ခင်မောင်ဝင်း")).containsExactly("khin", "maung", "win");
        assertThat(spelt("ဖြိုးဝေ")).containsExactly("phyo", "we");
        assertThat(spelt("ရွှေမန်း")).containsExactly("shwe", "man");
        assertThat(spelt("ချစ်ဆွေ")).containsExactly("chit", "swe");
        assertThat(spelt("ဟိန်းထက်")).containsExactly("hein", "htet");
        assertThat(spelt("နှင်းမြတ်")).containsExactly("hnin", "myat");
        assertThat(spelt("အုန်းအေး")).containsExactly("ohn", "aye");
        assertThat(spelt("ရဲထွဋ်")).containsExactly("ye", "htut");
        assertThat(spelt("ဒေါ်")).containsExactly("daw");
        assertThat(spelt("ဦး")).containsExactly("u");
    }

    @Test
    void creakyToneOnANasalIsSpeltWithT() {
        assertThat(primary("မြင့်")).isEqualTo("myint");
        assertThat(primary("သန့်")).isEqualTo("thant");
        assertThat(primary("ညွန့်")).isEqualTo("nyunt");
        assertThat(primary("သန်း")).isEqualTo("than");
    }

    @Test
    void everyUsualSpellingIsGiven() {
        assertThat(burmese.romanize("ထွန်း", false)).containsExactly("htun", "tun", "htoon");
        assertThat(burmese.romanize("ဦး", false)).containsExactly("u", "oo");
        assertThat(burmese.romanize("ဝေ", false)).contains("we", "way", "wai");
        assertThat(burmese.romanize("မိုး", false)).contains("mo", "moe");
        assertThat(burmese.romanize("ဆန်း", false)).contains("san", "hsan");
        assertThat(burmese.romanize("ဖုန်း", false)).contains("phon", "phone", "hpone");
        assertThat(burmese.romanize("ဇာ", false)).contains("za", "zar");
    }

    @Test
    void voicedAfterAnOpenOrNasalSyllableOnly() {
        assertThat(burmese.romanize("ကြီး", true)).contains("kyi", "gyi");
        assertThat(burmese.romanize("ကြီး", false)).doesNotContain("gyi");
        assertThat(burmese.romanize("တာ", true)).contains("ta", "da");
        assertThat(burmese.endsInStop("ထက်")).isTrue();
        assertThat(burmese.endsInStop("သီ")).isFalse();
        assertThat(burmese.endsInStop("မင်း")).isFalse();
    }

    @Test
    void strayOrUnknownLettersGiveNothingRatherThanFail() {
        assertThat(primary("ေ")).isEmpty();
        assertThat(primary("ၵ")).isEmpty();
        assertThat(primary("က်္")).isNotNull();
    }
}
