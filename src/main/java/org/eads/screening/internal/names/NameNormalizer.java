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
 * compares: script detection and word segmentation (ICU), conversion to Latin letters (ICU transforms, and rule
 * tables for Thai, Lao and Khmer), folding to ASCII after conversion, culture rules from data files under
 * {@code screening/} (titles, particles, nicknames, spelling groups), and variant and phonetic keys per token.
 *
 * <p>Immutable after construction and safe to share between threads.
 */
@Component
public final class NameNormalizer {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private final ScriptSegmenter segmenter;
    private final LatinConverter latin = new LatinConverter();
    private final NicknameFilter nicknames = new NicknameFilter(Set.copyOf(RuleFile.lines("thai-nicknames.txt")));
    private final CompoundSplitter compounds = new CompoundSplitter(RuleFile.lines("compound-prefixes.txt"));
    private final TitleFilter titles = new TitleFilter(RuleFile.lines("titles.txt"));
    private final ParticleFilter particles = new ParticleFilter(RuleFile.fields("particles.txt"));
    private final VariantGroups equivalents = new VariantGroups(RuleFile.fields("equivalence-classes.txt"), "eq:");
    private final VariantGroups chineseSurnames = new VariantGroups(RuleFile.fields("chinese-surnames.txt"), "cn:");
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
        for (ScriptWord word : segmented) {
            scripts.add(word.script());
            originalTokens.add(word.text());
            latinTokens.add(latin.toLatin(word).getFirst());
        }
        for (List<ScriptWord> parts : ScriptSegmenter.nameWords(segmented)) {
            ScriptWord word = parts.size() == 1 ? parts.getFirst() : new ScriptWord(
                    String.join("", parts.stream().map(ScriptWord::text).toList()), parts.getFirst().script(),
                    parts.getFirst().chunk());
            List<String> latinForms = new ArrayList<>(latin.toLatin(word));
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
        List<NameToken> tokens = words.stream().map(this::token).filter(t -> !t.folded().isEmpty()).toList();
        return new NormalizedName(raw == null ? "" : raw, scripts, originalTokens, latinTokens, tokens, removed);
    }

    private NameToken token(NameWord word) {
        List<String> forms = word.folded().stream().map(f -> f.replace("/", "")).filter(f -> !f.isEmpty())
                .distinct().toList();
        Set<String> variants = new LinkedHashSet<>(chineseSurnames.keys(word.original()));
        Set<String> phonetic = new LinkedHashSet<>();
        for (String form : forms) {
            variants.addAll(equivalents.keys(form));
            variants.addAll(chineseSurnames.keys(form));
            String spellingKey = spelling.key(form);
            variants.add("rk:" + spellingKey);
            phonetic.add("sk:" + skeleton.key(spellingKey));
        }
        if (!forms.isEmpty()) {
            phonetic.add("dm:" + metaphone.doubleMetaphone(forms.getFirst()));
            phonetic.add("dm:" + metaphone.doubleMetaphone(forms.getFirst(), true));
        }
        boolean common = forms.stream().anyMatch(commonParts::contains)
                || variants.stream().anyMatch(key -> commonParts.contains(key.substring(3)) && !key.startsWith("rk:"));
        return new NameToken(word.original(), word.latin(), forms.isEmpty() ? List.of("") : forms, variants, phonetic,
                word.part(), common);
    }

    /** Every index key of the name: exact ("x:"), folded ("f:"), variant and phonetic keys of all its tokens. */
    public Set<String> keys(NormalizedName name) {
        Set<String> keys = new LinkedHashSet<>();
        for (NameToken token : name.tokens()) {
            keys.add("x:" + token.original());
            token.romanisations().forEach(form -> keys.add("f:" + form));
            keys.addAll(token.variantKeys());
            keys.addAll(token.phoneticKeys());
        }
        return keys;
    }

    /** Character trigrams of a token with boundary markers: "tan" gives "^ta", "tan", "an$". */
    public List<String> ngrams(String token) {
        String marked = "^" + token + "$";
        if (marked.length() <= 3) {
            return List.of(marked);
        }
        List<String> grams = new ArrayList<>(marked.length() - 2);
        for (int i = 0; i + 3 <= marked.length(); i++) {
            grams.add(marked.substring(i, i + 3));
        }
        return grams;
    }
}
