package org.eads.screening.internal.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Scores how likely two normalised names are the same person's. Tokens are paired in any order (family name first
 * or last, Burmese names without family name), choosing the pairing with the best total. Unpaired tokens lower the
 * score; a missing father's name (after bin, a/l) or a missing middle name lowers it little, because records often
 * leave them out. Very common name parts (Muhammad, Nguyen, Van) weigh half. A token may also match two joined
 * tokens of the other name ("Somphone" / ສົມ ພອນ, "Weiming" / "Wei Ming", "Weiming" / "Wee Ming").
 */
@Component
public final class NameSimilarity {

    private static final double COMMON_WEIGHT = 0.5;
    private static final double TOLERATED_MISSING = 0.1;
    private static final int LONGEST_JOIN = 4;
    private static final int EXACT_ASSIGNMENT_LIMIT = 12;

    private final TokenSimilarity tokens = new TokenSimilarity();
    private final RomanisationKey spelling = new RomanisationKey(RuleFile.fields("romanisation-key.txt"));
    private final VariantGroups chineseGivenNames = VariantGroups.perCharacter(
            RuleFile.fields("chinese-given-names.txt"), NameNormalizer.GIVEN_NAME_PREFIX);

    public NameComparison compare(NormalizedName query, NormalizedName candidate) {
        return compare(query.tokens(), candidate.tokens(), new HashMap<>());
    }

    /** A comparer of one question's name with the names of many candidates (as the index stored their tokens). */
    public Comparer comparer(NormalizedName query) {
        return new Comparer(query.tokens());
    }

    /**
     * Compares one name with many, remembering each comparison of two words and of two whole names: the candidates
     * of one search share many words, and namesakes whole names. One per search; not for use by several threads at
     * once.
     */
    public final class Comparer {

        private final List<NameToken> query;
        private final Map<TokenPair, TokenSimilarity.Result> seen = new HashMap<>();
        private final Map<List<NameToken>, NameComparison> names = new HashMap<>();

        private Comparer(List<NameToken> query) {
            this.query = query;
        }

        public NameComparison compare(List<NameToken> candidate) {
            NameComparison known = names.get(candidate);
            if (known == null) {
                known = NameSimilarity.this.compare(query, candidate, seen);
                names.put(candidate, known);
            }
            return known;
        }
    }

    private record TokenPair(NameToken query, NameToken candidate) {
    }

    private NameComparison compare(List<NameToken> query, List<NameToken> candidate,
                                   Map<TokenPair, TokenSimilarity.Result> seen) {
        List<NameToken> q = joinWhereTheOtherHasOne(query, candidate);
        List<NameToken> c = joinWhereTheOtherHasOne(candidate, q);
        if (q.isEmpty() || c.isEmpty()) {
            return new NameComparison(0, List.of());
        }
        TokenSimilarity.Result[][] results = new TokenSimilarity.Result[q.size()][c.size()];
        double[][] gain = new double[q.size()][c.size()];
        for (int i = 0; i < q.size(); i++) {
            for (int j = 0; j < c.size(); j++) {
                NameToken a = q.get(i);
                NameToken b = c.get(j);
                results[i][j] = seen.computeIfAbsent(new TokenPair(a, b), pair -> tokens.compare(a, b));
                gain[i][j] = results[i][j].score() * (weight(q.get(i)) + weight(c.get(j))) / 2;
            }
        }
        int[] pairing = c.size() <= EXACT_ASSIGNMENT_LIMIT ? bestPairing(gain) : greedyPairing(gain);
        List<TokenMatch> explanation = new ArrayList<>();
        boolean[] candidateUsed = new boolean[c.size()];
        double matched = 0;
        double total = 0;
        for (int i = 0; i < q.size(); i++) {
            if (pairing[i] >= 0 && results[i][pairing[i]].score() > 0) {
                candidateUsed[pairing[i]] = true;
            }
        }
        boolean queryComplete = true;
        for (int i = 0; i < q.size(); i++) {
            queryComplete &= pairing[i] >= 0 && results[i][pairing[i]].score() > 0;
        }
        boolean candidateComplete = true;
        for (boolean used : candidateUsed) {
            candidateComplete &= used;
        }
        for (int i = 0; i < q.size(); i++) {
            int j = pairing[i];
            if (j >= 0 && results[i][j].score() > 0) {
                double pairWeight = (weight(q.get(i)) + weight(c.get(j))) / 2;
                matched += results[i][j].score() * pairWeight;
                total += pairWeight;
                explanation.add(new TokenMatch(q.get(i).original(), c.get(j).original(), results[i][j].kind(),
                        results[i][j].score()));
            } else {
                total += missingCost(q, i, candidateComplete);
                explanation.add(new TokenMatch(q.get(i).original(), "", MatchKind.MISSING, 0));
            }
        }
        for (int j = 0; j < c.size(); j++) {
            if (!candidateUsed[j]) {
                total += missingCost(c, j, queryComplete);
                explanation.add(new TokenMatch("", c.get(j).original(), MatchKind.MISSING, 0));
            }
        }
        return new NameComparison(total == 0 ? 0 : matched / total, explanation);
    }

