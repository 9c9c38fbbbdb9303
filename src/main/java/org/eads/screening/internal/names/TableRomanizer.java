package org.eads.screening.internal.names;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Romanises one word of a Brahmic abugida (Thai, Lao, Khmer) from a table, syllable by syllable: onset consonant
 * (with its cluster or subscript), vowel (written before, after or around it, or implied), final consonant.
 * ICU has no Lao-Latin or Khmer-Latin transform, and its Thai-Latin is a letter-for-letter transliteration far from
 * the spellings found in passports, so the common romanisation is rebuilt here from data files.
 * Immutable once loaded: safe to share between threads.
 */
final class TableRomanizer {

    private record Consonant(String onset, String coda, int series) {
    }

    private final Map<Character, Consonant> consonants = new HashMap<>();
    private final Map<Character, String[]> vowels = new HashMap<>();
    private final Map<Character, String> leading = new HashMap<>();
    private final Map<String, String[]> patterns = new HashMap<>();
    private final Map<Character, String> vowelLetters = new HashMap<>();
    private final Set<Character> marks = new HashSet<>();
    private final Set<Character> silencers = new HashSet<>();
    private final Map<Character, String> clusters = new HashMap<>();
    private final Set<Character> toneLetters = new HashSet<>();
    private final Set<Character> sonorants = new HashSet<>();
    private final Set<String> silentEndings = new HashSet<>();
    private final Set<Character> longVowels = new HashSet<>();
    private char joiner;
    private char seriesOne;
    private char seriesTwo;
    private String[] implicitClosed = {"", ""};
    private String[] implicitOpen = {"", ""};
    private int longestPattern;

    TableRomanizer(String ruleFile) {
        for (String[] f : RuleFile.fields(ruleFile)) {
            switch (f[0]) {
                case "consonant" -> consonants.put(f[1].charAt(0),
                        new Consonant(silent(f[2]), silent(f[3]), f.length > 4 ? Integer.parseInt(f[4]) - 1 : 0));
                case "vowel" -> vowels.put(f[1].charAt(0), values(f));
                case "leading" -> leading.put(f[1].charAt(0), f[2]);
                case "pattern" -> {
                    patterns.put(f[1], values(f));
                    longestPattern = Math.max(longestPattern, f[1].length());
                }
                case "vowel-letter" -> vowelLetters.put(f[1].charAt(0), f[2]);
                case "mark" -> marks.add(f[1].charAt(0));
                case "silencer" -> silencers.add(f[1].charAt(0));
                case "cluster" -> clusters.put(f[1].charAt(0), f.length > 2 ? f[2] : null);
                case "tone-letter" -> toneLetters.add(f[1].charAt(0));
                case "sonorant" -> sonorants.add(f[1].charAt(0));
                case "silent-ending" -> silentEndings.add(f[1]);
                case "long-vowel" -> longVowels.add(f[1].charAt(0));
                case "joiner" -> joiner = f[1].charAt(0);
                case "series-one" -> seriesOne = f[1].charAt(0);
                case "series-two" -> seriesTwo = f[1].charAt(0);
                case "implicit-closed" -> implicitClosed = values(f, 1);
                case "implicit-open" -> implicitOpen = values(f, 1);
                default -> throw new IllegalStateException(ruleFile + ": unknown rule kind " + f[0]);
            }
        }
    }

    private static String silent(String value) {
        return value.equals("-") ? "" : value;
    }

    private static String[] values(String[] f) {
        return values(f, 2);
    }

    private static String[] values(String[] f, int from) {
        String first = silent(f[from]);
        return new String[] {first, f.length > from + 1 ? silent(f[from + 1]) : first};
    }

