package org.eads.screening.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameSimilarityTest {

    private final NameNormalizer normalizer = new NameNormalizer();
    private final NameSimilarity similarity = new NameSimilarity();

    private NameComparison compare(String query, String candidate) {
        return similarity.compare(normalizer.normalize(query), normalizer.normalize(candidate));
    }

    @Test
    void identicalNamesScoreOne() {
        assertThat(compare("Tan Ah Kow", "Tan Ah Kow").score()).isEqualTo(1.0);
    }

    @Test
    void tokenOrderDoesNotMatter() {
        assertThat(compare("Nguyen Van An", "An Van Nguyen").score()).isEqualTo(1.0);
    }

    @Test
    void explanationNamesHowEachTokenMatched() {
        NameComparison comparison = compare("สมชาย ใจดี", "Somchay Jaidee");
        assertThat(comparison.explanation()).extracting(TokenMatch::kind)
                .containsExactly(MatchKind.VARIANT, MatchKind.VARIANT);
        assertThat(compare("Nguyễn An", "Nguyen An").explanation()).extracting(TokenMatch::kind)
                .containsExactly(MatchKind.FOLDED, MatchKind.EXACT);
        assertThat(compare("Juan dela Cruz", "Juan dela Crus").explanation()).extracting(TokenMatch::kind)
                .containsExactly(MatchKind.EXACT, MatchKind.PHONETIC);
        assertThat(compare("Susilo B. Yudhoyono", "Susilo Bambang Yudhoyono").explanation())
                .extracting(TokenMatch::kind).contains(MatchKind.INITIAL);
    }

    @Test
    void missingMiddleNameOrFathersNameCostsLittle() {
        assertThat(compare("Maria Clara Santos Reyes", "Maria Clara Reyes").score()).isGreaterThan(0.9);
        assertThat(compare("Mohd Ali bin Abu Bakar", "Mohd Ali").score()).isGreaterThan(0.85);
    }

    @Test
    void aDifferentFathersOrMiddleNameCountsAgainst() {
        assertThat(compare("Mohd Ali bin Abu Bakar", "Mohd Ali bin Ismail").score()).isLessThan(0.6);
        assertThat(compare("Hoang Van Nam", "Hoang Thi Nam").score()).isLessThan(0.8);
    }

    @Test
    void missingGivenOrFamilyNameCostsMuch() {
        assertThat(compare("Somchai Jaidee", "Somchai").score()).isLessThan(0.6);
    }

    @Test
    void tokensJoinedOnOneSideMatchTheSplitOnes() {
        NameComparison comparison = compare("Prayut Chan-o-cha", "ประยุทธ์ จันทร์โอชา");
        assertThat(comparison.score()).isGreaterThan(0.9);
        assertThat(comparison.explanation()).extracting(TokenMatch::query).contains("chan+o+cha");
    }

    @Test
    void tokensJoinedWithAnyOfTheirSpellings() {
        // သီ + တာ is written "Thida" (voiced after an open syllable); Wee + Ming as "Weiming" (Hokkien / Pinyin).
        assertThat(compare("သီတာထွန်း", "Thida Tun").score()).isGreaterThan(0.9);
        NameComparison chinese = compare("Tan Wee Ming", "Chen Weiming");
        assertThat(chinese.score()).isGreaterThan(0.9);
        assertThat(chinese.explanation()).extracting(TokenMatch::query).contains("wee+ming");
        // Only when both names look Chinese.
        assertThat(compare("Wee Ming Santos", "Weiming Santos").score()).isLessThan(0.8);
    }

    @Test
    void chineseGivenNamesAcrossDialects() {
        assertThat(compare("陈伟明", "Tan Wee Ming").score()).isGreaterThan(0.9);
        assertThat(compare("Lim Chee Keong", "林志强").score()).isGreaterThan(0.9);
        assertThat(compare("黄国华", "Wong Kwok Wah").score()).isGreaterThan(0.9);
        // A given syllable more is another name, and syllables of different groups do not match by sound.
        assertThat(compare("Tan Wee Ming", "Tan Ming").score()).isLessThan(0.8);
        assertThat(compare("Wong Kar Wai", "Wong Ka Fai").score()).isLessThan(0.8);
    }

    @Test
    void burmeseDoubledSyllablesAndHonorifics() {
        assertThat(compare("Kyaw Kyaw", "Kyaw").score()).isLessThan(0.8);
        assertThat(compare("Hla Hla Win", "Hla Win").score()).isLessThan(0.8);
        assertThat(compare("Ko Kyaw Zaw", "Kyaw Zaw").score()).isGreaterThan(0.9);
        assertThat(compare("Tun Tun Oo", "Htun Htun Oo").score()).isGreaterThan(0.85);
    }

    @Test
    void chineseSurnameAcrossDialectsIsAVariant() {
        NameComparison comparison = compare("Tan Wei Ming", "陈伟明");
        assertThat(comparison.score()).isGreaterThan(0.9);
        assertThat(comparison.explanation().getFirst().kind()).isEqualTo(MatchKind.VARIANT);
    }

    @Test
    void sameCommonSurnameAloneIsNotAMatch() {
        assertThat(compare("Tan Wei Ming", "Tan Ah Kow").score()).isLessThan(0.5);
        assertThat(compare("Nguyen Van An", "Nguyen Van Binh").score()).isLessThan(0.6);
    }

    @Test
    void emptyNamesScoreZero() {
        assertThat(compare("", "Tan Ah Kow").score()).isZero();
    }
}
