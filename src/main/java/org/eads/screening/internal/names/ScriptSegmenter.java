package org.eads.screening.internal.names;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts a name into words, each in one script. Thai, Lao and Khmer are written without spaces between words, so their
 * runs go through ICU's dictionary-based word BreakIterator. A Burmese name is a run of syllables, each of them
 * usually one word of the Latin name ("Aung San Suu Kyi"), so it is cut into syllables; ICU's dictionary words
 * would group syllables of different name words and may even cut a syllable (ထွ|ဋ်). A Han name ("陈伟明") is cut
 * into its surname (one character, or two for a compound surname such as 欧阳) and one word per given-name character,
 * because Pinyin and the Southeast Asian romanisations write each syllable apart ("Tan Wei Ming").
 */
final class ScriptSegmenter {

    // Word separators in names; "/" and "'" stay inside words for "a/l", "s/o", "Dato'", "O'Brien".
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;:.\\-_\u2010-\u2015\u00b7\u30fb\u3001\u3002()\\[\\]\"\u201c\u201d]+");

    private static final Set<Integer> DICTIONARY_SCRIPTS = Set.of(UScript.THAI, UScript.LAO, UScript.KHMER);

    // BreakIterator instances hold the text they iterate, so each call works on its own clone of this prototype.
    private final BreakIterator wordPrototype = BreakIterator.getWordInstance(ULocale.ROOT);
    private final Set<String> compoundSurnames;

    ScriptSegmenter(Set<String> compoundSurnames) {
        this.compoundSurnames = Set.copyOf(compoundSurnames);
    }

    /** Words of the name: dictionary words for Thai, Lao and Khmer, syllables for Burmese and Han. */
    List<ScriptWord> segment(String name) {
        List<ScriptWord> words = new ArrayList<>();
        int index = 0;
        for (String chunk : SEPARATORS.split(name)) {
            if (!chunk.isEmpty()) {
                splitScriptRuns(chunk, index++, words);
            }
        }
        return words;
    }

    private void splitScriptRuns(String chunk, int index, List<ScriptWord> words) {
        int runStart = 0;
        int runScript = UScript.COMMON;
        for (int i = 0; i < chunk.length(); ) {
            int cp = chunk.codePointAt(i);
            int script = UScript.getScript(cp);
            if (script != UScript.COMMON && script != UScript.INHERITED) {
                if (runScript != UScript.COMMON && script != runScript) {
                    addRun(chunk.substring(runStart, i), runScript, index, words);
                    runStart = i;
                }
                runScript = script;
            }
            i += Character.charCount(cp);
        }
        addRun(chunk.substring(runStart), runScript == UScript.COMMON ? UScript.LATIN : runScript, index, words);
    }

    private void addRun(String run, int script, int chunk, List<ScriptWord> words) {
        if (run.isEmpty()) {
            return;
        }
        if (DICTIONARY_SCRIPTS.contains(script)) {
            BreakIterator breaker = (BreakIterator) wordPrototype.clone();
            breaker.setText(run);
            int start = breaker.first();
            for (int end = breaker.next(); end != BreakIterator.DONE; start = end, end = breaker.next()) {
                String word = run.substring(start, end);
                if (word.codePoints().anyMatch(UCharacter::isLetter)) {
                    words.add(new ScriptWord(word, script, chunk));
                }
            }
        } else if (script == UScript.MYANMAR) {
            for (String syllable : BurmeseRomanizer.syllables(run)) {
                if (syllable.codePoints().anyMatch(UCharacter::isLetter)) {
                    words.add(new ScriptWord(syllable, script, chunk));
                }
            }
        } else if (script == UScript.HAN && run.codePointCount(0, run.length()) > 1) {
            int surnameEnd = run.offsetByCodePoints(0, 1);
            if (run.length() > surnameEnd && compoundSurnames.contains(run.substring(0, run.offsetByCodePoints(0, 2)))) {
                surnameEnd = run.offsetByCodePoints(0, 2);
            }
            words.add(new ScriptWord(run.substring(0, surnameEnd), script, chunk));
            run.substring(surnameEnd).codePoints()
                    .forEach(cp -> words.add(new ScriptWord(Character.toString(cp), script, chunk)));
        } else {
            words.add(new ScriptWord(run, script, chunk));
        }
    }

    /**
     * The words to compare: where a name written in Thai, Lao or Khmer has spaces between its parts, each
     * part is one name word ("ยิ่งลักษณ์" is Yingluck, not "ying" and "lak"), and it romanises better whole; the
     * dictionary words are only needed for a name written without any space. Each returned list is one name word
     * made of its dictionary words.
     */
    static List<List<ScriptWord>> nameWords(List<ScriptWord> segmented) {
        boolean spaced = segmented.stream().mapToInt(ScriptWord::chunk).distinct().count() > 1;
        List<List<ScriptWord>> words = new ArrayList<>();
        for (ScriptWord word : segmented) {
            List<ScriptWord> last = words.isEmpty() ? null : words.getLast();
            if (spaced && last != null && last.getLast().chunk() == word.chunk()
                    && last.getLast().script() == word.script() && DICTIONARY_SCRIPTS.contains(word.script())) {
                last.add(word);
            } else {
                words.add(new ArrayList<>(List.of(word)));
            }
        }
        return words;
    }
}