    /** Lower-case Latin form of one word; characters the table does not know are left out. */
    String romanize(String word) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = word.length();
        boolean previousClosed = true;
        char carried = 0;
        while (i < n) {
            char c = word.charAt(i);
            char lead = carried;
            carried = 0;
            if (lead == 0 && leading.containsKey(c)) {
                lead = c;
                i = skipMarks(word, i + 1);
                if (i >= n || !consonants.containsKey(word.charAt(i))) {
                    out.append(leading.get(lead));
                    continue;
                }
                c = word.charAt(i);
            }
            Consonant onset = consonants.get(c);
            if (onset == null) {
                i++;
                continue;
            }
            // A consonant silenced by the killer sign, alone or with the vowel written on it, is not pronounced.
            int after = skipMarks(word, i + 1);
            if (lead == 0 && silencedAt(word, after)) {
                i = skipSilenced(word, after);
                continue;
            }
            // A consonant before a silenced one after a closed syllable (Thai "จันทร์") is silent with it.
            if (lead == 0 && previousClosed && after < n && consonants.containsKey(word.charAt(after))
                    && silencedAt(word, skipMarks(word, after + 1))) {
                i = skipSilenced(word, skipMarks(word, after + 1));
                continue;
            }
            // A lone consonant ending the word after a closed syllable is a silent remnant of the written form.
            if (lead == 0 && previousClosed && out.length() > 0 && onsetEndsWordHere(word, i)) {
                break;
            }
            StringBuilder syllable = new StringBuilder(onset.onset());
            int series = onset.series();
            i = after;
            // Tone letter before a sonorant: only the sonorant is heard (Thai "หม", Lao "ຫງ").
            if (toneLetters.contains(c) && i < n && sonorants.contains(word.charAt(i))) {
                Consonant sonorant = consonants.get(word.charAt(i));
                syllable.setLength(0);
                syllable.append(sonorant.onset());
                series = sonorant.series();
                i = skipMarks(word, i + 1);
            } else if (i < n && clustersWith(c, word.charAt(i)) && (vowelFollows(word, skipMarks(word, i + 1))
                    || lead != 0 && i + 1 < n && !isVowelSign(word.charAt(i + 1)))) {
                syllable.append(consonants.get(word.charAt(i)).onset());
                i = skipMarks(word, i + 1);
            } else if (lead != 0 && i < n && consonants.containsKey(word.charAt(i))
                    && matchPattern(word, skipMarks(word, i + 1), lead) > skipMarks(word, i + 1)) {
                // A leading vowel before two consonants that do not cluster, completed by a vowel sign on the
                // second, belongs to the second: the first is a syllable of its own (เฉลิม cha-loem).
                out.append(syllable).append(implicitOpen[series]);
                previousClosed = false;
                carried = lead;
                continue;
            }
            while (i + 1 < n && word.charAt(i) == joiner && consonants.containsKey(word.charAt(i + 1))) {
                syllable.append(consonants.get(word.charAt(i + 1)).onset());
                i = skipMarks(word, i + 2);
            }
            while (i < n && (word.charAt(i) == seriesOne || word.charAt(i) == seriesTwo || marks.contains(word.charAt(i)))) {
                if (word.charAt(i) == seriesOne) {
                    series = 0;
                } else if (word.charAt(i) == seriesTwo) {
                    series = 1;
                }
                i++;
            }
            String vowel = null;
            int patternEnd = matchPattern(word, i, lead);
            if (patternEnd > i) {
                vowel = patterns.get(patternKey(word, i, patternEnd, lead))[series];
                i = patternEnd;
            } else if (lead != 0) {
                vowel = leading.get(lead);
            }
            while (i < n && (vowels.containsKey(word.charAt(i)) || marks.contains(word.charAt(i)))) {
                if (vowels.containsKey(word.charAt(i)) && (vowel == null || lead == 0)) {
                    vowel = (vowel == null ? "" : vowel) + vowels.get(word.charAt(i))[series];
                }
                i++;
            }
            if (vowel == null && i < n && vowelLetters.containsKey(word.charAt(i))
                    && !vowelFollows(word, skipMarks(word, i + 1))) {
                vowel = vowelLetters.get(word.charAt(i));
                i = skipMarks(word, i + 1);
            }
            String coda = "";
            boolean afterLongVowel = i > 0 && longVowels.contains(word.charAt(i - 1));
            if (i < n && isFinal(word, i) && !(afterLongVowel && startsSyllableWithVowel(word, i))) {
                coda = consonants.get(word.charAt(i)).coda();
                int next = skipMarks(word, i + 1);
                i = next < n && word.charAt(next) == joiner ? next + 1 : next;
            }
            if (vowel == null) {
                vowel = coda.isEmpty() && !(i < n && word.charAt(i - 1) == joiner) ? implicitOpen[series]
                        : implicitClosed[series];
            }
            syllable.append(vowel).append(coda);
            out.append(syllable);
            previousClosed = !coda.isEmpty();
        }
        return out.toString();
    }

    /** Whether the second consonant forms an initial cluster with the first (Thai "ปร", "กว"; not "สว", not "อร"). */
    private boolean clustersWith(char first, char second) {
        if (!clusters.containsKey(second) || consonants.get(first).onset().isEmpty()) {
            return false;
        }
        String allowedFirst = clusters.get(second);
        return allowedFirst == null || allowedFirst.indexOf(first) >= 0;
    }

    /** Nothing audible follows the consonant at {@code i}: the word ends, or only a silenced letter is left. */
    private boolean endsAfter(String word, int i) {
        int next = skipMarks(word, i + 1);
        if (next >= word.length()) {
            return true;
        }
        return consonants.containsKey(word.charAt(next)) && silencedAt(word, skipMarks(word, next + 1))
                && skipSilenced(word, skipMarks(word, next + 1)) >= word.length();
    }

    /** After a long vowel, a consonant followed by one that carries a vowel opens the next syllable (ศรี|ส|วัส). */
    private boolean startsSyllableWithVowel(String word, int i) {
        int next = skipMarks(word, i + 1);
        return next < word.length() && consonants.containsKey(word.charAt(next))
                && vowelFollows(word, skipMarks(word, next + 1));
    }

    private boolean onsetEndsWordHere(String word, int i) {
        int next = skipMarks(word, i + 1);
        while (next + 1 < word.length() && word.charAt(next) == joiner) {
            next = skipMarks(word, next + 2);
        }
        return next >= word.length();
    }

    private boolean silencedAt(String word, int i) {
        if (i < word.length() && silencers.contains(word.charAt(i))) {
            return true;
        }
        return i + 1 < word.length() && vowels.containsKey(word.charAt(i)) && silencers.contains(word.charAt(i + 1));
    }

    private int skipSilenced(String word, int i) {
        while (i < word.length() && (silencers.contains(word.charAt(i)) || vowels.containsKey(word.charAt(i))
                || marks.contains(word.charAt(i)))) {
            i++;
        }
        return i;
    }

    /** A consonant after a vowel closes the syllable unless a vowel sign or the killer follows it. */
    private boolean isFinal(String word, int i) {
        char c = word.charAt(i);
        if (!consonants.containsKey(c)) {
            return false;
        }
        int next = skipMarks(word, i + 1);
        if (next >= word.length()) {
            return true;
        }
        if (consonants.get(c).coda().isEmpty()) {
            return false;
        }
        char following = word.charAt(next);
        // The next consonant is not read ("ณรงค์" ends in ง): this one closes the syllable.
        if (consonants.containsKey(following) && silencedAt(word, skipMarks(word, next + 1))) {
            return true;
        }
        // Two consonants ending the word: the first opens the last syllable ("มานพ" ma-nop, "សុផល" so-phal,
        // "ณรงค์" na-rong), except for endings where the last letter is written but not read ("วัตร" wat).
        if (consonants.containsKey(following) && endsAfter(word, next)
                && !silentEndings.contains(word.substring(i, next + 1))) {
            return false;
        }
        // A consonant before a vowel written with consonant letters (Thai "รร") opens that syllable.
        if (matchPattern(word, next, (char) 0) > next) {
            return false;
        }
        if (following == joiner) {
            return true;
        }
        // The next consonant carries a subscript: it closes this consonant's syllable (Khmer "វណ្ណ" van-n).
        int afterFollowing = skipMarks(word, next + 1);
        if (consonants.containsKey(following) && afterFollowing < word.length()
                && word.charAt(afterFollowing) == joiner) {
            return false;
        }
        if (silencers.contains(following) || isVowelSign(following)) {
            return false;
        }
        if (vowelLetters.containsKey(following) && !vowelFollows(word, skipMarks(word, next + 1))
                && next + 1 < word.length()) {
            return false;
        }
        return true;
    }

    private boolean vowelFollows(String word, int i) {
        return i < word.length() && isVowelSign(word.charAt(i));
    }

    private boolean isVowelSign(char c) {
        return vowels.containsKey(c) || c == seriesOne || c == seriesTwo;
    }

    private int skipMarks(String word, int i) {
        while (i < word.length() && marks.contains(word.charAt(i))) {
            i++;
        }
        return i;
    }

    private int matchPattern(String word, int from, char lead) {
        for (int end = Math.min(word.length(), from + longestPattern); end > from; end--) {
            boolean endsOnConsonant = consonants.containsKey(word.charAt(end - 1));
            if (patterns.containsKey(patternKey(word, from, end, lead))
                    && !(endsOnConsonant && vowelFollows(word, skipMarks(word, end)))) {
                return end;
            }
        }
        return from;
    }

    // Tone marks may sit inside a vowel combination (เ-ี่ย); they do not change the vowel.
    private String patternKey(String word, int from, int end, char lead) {
        StringBuilder key = new StringBuilder(end - from + 2);
        if (lead != 0) {
            key.append(lead).append('_');
        }
        for (int i = from; i < end; i++) {
            if (!marks.contains(word.charAt(i))) {
                key.append(word.charAt(i));
            }
        }
        return key.toString();
    }
}
