package org.eads.screening.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UScript;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NameNormalizerTest {

    private final NameNormalizer normalizer = new NameNormalizer();

    @Test
    void thaiNameInThaiScript() {
        NormalizedName name = normalizer.normalize("นาย สมชาย 'เล็ก' ใจดี");
        assertThat(name.scripts()).containsExactly(UScript.THAI);
        assertThat(name.originalTokens()).containsExactly("นาย", "สมชาย", "ใจดี");
        assertThat(name.foldedTokens()).containsExactly("somchai", "chaidi");
        assertThat(name.removed()).extracting(RemovedPart::kind)
                .containsExactly(RemovedPart.Kind.NICKNAME, RemovedPart.Kind.TITLE);
        // The same keys as the passport spelling "Somchai Jaidee".
        assertThat(normalizer.keys(name)).containsAll(List.of("rk:somcai", "rk:caidi"));
        assertThat(normalizer.keys(normalizer.normalize("Somchai Jaidee"))).contains("rk:somcai", "rk:caidi");
    }

    @Test
    void malayNameWithTitlesAndPatronymic() {
        NormalizedName name = normalizer.normalize("Dato' Sri Mohd Najib bin Abdul Razak");
        assertThat(name.foldedTokens()).containsExactly("mohd", "najib", "abdul", "razak");
        assertThat(name.hasPatronymic()).isTrue();
        assertThat(name.tokens()).extracting(NameToken::part).containsExactly(NamePart.NAME, NamePart.NAME,
                NamePart.PATRONYMIC, NamePart.PATRONYMIC);
        assertThat(name.tokens().getFirst().variantKeys()).contains("eq:muhammad");
        assertThat(name.tokens().getFirst().common()).isTrue();
    }

    @Test
    void vietnameseKeepsMarksInTheLatinTokensAndFoldsThemInTheKeys() {
        NormalizedName name = normalizer.normalize("Nguyễn Thị Minh Khai");
        assertThat(name.latinTokens()).containsExactly("nguyễn", "thị", "minh", "khai");
        assertThat(name.foldedTokens()).containsExactly("nguyen", "thi", "minh", "khai");
        assertThat(normalizer.keys(name)).contains("x:nguyễn", "f:nguyen", "eq:nguyen");
    }

    @Test
    void chineseNameInHanCharacters() {
        NormalizedName name = normalizer.normalize("陳大文");
        assertThat(name.scriptNames()).containsExactly("Han");
        assertThat(name.foldedTokens()).containsExactly("chen", "da", "wen");
        assertThat(name.tokens().getFirst().variantKeys()).contains("cn:chen");
        assertThat(normalizer.normalize("Tan Ah Kow").tokens().getFirst().variantKeys()).contains("cn:chen");
    }

    @Test
    void laoAndKhmerGoThroughTheRomanisationTables() {
        assertThat(normalizer.normalize("ສົມພອນ ວົງສາ").foldedTokens()).containsExactly("somphon", "vongsa");
        assertThat(normalizer.normalize("ហ៊ុន សែន").foldedTokens()).containsExactly("hun", "saen");
    }

    @Test
    void burmeseScriptIsRomanisedBySyllableWithThePassportSpellings() {
        NormalizedName name = normalizer.normalize("ဦးသိန်းစိန်");
        assertThat(name.scriptNames()).containsExactly("Myanmar");
        assertThat(name.originalTokens()).containsExactly("ဦး", "သိန်း", "စိန်");
        assertThat(name.foldedTokens()).containsExactly("thein", "sein");
        assertThat(name.removed()).extracting(RemovedPart::text).containsExactly("ဦး");
        assertThat(normalizer.normalize("ဇော်မင်းထွန်း").tokens().get(2).romanisations())
                .containsExactly("htun", "tun", "htoon");
        // Voiced after an open syllable: ကြီး is also Gyi.
        assertThat(normalizer.normalize("ကိုကိုကြီး").tokens().get(2).romanisations()).contains("kyi", "gyi");
        assertThat(normalizer.keys(normalizer.normalize("ဝင်းမြင့်"))).contains("f:win", "f:myint");
    }

    @Test
    void chineseGivenNameKeysOnlyInANameWithAChineseSurname() {
        assertThat(normalizer.normalize("Tan Wee Ming").tokens().get(1).variantKeys()).contains("gn:wei/伟");
        assertThat(normalizer.normalize("陈伟明").tokens().get(1).variantKeys()).contains("gn:wei/伟");
        assertThat(normalizer.normalize("Wee Ming Tan").tokens().getFirst().variantKeys()).contains("gn:wei/伟");
        assertThat(normalizer.normalize("Kenneth Tan Wee Ming").tokens().get(2).variantKeys()).contains("gn:wei/伟");
        // The surname itself and names that do not look Chinese get none.
        assertThat(normalizer.normalize("Tan Wee Ming").tokens().getFirst().variantKeys())
                .noneMatch(key -> key.startsWith("gn:"));
        assertThat(normalizer.keys(normalizer.normalize("Jun Reyes"))).noneMatch(key -> key.startsWith("gn:"));
        assertThat(normalizer.keys(normalizer.normalize("May Ang"))).noneMatch(key -> key.startsWith("gn:"));
        // "Wee" is also a form of the surname Huang, which is very common, but as a given name it is not.
        assertThat(normalizer.normalize("Tan Wee Ming").tokens().get(1).common()).isFalse();
    }

    @Test
    void emptyAndNullNames() {
        assertThat(normalizer.normalize(null).tokens()).isEmpty();
        assertThat(normalizer.normalize("  ").tokens()).isEmpty();
        assertThat(normalizer.normalize("Mr").foldedTokens()).containsExactly("mr");
    }

    @Test
    void keysCarryTheirFamilyPrefix() {
        assertThat(normalizer.keys(normalizer.normalize("Lim Boon Keng")))
                .allMatch(key -> key.matches("(x|f|eq|cn|gn|rk|sk|dm):.+"))
                .contains("x:lim", "f:lim", "cn:lin", "rk:lim", "sk:lm", "gn:wen/文", "gn:qing/清");
    }

    @Test
    void sharedInstanceGivesTheSameResultsOnManyThreads() throws Exception {
        List<String> names = List.of("สมชาย ใจดี", "陈伟明", "ສົມພອນ ວົງສາ", "Nguyễn Văn An", "Mohd Ali bin Abu Bakar",
                "ဒေါ်အောင်ဆန်းစုကြည်");
        List<NormalizedName> expected = names.stream().map(normalizer::normalize).toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        int n = i % names.size();
                        if (!normalizer.normalize(names.get(n)).equals(expected.get(n))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        }
    }

    @Test
    void anyStringOfTheseScriptsNormalisesWithoutFailing() {
        // Letters, marks and signs of the scripts with hand-written rules, in random order, as a mistyped record.
        int[][] blocks = {{0x0E01, 0x0E5B}, {0x0E81, 0x0EDF}, {0x1780, 0x17F9}, {0x1000, 0x109F}, {0x4E00, 0x4E80},
            {0x0041, 0x007A}, {0x00C0, 0x01B0}, {0x0020, 0x0040}};
        java.util.Random random = new java.util.Random(42);
        NameSimilarity similarity = new NameSimilarity();
        for (int n = 0; n < 5_000; n++) {
            StringBuilder name = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                int[] block = blocks[random.nextInt(blocks.length)];
                name.appendCodePoint(block[0] + random.nextInt(block[1] - block[0] + 1));
            }
            NormalizedName normalized = normalizer.normalize(name.toString());
            assertThat(normalizer.keys(normalized)).isNotNull();
            assertThat(similarity.compare(normalized, normalized).score()).isBetween(0.0, 1.0);
        }
    }

    /** Prints the cost of normalising a name; tests never assert on time (docs: benchmarks are not tests). */
    @Test
    void printsMicrosecondsPerName() {
        List<String> names = List.of("สมชาย ใจดี", "陈伟明", "ສົມພອນ ວົງສາ", "ហ៊ុន សែន", "Nguyễn Văn An",
                "Dato' Sri Mohd Najib bin Abdul Razak", "Juan dela Cruz", "Daw Aung San Suu Kyi",
                "ဒေါ်အောင်ဆန်းစုကြည်", "Tan Wee Ming");
        for (int i = 0; i < 20_000; i++) {
            normalizer.normalize(names.get(i % names.size()));
        }
        int rounds = 40_000;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            normalizer.normalize(names.get(i % names.size()));
        }
        System.out.printf("normalize: %.1f us per name (mixed scripts, one thread)%n",
                (System.nanoTime() - start) / 1000.0 / rounds);
    }
}
