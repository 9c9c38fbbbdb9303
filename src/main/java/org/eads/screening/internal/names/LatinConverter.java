package org.eads.screening.internal.names;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Latin forms of a word: ICU transforms for the scripts ICU covers ("Han-Latin/Names" for Chinese names), the rule
 * tables for Lao and Khmer (ICU has no transform for them), for Burmese the syllable table with every usual passport
 * spelling (ICU's Myanmar-Latin is a transliteration, "htwann" for Htun), and for Thai both the RTGS-style table
 * form, which is how Thai names appear in passports, and ICU's transliteration. Marks are folded to ASCII only once
 * the word is in Latin letters, never on the original script, where marks are vowels and tones.
 *
 * <p>ICU documents transliterators as stateless and shareable between threads (rule-based ones lock their rule
 * data), so one instance per script is built here and reused.
 */
final class LatinConverter {

    private static final int[] ICU_SCRIPTS = {UScript.THAI, UScript.CYRILLIC, UScript.ARABIC,
        UScript.GREEK, UScript.HANGUL, UScript.DEVANAGARI, UScript.TAMIL, UScript.BENGALI, UScript.HEBREW,
        UScript.KATAKANA, UScript.HIRAGANA, UScript.GEORGIAN, UScript.ARMENIAN, UScript.THAANA};

    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    private static final int CACHE_LIMIT = 100_000;

    /** A word to convert; a Burmese syllable also by whether it may be voiced after the syllable before it. */
    private record Key(String text, int script, boolean voiced) {
    }

    private final Map<Key, List<String>> cache = new ConcurrentHashMap<>();
    private final Map<Integer, Transliterator> icu = new HashMap<>();
    private final Transliterator anyLatin = Transliterator.getInstance("Any-Latin");
    private final Transliterator hanNames = Transliterator.getInstance("Han-Latin/Names");
    private final Transliterator latinAscii = Transliterator.getInstance("Latin-ASCII");
    private final TableRomanizer thai = new TableRomanizer("romanisation-thai.txt");
    private final TableRomanizer lao = new TableRomanizer("romanisation-lao.txt");
    private final TableRomanizer khmer = new TableRomanizer("romanisation-khmer.txt");
    private final BurmeseRomanizer burmese = new BurmeseRomanizer("romanisation-burmese.txt");

    LatinConverter() {
        for (int script : ICU_SCRIPTS) {
            icu.put(script, Transliterator.getInstance(UScript.getName(script) + "-Latin"));
        }
    }

    /** Latin forms of the word, marks kept, primary first. */
    List<String> toLatin(ScriptWord word) {
        return toLatin(word, null);
    }

    /**
     * Latin forms of the word, marks kept, primary first; {@code previous} is the word before it in the name (or
     * null), which tells whether a Burmese syllable follows an open or nasal syllable of the same word and so may be
     * spelt voiced (ကိုကိုကြီး Ko Ko Gyi).
     */
    List<String> toLatin(ScriptWord word, ScriptWord previous) {
        String text = word.text().toLowerCase(Locale.ROOT);
        if (word.script() == UScript.LATIN) {
            return List.of(text);
        }
        boolean voiced = word.script() == UScript.MYANMAR && previous != null
                && previous.script() == UScript.MYANMAR && previous.chunk() == word.chunk()
                && !burmese.endsInStop(previous.text());
        // ICU transforms cost tens of microseconds a word; names repeat (Zipf), so converted words are remembered.
        // The cache only ever holds pure function results, and is emptied rather than grown without bound.
        Key key = new Key(text, word.script(), voiced);
        List<String> known = cache.get(key);
        if (known != null) {
            return known;
        }
        List<String> forms = convert(text, word.script(), voiced);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key, forms);
        return forms;
    }

    private List<String> convert(String text, int script, boolean voiced) {
        return switch (script) {
            case UScript.THAI -> distinct(thai.romanize(text), icu.get(UScript.THAI).transliterate(text));
            case UScript.LAO -> List.of(lao.romanize(text));
            case UScript.KHMER -> List.of(khmer.romanize(text));
            case UScript.MYANMAR -> burmese.romanize(text, voiced);
            case UScript.HAN -> List.of(hanNames.transliterate(text).replace(" ", ""));
            default -> List.of(icu.getOrDefault(script, anyLatin).transliterate(text).toLowerCase(Locale.ROOT));
        };
    }

    /** Lower-case ASCII letters and digits of a Latin word; "/" kept for "a/l" and "s/o". */
    String fold(String latin) {
        String ascii = latin.chars().allMatch(c -> c < 128) ? latin : toAscii(latin);
        StringBuilder folded = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = Character.toLowerCase(ascii.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '/') {
                folded.append(c);
            }
        }
        return folded.toString();
    }

    // Decomposing and dropping the marks handles most Latin letters (Vietnamese included) far faster than the
    // Latin-ASCII transform, which is kept for the letters that do not decompose (đ, ø, ß, æ, ł).
    private String toAscii(String latin) {
        String decomposed = NFD.normalize(latin);
        StringBuilder stripped = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (UCharacter.getType(c) != UCharacterCategory.NON_SPACING_MARK) {
                stripped.append(c);
            }
        }
        String result = stripped.toString();
        return result.chars().allMatch(c -> c < 128) ? result : latinAscii.transliterate(result);
    }

    private static List<String> distinct(String first, String second) {
        return first.equals(second) || second.isEmpty() ? List.of(first) : List.of(first, second);
    }
}
