package org.eads.screening.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UScript;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScriptSegmenterTest {

    private final ScriptSegmenter segmenter = new ScriptSegmenter(Set.of("欧阳"));

    private List<String> texts(String name) {
        return segmenter.segment(name).stream().map(ScriptWord::text).toList();
    }

    @Test
    void thaiWithoutSpacesIsCutIntoDictionaryWords() {
        assertThat(texts("สมชายใจดี")).containsExactly("สมชาย", "ใจดี");
    }

    @Test
    void hanNamesAreCutIntoSurnameAndSyllables() {
        assertThat(texts("陈伟明")).containsExactly("陈", "伟", "明");
        assertThat(texts("欧阳娜娜")).containsExactly("欧阳", "娜", "娜");
    }

    @Test
    void scriptsAreDetectedPerRunAndSeparatorsSplit() {
        List<ScriptWord> words = segmenter.segment("Tan 陈, Mohd.Ali a/l Dato'");
        assertThat(words).extracting(ScriptWord::text).containsExactly("Tan", "陈", "Mohd", "Ali", "a/l", "Dato'");
        assertThat(words.get(1).script()).isEqualTo(UScript.HAN);
        assertThat(words.get(0).script()).isEqualTo(UScript.LATIN);
    }

    @Test
    void burmeseIsCutIntoSyllablesEachANameWord() {
        assertThat(texts("မင်းအောင်လှိုင်")).containsExactly("မင်း", "အောင်", "လှိုင်");
        assertThat(ScriptSegmenter.nameWords(segmenter.segment("မင်း အောင်လှိုင်"))).hasSize(3);
    }

    @Test
    void aSpacedNameKeepsEachPartWhole() {
        List<List<ScriptWord>> words = ScriptSegmenter.nameWords(segmenter.segment("ຄຳພອນ ໄຊຍະວົງ"));
        assertThat(words).hasSize(2);
        assertThat(ScriptSegmenter.nameWords(segmenter.segment("สมชายใจดี"))).hasSize(2);
    }
}
