package org.eads.screening.internal.names;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.springframework.stereotype.Component;

/**
 * Turns a person's name as recorded by any ASEAN police force into the tokens and keys that screening indexes and
 * compares: script detection and word segmentation (ICU; Burmese and Han by syllable), conversion to Latin letters
 * (ICU transforms, and rule tables for Thai, Lao, Khmer and Burmese), folding to ASCII after conversion, culture
 * rules from data files under {@code screening/} (titles, particles, nicknames, spelling groups, Chinese surnames
 * and, in a name with a Chinese surname, given-name syllables), and variant and phonetic keys per token.
 *
 * <p>Immutable after construction and safe to share between threads.
 */
@Component
public final class NameNormalizer {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /** Prefix of the keys of Chinese given-name syllables ("gn:wei" for Wei, Wee, Wai, 伟). */
    static final String GIVEN_NAME_PREFIX = "gn:";

    private final ScriptSegmenter segmenter;
    private final LatinConverter latin = new LatinConverter();
    private final NicknameFilter nicknames = new NicknameFilter(Set.copyOf(RuleFile.lines("thai-nicknames.txt")));
    private final CompoundSplitter compounds = new CompoundSplitter(RuleFile.lines("compound-prefixes.txt"));
    private final TitleFilter titles = new TitleFilter(RuleFile.lines("titles.txt"));
    private final ParticleFilter particles = new ParticleFilter(RuleFile.fields("particles.txt"));
    private final VariantGroups equivalents = new VariantGroups(RuleFile.fields("equivalence-classes.txt"), "eq:");
    private final VariantGroups chineseSurnames = new VariantGroups(RuleFile.fields("chinese-surnames.txt"), "cn:");
    private final VariantGroups chineseGivenNames = VariantGroups.perCharacter(
            RuleFile.fields("chinese-given-names.txt"), GIVEN_NAME_PREFIX);
    private final RomanisationKey spelling = new RomanisationKey(RuleFile.fields("romanisation-key.txt"));
    private final SkeletonKey skeleton = new SkeletonKey();
    private final DoubleMetaphone metaphone = new DoubleMetaphone();
    private final Set<String> commonParts = Set.copyOf(RuleFile.lines("common-name-parts.txt"));

    public NameNormalizer() {
        Set<String> compoundSurnames = RuleFile.fields("chinese-surnames.txt").stream()
                .flatMap(Arrays::stream)
                .filter(spelling -> spelling.codePointCount(0, spelling.length()) == 2 && spelling.charAt(0) > 0x2E80)
                .collect(Collectors.toSet());
        this.segmenter = new ScriptSegmenter(compoundSurnames);
    }

