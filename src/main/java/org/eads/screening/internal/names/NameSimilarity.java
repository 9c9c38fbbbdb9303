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
 * tokens of the other name ("Somphone" / ສົມ ພອນ, "Weiming" / "Wei Ming").
 */
@Component
public final class NameSimilarity {

    private static final double COMMON_WEIGHT = 0.5;
    private static final double TOLERATED_MISSING = 0.1;
    private static final int LONGEST_JOIN = 4;
    private static final int EXACT_ASSIGNMENT_LIMIT = 12;

    private final TokenSimilarity tokens = new TokenSimilarity();
    private final RomanisationKey spelling = new RomanisationKey(RuleFile.fields("romanisation-key.txt"));

    public NameComparison compare(NormalizedName query, NormalizedName candidate) {
        return compare(query.tokens(), candidate.tokens(), new HashMap<>());
    }

    /** A comparer of one question's name with the names of many candidates (as the index stored their tokens). */
    public Comparer comparer(NormalizedName query) {
        return new Comparer(query.tokens());
    }

    /**
     * Compares one name with many, remembering each comparison of two words: the candidates of one search share
     * many of them. One per search; not for use by several threads at once.
     */
    public final class Comparer {

        private final List<NameToken> query;
        private final Map<TokenPair, TokenSimilarity.Result> seen = new HashMap<>();

        private Comparer(List<NameToken> query) {
            this.query = query;
        }

        public NameComparison compare(List<NameToken> candidate) {
            return NameSimilarity.this.compare(query, candidate, seen);
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
     * A father's name, a middle name or a very common part (a leading "Muhammad") left out of one record is usual; a
     * given or family name is not. When both names have words the other lacks, they are different words in the same
     * place (another father, another middle name), which tells against the match: no tolerance then.
     */
    private static double missingCost(List<NameToken> name, int index, boolean otherComplete) {
        boolean middle = name.size() >= 3 && index > 0 && index < name.size() - 1;
        boolean omissible = middle || name.get(index).part() == NamePart.PATRONYMIC || name.get(index).common();
        boolean tolerated = omissible && otherComplete;
        return weight(name.get(index)) * (tolerated ? TOLERATED_MISSING : 1);
    }

    /**
     * Joins adjacent tokens (up to four) when the other name has them as one word: "Chan-o-cha" / จันทร์โอชา,
     * "Wei Ming" / "Weiming", "Srey Pov" / "Sreypov".
     */
    private List<NameToken> joinWhereTheOtherHasOne(List<NameToken> name, List<NameToken> other) {
        List<NameToken> out = new ArrayList<>(name);
        for (int i = 0; i + 1 < out.size(); i++) {
            for (int length = Math.min(LONGEST_JOIN, out.size() - i); length >= 2; length--) {
                List<NameToken> parts = out.subList(i, i + length);
                StringBuilder joined = new StringBuilder();
                parts.forEach(part -> joined.append(part.folded()));
                String folded = joined.toString();
                String key = "rk:" + spelling.key(folded);
                boolean single = other.stream().anyMatch(t -> t.romanisations().contains(folded)
                        || t.variantKeys().contains(key));
                if (single) {
                    NameToken token = join(parts, folded, key);
                    parts.clear();
                    out.add(i, token);
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