    private static double weight(NameToken token) {
        return token.common() ? COMMON_WEIGHT : 1;
    }

    /**
     * A father's name, a middle name, a very common part (a leading "Muhammad") or a leading honorific that may be a
     * name part (Burmese "Ko", "Saw") left out of one record is usual; a given or family name is not. When both names
     * have words the other lacks, they are different words in the same place (another father, another middle name),
     * which tells against the match: no tolerance then. A Chinese given-name syllable is never a middle name ("Tan
     * Wee Ming" is not "Tan Ming"), and a doubled syllable is part of the name ("Kyaw Kyaw" is not "Kyaw").
     */
    private static double missingCost(List<NameToken> name, int index, boolean otherComplete) {
        NameToken token = name.get(index);
        boolean middle = name.size() >= 3 && index > 0 && index < name.size() - 1 && !isChineseGivenName(token);
        boolean omissible = middle || token.part() == NamePart.PATRONYMIC || token.part() == NamePart.HONORIFIC
                || token.common();
        boolean tolerated = omissible && otherComplete && !repeatsNeighbour(name, index);
        return weight(token) * (tolerated ? TOLERATED_MISSING : 1);
    }

    private static boolean isChineseGivenName(NameToken token) {
        return token.variantKeys().stream().anyMatch(key -> key.startsWith(NameNormalizer.GIVEN_NAME_PREFIX));
    }

    private static boolean repeatsNeighbour(List<NameToken> name, int index) {
        String folded = name.get(index).folded();
        return index > 0 && name.get(index - 1).folded().equals(folded)
                || index + 1 < name.size() && name.get(index + 1).folded().equals(folded);
    }

    /**
     * Joins adjacent tokens (up to four) when the other name has them as one word: "Chan-o-cha" / จันทร์โอชา,
     * "Wei Ming" / "Weiming", "Srey Pov" / "Sreypov". The word may be spelt with any Latin form of each part (Burmese
     * သူ ဇာ as "Thuzar", သီ တာ as "Thida") or, when both names look Chinese, any spelling of each given-name
     * syllable ("Wee Ming" / "Weiming").
     */
    private List<NameToken> joinWhereTheOtherHasOne(List<NameToken> name, List<NameToken> other) {
        List<NameToken> out = new ArrayList<>(name);
        boolean otherChinese = other.stream()
                .anyMatch(t -> t.variantKeys().stream().anyMatch(key -> key.startsWith("cn:")));
        for (int i = 0; i + 1 < out.size(); i++) {
            for (int length = Math.min(LONGEST_JOIN, out.size() - i); length >= 2; length--) {
                List<NameToken> parts = out.subList(i, i + length);
                StringBuilder letters = new StringBuilder();
                parts.forEach(part -> letters.append(part.folded()));
                String folded = letters.toString();
                String key = "rk:" + spelling.key(folded);
                boolean single = other.stream().anyMatch(t -> t.romanisations().contains(folded)
                        || t.variantKeys().contains(key));
                NameToken spelt = single ? join(parts, folded, key)
                        : joinAsSpeltIn(parts, folded, key, other, otherChinese);
                if (spelt != null) {
                    parts.clear();
                    out.add(i, spelt);
                    break;
                }
            }
        }
        return out;
    }

    private static NameToken join(List<NameToken> parts, String folded, String key) {
        return new NameToken(String.join("+", parts.stream().map(NameToken::original).toList()),
                String.join("", parts.stream().map(NameToken::latin).toList()), List.of(folded), Set.of(key),
                Set.of(), parts.getFirst().part(), false);
    }

