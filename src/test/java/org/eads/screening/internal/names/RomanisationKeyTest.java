package org.eads.screening.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RomanisationKeyTest {

    private final RomanisationKey key = new RomanisationKey(RuleFile.fields("romanisation-key.txt"));

    private void same(String a, String b) {
        assertThat(key.key(a)).as(a + " / " + b).isEqualTo(key.key(b));
    }

    @Test
    void thaiRtgsAndPassportSpellingsShareOneKey() {
        same("somchai", "somchay");
        same("chaidi", "jaidee");
        same("phongphan", "pongpan");
        same("thongkham", "tongkam");
        same("siriphon", "siriporn");
        same("kittisak", "kitisak");
        same("bunmi", "boonmee");
        same("saengthong", "sengtong");
    }

    @Test
    void laoAndKhmerSpellings() {
        same("somphone", "somphon");
        same("phommachanh", "phommachan");
        same("xayasone", "sayason");
        same("sisouk", "sisuk");
        same("piseth", "piset");
        same("prasidh", "prasit");
    }

    @Test
    void indonesianOldAndNewSpelling() {
        same("soekarno", "sukarno");
        same("djoko", "joko");
        same("tjipto", "cipto");
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertThat(key.key("somchai")).isNotEqualTo(key.key("somsak"));
        assertThat(key.key("tan")).isNotEqualTo(key.key("lim"));
    }
}
