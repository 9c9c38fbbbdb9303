package org.eads.screening.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleFilterTest {

    private final TitleFilter filter = new TitleFilter(RuleFile.lines("titles.txt"));

    static List<NameWord> words(String... folded) {
        return Arrays.stream(folded)
                .map(w -> new NameWord(w, UScript.LATIN, w, List.of(w.replace("'", "")), NamePart.NAME)).toList();
    }

    private List<String> strip(String... folded) {
        return filter.strip(words(folded), new ArrayList<>()).stream().map(NameWord::key).toList();
    }

    @Test
    void aRunOfLeadingTitlesIsStrippedIncludingMultiWordOnes() {
        List<RemovedPart> removed = new ArrayList<>();
        List<NameWord> kept = filter.strip(words("tan", "sri", "dato'", "lee", "kah", "choon"), removed);
        assertThat(kept).extracting(NameWord::key).containsExactly("lee", "kah", "choon");
        assertThat(removed).extracting(RemovedPart::text).containsExactly("tan sri", "dato'");
        assertThat(strip("pol", "col", "somsak", "thongdee")).containsExactly("somsak", "thongdee");
        assertThat(strip("daw", "aung", "san", "suu", "kyi")).containsExactly("aung", "san", "suu", "kyi");
    }

    @Test
    void titleWordsLaterInTheNameAreNamesExceptHajiAndSuffixes() {
        assertThat(strip("najib", "tun", "razak")).containsExactly("najib", "tun", "razak");
        assertThat(strip("tan", "ah", "kow")).containsExactly("tan", "ah", "kow");
        assertThat(strip("mohd", "hj", "ali")).containsExactly("mohd", "ali");
        assertThat(strip("ferdinand", "marcos", "jr")).containsExactly("ferdinand", "marcos");
    }

    @Test
    void aKeptHonorificStaysAsTheFirstOfThreeOrMoreWords() {
        List<NameWord> kept = filter.strip(words("ko", "kyaw", "zaw"), new ArrayList<>());
        assertThat(kept).extracting(NameWord::key).containsExactly("ko", "kyaw", "zaw");
        assertThat(kept).extracting(NameWord::part).containsExactly(NamePart.HONORIFIC, NamePart.NAME, NamePart.NAME);
        assertThat(filter.strip(words("ko", "gyi"), new ArrayList<>())).extracting(NameWord::part)
                .containsOnly(NamePart.NAME);
        assertThat(filter.strip(words("ko", "ko", "gyi"), new ArrayList<>())).extracting(NameWord::part)
                .containsExactly(NamePart.HONORIFIC, NamePart.NAME, NamePart.NAME);
        // Titles after it are still stripped: "Tun Dr Mahathir Mohamad".
        assertThat(strip("tun", "dr", "mahathir", "mohamad")).containsExactly("tun", "mahathir", "mohamad");
    }

    @Test
    void aNameIsNeverStrippedToNothing() {
        assertThat(strip("u")).containsExactly("u");
        assertThat(strip("khun")).containsExactly("khun");
    }
}