    public NormalizedName normalize(String raw) {
        String name = raw == null ? "" : NFC.normalize(raw);
        List<RemovedPart> removed = new ArrayList<>();
        String withoutNicknames = nicknames.strip(name, removed);
        Set<Integer> scripts = new HashSet<>();
        List<String> originalTokens = new ArrayList<>();
        List<String> latinTokens = new ArrayList<>();
        List<NameWord> words = new ArrayList<>();
        List<ScriptWord> segmented = segmenter.segment(withoutNicknames);
        ScriptWord previous = null;
        for (ScriptWord word : segmented) {
            scripts.add(word.script());
            originalTokens.add(word.text());
            latinTokens.add(latin.toLatin(word, previous).getFirst());
            previous = word;
        }
        previous = null;
        for (List<ScriptWord> parts : ScriptSegmenter.nameWords(segmented)) {
            ScriptWord word = parts.size() == 1 ? parts.getFirst() : new ScriptWord(
                    String.join("", parts.stream().map(ScriptWord::text).toList()), parts.getFirst().script(),
                    parts.getFirst().chunk());
            List<String> latinForms = new ArrayList<>(latin.toLatin(word, previous));
            previous = parts.getLast();
            if (parts.size() > 1) {
                // Syllable boundaries are clearer word by word: ศรี|สวัสดิ์ is "sri" + "swat", not "srit" + "wat".
                latinForms.add(String.join("", parts.stream().map(part -> latin.toLatin(part).getFirst()).toList()));
            }
            List<String> folded = latinForms.stream().map(latin::fold).filter(f -> !f.isEmpty()).distinct().toList();
            if (folded.isEmpty()) {
                continue;
            }
            words.add(new NameWord(word.text().toLowerCase(Locale.ROOT), word.script(), latinForms.getFirst(), folded,
                    NamePart.NAME));
        }
        words = compounds.split(words);
        words = titles.strip(words, removed);
        words = particles.strip(words, removed);
        int surname = chineseSurname(words);
        List<NameToken> tokens = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            NameToken token = token(words.get(i), surname >= 0 && i != surname);
            if (!token.folded().isEmpty()) {
                tokens.add(token);
            }
        }
        return new NormalizedName(raw == null ? "" : raw, scripts, originalTokens, latinTokens, tokens, removed);
    }

    /**
     * Where the Chinese surname stands in a name that looks Chinese, or -1: a surname of the list followed by a
     * given-name syllable (Chinese order: "Tan Wee Ming", "Kenneth Tan Wee Ming", 陈伟明), or last after at least two
     * given-name syllables ("Wee Ming Tan"). A surname that is also a given-name syllable (Lee, Wee) is taken only
     * when no other one is. A Filipino "May Ang" or "Jun Reyes" does not look Chinese, so its given name keeps to its
     * own spelling.
     */
    private int chineseSurname(List<NameWord> words) {
        int last = words.size() - 1;
        if (last < 1) {
            return -1;
        }
        for (boolean alsoGiven : new boolean[] {false, true}) {
            for (int i = 0; i < last; i++) {
                if (isSurname(words.get(i)) && isGivenSyllable(words.get(i)) == alsoGiven
                        && isGivenSyllable(words.get(i + 1))) {
                    return i;
                }
            }
            if (isSurname(words.get(last)) && isGivenSyllable(words.get(last)) == alsoGiven && last >= 2
                    && isGivenSyllable(words.get(last - 1)) && isGivenSyllable(words.get(last - 2))) {
                return last;
            }
        }
        return -1;
    }

    private boolean isSurname(NameWord word) {
        return !chineseSurnames.keys(word.original()).isEmpty()
                || word.folded().stream().anyMatch(form -> !chineseSurnames.keys(form).isEmpty());
    }

    private boolean isGivenSyllable(NameWord word) {
        return !chineseGivenNames.keys(word.original()).isEmpty()
                || word.folded().stream().anyMatch(form -> !chineseGivenNames.keys(form).isEmpty());
    }

    /** @param chineseGivenName the word stands where a Chinese name has its given name */
    private NameToken token(NameWord word, boolean chineseGivenName) {
        List<String> forms = word.folded().stream().map(f -> f.replace("/", "")).filter(f -> !f.isEmpty())
                .distinct().toList();
        Set<String> variants = new LinkedHashSet<>(chineseSurnames.keys(word.original()));
        if (chineseGivenName) {
            variants.addAll(chineseGivenNames.keys(word.original()));
        }
        Set<String> phonetic = new LinkedHashSet<>();
        for (String form : forms) {
            variants.addAll(equivalents.keys(form));
            variants.addAll(chineseSurnames.keys(form));
            if (chineseGivenName) {
                variants.addAll(chineseGivenNames.keys(form));
            }
            String spellingKey = spelling.key(form);
            variants.add("rk:" + spellingKey);
            phonetic.add("sk:" + skeleton.key(spellingKey));
        }
        if (!forms.isEmpty()) {
            phonetic.add("dm:" + metaphone.doubleMetaphone(forms.getFirst()));
            phonetic.add("dm:" + metaphone.doubleMetaphone(forms.getFirst(), true));
        }
        boolean common = forms.stream().anyMatch(commonParts::contains)
                || variants.stream().anyMatch(key -> (key.startsWith("eq:") || (key.startsWith("cn:")
                        && !chineseGivenName)) && commonParts.contains(key.substring(3)));
        return new NameToken(word.original(), word.latin(), forms.isEmpty() ? List.of("") : forms, variants, phonetic,
                word.part(), common);
    }

    /** Every index key of the name: exact ("x:"), folded ("f:"), variant and phonetic keys of all its tokens. */
    public Set<String> keys(NormalizedName name) {
        Set<String> keys = new LinkedHashSet<>();
        name.tokens().forEach(token -> keys.addAll(keys(token)));
        return keys;
    }

    /** The index keys of one word, strongest first: exact, folded, variant, then phonetic. */
    public static Set<String> keys(NameToken token) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add("x:" + token.original());
        token.romanisations().forEach(form -> keys.add("f:" + form));
        keys.addAll(token.variantKeys());
        keys.addAll(token.phoneticKeys());
        return keys;
    }

    /**
     * How much a key in common says that two words are the same name, from 1 (the same word) down to a shared
     * sound: the order in which the scorer trusts the same evidence.
     */
    public static float weight(String key) {
        return switch (key.substring(0, key.indexOf(':'))) {
            case "x" -> 1.0f;
            case "f" -> 0.95f;
            case "rk" -> 0.8f;
            case "sk", "dm" -> 0.5f;
            default -> 0.9f; // spelling groups: equivalence classes, Chinese surnames and given names
        };
    }
}
