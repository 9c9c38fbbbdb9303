package org.eads.screening.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableRomanizerTest {

    private final TableRomanizer thai = new TableRomanizer("romanisation-thai.txt");
    private final TableRomanizer lao = new TableRomanizer("romanisation-lao.txt");
    private final TableRomanizer khmer = new TableRomanizer("romanisation-khmer.txt");

    @Test
    void thaiSyllablesWithImpliedVowelsLeadingVowelsAndFinals() {
        assertThat(thai.romanize("สมชาย")).isEqualTo("somchai");
        assertThat(thai.romanize("ใจดี")).isEqualTo("chaidi");
        assertThat(thai.romanize("ทักษิณ")).isEqualTo("thaksin");
        assertThat(thai.romanize("สมพร")).isEqualTo("somphon");
        assertThat(thai.romanize("ทอง")).isEqualTo("thong");
        assertThat(thai.romanize("สุวรรณ")).isEqualTo("suwan");
    }

    @Test
    void thaiSilentLettersAreDropped() {
        assertThat(thai.romanize("ประยุทธ์")).isEqualTo("prayut");
        assertThat(thai.romanize("สมศักดิ์")).isEqualTo("somsak");
        assertThat(thai.romanize("จันทร์โอชา")).isEqualTo("chanocha");
        assertThat(thai.romanize("ชินวัตร")).isEqualTo("chinwat");
    }

    @Test
    void thaiClustersAndSyllableBoundaries() {
        assertThat(thai.romanize("เกรียง")).isEqualTo("kriang");
        assertThat(thai.romanize("ความ")).isEqualTo("khwam");
        assertThat(thai.romanize("อนุทิน")).isEqualTo("anuthin");
        assertThat(thai.romanize("ศรีสวัสดิ์")).isEqualTo("srisawat");
        assertThat(thai.romanize("เจริญ")).isEqualTo("charoen");
        assertThat(thai.romanize("เฉลิมชัย")).isEqualTo("chaloemchai");
        assertThat(thai.romanize("ณรงค์")).isEqualTo("narong");
        assertThat(thai.romanize("มานพ")).isEqualTo("manop");
    }

    @Test
    void laoFollowsTheFrenchInfluencedSpellings() {
        assertThat(lao.romanize("ສົມພອນ")).isEqualTo("somphon");
        assertThat(lao.romanize("ວົງສາ")).isEqualTo("vongsa");
        assertThat(lao.romanize("ບຸນມີ")).isEqualTo("bounmi");
        assertThat(lao.romanize("ສີສຸກ")).isEqualTo("sisouk");
        assertThat(lao.romanize("ໄຊຍະສອນ")).isEqualTo("xaiyason");
    }

    @Test
    void khmerReadsVowelsByConsonantSeries() {
        assertThat(khmer.romanize("សុខ")).isEqualTo("sok");
        assertThat(khmer.romanize("ហ៊ុន")).isEqualTo("hun");
        assertThat(khmer.romanize("ជា")).isEqualTo("chea");
        assertThat(khmer.romanize("ចន្ថា")).isEqualTo("chantha");
        assertThat(khmer.romanize("សុភ័ក្ត្រ")).isEqualTo("sopheak");
        assertThat(khmer.romanize("ម៉ៅ")).isEqualTo("mao");
        assertThat(khmer.romanize("សុផល")).isEqualTo("sophal");
    }
}
