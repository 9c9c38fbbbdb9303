package org.eads.dvi.internal.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eads.dvi.DviFile;

/**
 * Compares the marks and personal effects of a body with those of a missing person. A mark matches one of the same
 * kind in the same place whose description shares a word; an effect matches by its engraving, serial or document
 * number, or weakly by kind and two shared words. Each feature of the missing person is used once. They only rank:
 * a tattoo may be newer than the family knows, decay hides marks and effects change hands, so nothing here excludes,
 * and the sum is capped because marks and belongings are not independent of each other.
 */
public final class MarksAndEffects {

    /** log10 ratios, as docs/DVI.md gives them. */
    static final double TATTOO = 2;
    static final double OTHER_MARK = 1;
    static final double EFFECT_IDENTIFIER = 2;
    static final double EFFECT_DESCRIPTION = 0.5;
    static final double CAP = 3;

    private static final Set<String> FILLER = Set.of("the", "and", "with", "on", "of", "in", "a", "an", "small",
            "large", "old", "new", "mark", "tattoo", "scar");

    private MarksAndEffects() {
    }

    /** The log10 ratio of what matches, and what it is, in words for the pair's page and the report. */
    public record Result(double log10Lr, List<String> matches) {
        static final Result NONE = new Result(0, List.of());
    }

    public static Result compare(List<DviFile.Mark> bodyMarks, List<DviFile.Effect> bodyEffects,
                                 List<DviFile.Mark> missingMarks, List<DviFile.Effect> missingEffects) {
        if (bodyMarks.isEmpty() && bodyEffects.isEmpty() || missingMarks.isEmpty() && missingEffects.isEmpty()) {
            return Result.NONE;
        }
        double log10 = 0;
        List<String> matches = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (DviFile.Mark b : bodyMarks) {
            for (int i = 0; i < missingMarks.size(); i++) {
                DviFile.Mark m = missingMarks.get(i);
                if (!used.contains(i) && b.kind().equals(m.kind()) && b.region().equals(m.region())
                        && shared(words(b.description()), words(m.description())) >= 1) {
                    used.add(i);
                    log10 += "TATTOO".equals(b.kind()) ? TATTOO : OTHER_MARK;
                    matches.add(label(b.kind()) + " on the " + label(b.region()) + ": " + b.description());
                    break;
                }
            }
        }
        used.clear();
        for (DviFile.Effect b : bodyEffects) {
            for (int i = 0; i < missingEffects.size(); i++) {
                DviFile.Effect m = missingEffects.get(i);
                String id = identifier(b.identifier());
                if (used.contains(i)) {
                    continue;
                }
                if (id.length() >= 4 && id.equals(identifier(m.identifier()))) {
                    used.add(i);
                    log10 += EFFECT_IDENTIFIER;
                    matches.add(label(b.kind()) + " with the same number " + b.identifier().strip());
                    break;
                }
                if (b.kind().equals(m.kind()) && shared(words(b.description()), words(m.description())) >= 2) {
                    used.add(i);
                    log10 += EFFECT_DESCRIPTION;
                    matches.add(label(b.kind()) + " described alike: " + b.description());
                    break;
                }
            }
        }
        return new Result(Math.min(CAP, log10), List.copyOf(matches));
    }

    /** The letters and digits of an identifier, upper case. */
    static String identifier(String written) {
        return written == null ? "" : written.replaceAll("[^\\p{Alnum}]", "").toUpperCase(Locale.ROOT);
    }

    /** The telling words of a description: lower case, without accents, filler and words under three letters. */
    static Set<String> words(String description) {
        Set<String> out = new HashSet<>();
        if (description == null) {
            return out;
        }
        String plain = Normalizer.normalize(description, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        for (String w : plain.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && !FILLER.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String w : a) {
            if (b.contains(w)) {
                n++;
            }
        }
        return n;
    }

    private static String label(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