    /**
     * The parts joined as the other name writes them in one word, or null: a word of the other name that is the
     * parts' Latin forms one after the other is the same letters (folded); one made with other spellings of
     * Chinese given-name syllables is a variant.
     */
    private NameToken joinAsSpeltIn(List<NameToken> parts, String folded, String key, List<NameToken> other,
                                    boolean otherChinese) {
        NameToken joined = null;
        for (NameToken word : other) {
            for (String form : word.romanisations()) {
                if (form.length() < parts.size()) {
                    continue;
                }
                boolean sameLetters = spells(parts, form, false);
                if (sameLetters || otherChinese && spells(parts, form, true)) {
                    NameToken plain = join(parts, folded, key);
                    List<String> romanisations = sameLetters ? List.of(form, plain.folded()) : plain.romanisations();
                    Set<String> keys = Set.copyOf(List.of(plain.variantKeys().iterator().next(),
                            "rk:" + spelling.key(form)));
                    joined = new NameToken(plain.original(), plain.latin(), romanisations, keys, Set.of(),
                            plain.part(), false);
                    if (sameLetters) {
                        return joined;
                    }
                }
            }
        }
        return joined;
    }

    /** Whether {@code word} is spelt by the parts in order, each with one of its forms (or given-name spellings). */
    private boolean spells(List<NameToken> parts, String word, boolean givenNameSpellings) {
        boolean[] reached = new boolean[word.length() + 1];
        reached[0] = true;
        for (NameToken part : parts) {
            boolean[] next = new boolean[word.length() + 1];
            boolean any = false;
            for (int at = 0; at < word.length(); at++) {
                if (!reached[at]) {
                    continue;
                }
                for (String form : part.romanisations()) {
                    any |= mark(word, at, form, next);
                }
                if (givenNameSpellings) {
                    for (String key : part.variantKeys()) {
                        if (key.startsWith(NameNormalizer.GIVEN_NAME_PREFIX)) {
                            for (String form : chineseGivenNames.spellings(key)) {
                                any |= mark(word, at, form, next);
                            }
                        }
                    }
                }
            }
            if (!any) {
                return false;
            }
            reached = next;
        }
        return reached[word.length()];
    }

    private static boolean mark(String word, int at, String form, boolean[] next) {
        if (!form.isEmpty() && word.startsWith(form, at)) {
            next[at + form.length()] = true;
            return true;
        }
        return false;
    }

    /** The pairing of query tokens to candidate tokens with the highest total gain (dynamic programming on subsets). */
    private static int[] bestPairing(double[][] gain) {
        int n = gain.length;
        int m = gain[0].length;
        double[][] best = new double[n + 1][1 << m];
        for (int i = n - 1; i >= 0; i--) {
            for (int mask = 0; mask < 1 << m; mask++) {
                double value = best[i + 1][mask];
                for (int j = 0; j < m; j++) {
                    if ((mask & 1 << j) == 0 && gain[i][j] > 0) {
                        value = Math.max(value, gain[i][j] + best[i + 1][mask | 1 << j]);
                    }
                }
                best[i][mask] = value;
            }
        }
        int[] pairing = new int[n];
        int mask = 0;
        for (int i = 0; i < n; i++) {
            pairing[i] = -1;
            for (int j = 0; j < m; j++) {
                if ((mask & 1 << j) == 0 && gain[i][j] > 0
                        && Math.abs(gain[i][j] + best[i + 1][mask | 1 << j] - best[i][mask]) < 1e-12) {
                    pairing[i] = j;
                    break;
                }
            }
            if (pairing[i] >= 0) {
                mask |= 1 << pairing[i];
            }
        }
        return pairing;
    }

    /** For names with very many tokens: strongest pairs first. */
    private static int[] greedyPairing(double[][] gain) {
        int[] pairing = new int[gain.length];
        Arrays.fill(pairing, -1);
        boolean[] used = new boolean[gain[0].length];
        while (true) {
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < gain.length; i++) {
                for (int j = 0; j < used.length; j++) {
                    if (pairing[i] < 0 && !used[j] && gain[i][j] > 0 && (bi < 0 || gain[i][j] > gain[bi][bj])) {
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                return pairing;
            }
            pairing[bi] = bj;
            used[bj] = true;
        }
    }
}
