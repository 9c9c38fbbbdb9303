package org.eads.screening.internal.names;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Romanises one Burmese syllable from a table as Burmese names are spelt in passports ("Htun", "Myint", "Hlaing"),
 * giving every usual spelling where usage differs (ထွန်း Htun, Tun, Htoon). A syllable is read as onset (consonant or
 * vowel letter, with its medials ya-pin, ya-yit, wa-hswe and ha-hto) and rhyme (vowel signs and final consonant);
 * tone marks are dropped, except that the creaky tone on a nasal final is spelt with a t (Myint, Thant). The cutting
 * of a name into syllables is {@link #syllables(String)}.
 *
 * <p>Immutable once loaded: safe to share between threads.
 */
final class BurmeseRomanizer {

    private static final char YA_PIN = '\u103B';
    private static final char YA_YIT = '\u103C';
    private static final char WA_HSWE = '\u103D';
    private static final char HA_HTO = '\u103E';
    private static final char ASAT = '\u103A';
    private static final char VIRAMA = '\u1039';
    private static final char DOT_BELOW = '\u1037';
    private static final char VISARGA = '\u1038';
    private static final char TALL_AA = '\u102B';
    private static final char AA = '\u102C';
    private static final int MAX_FORMS = 8;

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private final Map<Character, List<String>> onsets = new HashMap<>();
    private final Map<Character, List<String>> vowelLetters = new HashMap<>();
    private final Map<String, List<String>> clusters = new HashMap<>();
    private final Map<Character, String> voiced = new HashMap<>();
    private final Set<Character> stopFinals = new HashSet<>();
    private final Map<String, List<String>> rhymes = new HashMap<>();
    private final Map<String, List<String>> creaky = new HashMap<>();
    private final Map<String, List<String>> initial = new HashMap<>();
    private final Map<String, List<String>> syllables = new HashMap<>();

    BurmeseRomanizer(String ruleFile) {
        for (String[] f : RuleFile.fields(ruleFile)) {
            String what = NFC.normalize(f[1]);
            List<String> spellings = spellings(f);
            switch (f[0]) {
                case "onset" -> onsets.put(what.charAt(0), spellings);
                case "vowel-letter" -> vowelLetters.put(what.charAt(0), spellings);
                case "cluster" -> clusters.put(what, spellings);
                case "voiced" -> voiced.put(what.charAt(0), f[2]);
                case "stop-final" -> stopFinals.add(what.charAt(0));
                case "rhyme" -> rhymes.put(what.equals("-") ? "" : what, spellings);
                case "creaky" -> creaky.put(what, spellings);
                case "initial" -> initial.put(what.equals("-") ? "" : what, spellings);
                case "syllable" -> syllables.put(what, spellings);
                default -> throw new IllegalStateException(ruleFile + ": unknown rule kind " + f[0]);
            }
        }
    }

    private static List<String> spellings(String[] f) {
        List<String> out = new ArrayList<>();
        for (int i = 2; i < f.length; i++) {
            out.add(f[i].equals("-") ? "" : f[i]);
        }
        return List.copyOf(out);
    }

    /**
     * The syllables of a run of Burmese letters. A syllable starts at a consonant or vowel letter, unless the
     * consonant is killed (်) or stacked (္) and so closes the syllable before it.
     */
    static List<String> syllables(String run) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < run.length(); i++) {
            if (startsSyllable(run, i)) {
                out.add(run.substring(start, i));
                start = i;
            }
        }
        if (start < run.length()) {
            out.add(run.substring(start));
        }
        return out;
    }

    private static boolean startsSyllable(String run, int i) {
        char c = run.charAt(i);
        boolean letter = c >= '\u1000' && c <= '\u1021' || c >= '\u1023' && c <= '\u102A' || c == '\u103F';
        if (!letter) {
            return false;
        }
        int next = i + 1;
        while (next < run.length() && run.charAt(next) == DOT_BELOW) {
            next++;
        }
        return next >= run.length() || run.charAt(next) != ASAT && run.charAt(next) != VIRAMA;
    }

    /** Whether the syllable ends in a checked final (က် စ် တ် ပ် ဋ်), after which nothing is voiced. */
    boolean endsInStop(String syllable) {
        for (int i = syllable.length() - 1; i > 0; i--) {
            char c = syllable.charAt(i);
            if (c == ASAT || c == VIRAMA) {
                return stopFinals.contains(syllable.charAt(i - 1));
            }
        }
        return false;
    }

    /**
     * Lower-case Latin spellings of one syllable, the most usual first.
     *
     * @param voicedContext the syllable follows an open or nasal syllable of the same word, so k, t and p may be
     *                      spelt voiced (Gyi, Da)
     */
    List<String> romanize(String syllable, boolean voicedContext) {
        if (syllable.isEmpty()) {
            return List.of("");
        }
        char first = syllable.charAt(0);
        int i;
        List<String> vowelLetter = vowelLetters.get(first);
        List<String> onset = onsets.get(first);
        boolean zeroOnset = onset != null && onset.equals(List.of(""));
        if (vowelLetter == null && onset == null) {
            // Not a Burmese consonant or vowel letter (a Shan or Mon letter, a stray sign): nothing to spell.
            return List.of("");
        }
        i = 1;
        boolean ya = false;
        boolean wa = false;
        boolean ha = false;
        StringBuilder medials = new StringBuilder();
        while (i < syllable.length() && syllable.charAt(i) >= YA_PIN && syllable.charAt(i) <= HA_HTO) {
            char m = syllable.charAt(i++);
            ya |= m == YA_PIN || m == YA_YIT;
            wa |= m == WA_HSWE;
            ha |= m == HA_HTO;
            medials.append(m);
        }
        boolean creakyTone = false;
        StringBuilder rhymeKey = new StringBuilder();
        for (; i < syllable.length(); i++) {
            char c = syllable.charAt(i);
            if (c == DOT_BELOW) {
                creakyTone = true;
            } else if (c == TALL_AA) {
                rhymeKey.append(AA);
            } else if (c == ASAT || c == VIRAMA) {
                // A killer on a vowel only marks the tone (ော်); on a consonant it makes it the final. Kinzi
                // (င်္) has both signs on one consonant.
                char last = rhymeKey.isEmpty() ? 0 : rhymeKey.charAt(rhymeKey.length() - 1);
                if (last != 0 && last != ASAT && onsets.containsKey(last)) {
                    rhymeKey.append(ASAT);
                }
            } else if (c != VISARGA) {
                rhymeKey.append(c);
            }
        }
        String key = rhymeKey.toString();
        if (vowelLetter != null && key.isEmpty()) {
            return vowelLetter;
        }
        List<String> whole = syllables.get(first + medials.toString() + key);
        if (whole != null) {
            return whole;
        }
        List<String> rhyme = null;
        if (wa) {
            rhyme = rhyme(WA_HSWE + key, creakyTone, false);
            wa = rhyme == null;
        }
        if (rhyme == null) {
            rhyme = vowelLetter != null ? vowelLetter : rhyme(key, creakyTone, zeroOnset);
        }
        List<String> onsetForms = vowelLetter != null ? List.of("") : onsetForms(first, onset, ya, ha, voicedContext);
        Set<String> forms = new LinkedHashSet<>();
        for (String o : onsetForms) {
            for (String r : rhyme) {
                if (forms.size() < MAX_FORMS) {
                    forms.add(o + (wa ? "w" : "") + r);
                }
            }
        }
        return List.copyOf(forms);
    }

    private List<String> onsetForms(char consonant, List<String> spellings, boolean ya, boolean ha,
            boolean voicedContext) {
        if (spellings == null) {
            return List.of("");
        }
        // Ya-pin and ya-yit read alike in names (ကျော် Kyaw, ကြည် Kyi), so the table lists clusters with ya-pin.
        String yaKey = ya ? consonant + String.valueOf(YA_PIN) : String.valueOf(consonant);
        List<String> forms = clusters.get(ha ? yaKey + HA_HTO : yaKey);
        if (forms == null) {
            List<String> base = clusters.containsKey(yaKey) ? clusters.get(yaKey) : spellings.stream()
                    .map(s -> s + (ya && !s.isEmpty() ? "y" : "")).toList();
            forms = ha ? base.stream().map(s -> "h" + s).toList() : base;
        }
        String voicedOnset = voiced.get(consonant);
        if (!voicedContext || voicedOnset == null) {
            return forms;
        }
        // Only the consonant's own sound is voiced (ကြ ky to gy), not a cluster spelt otherwise.
        String plain = spellings.getFirst();
        List<String> withVoiced = new ArrayList<>(forms);
        for (String form : forms) {
            String voicedForm = form.startsWith(plain) ? voicedOnset + form.substring(plain.length()) : null;
            if (voicedForm != null && !withVoiced.contains(voicedForm)) {
                withVoiced.add(voicedForm);
            }
        }
        return withVoiced;
    }

    /** The spellings of a rhyme; an unknown one is read without its final, then as the inherent vowel. */
    private List<String> rhyme(String key, boolean creakyTone, boolean zeroOnset) {
        if (key.startsWith(String.valueOf(WA_HSWE))) {
            List<String> found = creakyTone ? creaky.get(key) : null;
            return found != null ? found : rhymes.get(key);
        }
        if (zeroOnset && initial.containsKey(key)) {
            return initial.get(key);
        }
        if (creakyTone && creaky.containsKey(key)) {
            return creaky.get(key);
        }
        List<String> found = rhymes.get(key);
        if (found != null) {
            return found;
        }
        String vowels = key.endsWith(String.valueOf(ASAT)) ? key.substring(0, key.length() - 2) : key;
        found = vowels.equals(key) ? null : rhyme(vowels, false, zeroOnset);
        return found != null ? found : rhymes.get("");
    }
}
