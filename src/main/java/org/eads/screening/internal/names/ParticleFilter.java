package org.eads.screening.internal.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes name particles. A patronymic marker (bin, binti, a/l, s/o) says the words after it are the father's name,
 * which records often leave out, so those words are marked {@link NamePart#PATRONYMIC} and weigh little when missing.
 * A link particle (de, dela, de los) is dropped because "Dela Cruz", "De La Cruz", "Delacruz" and "Cruz" are written
 * for the same family name. A particle is only a particle between words: "Wang Bin" keeps its given name.
 */
final class ParticleFilter {

    private static final int LONGEST_PARTICLE = 3;

    private final Map<List<String>, RemovedPart.Kind> particles = new HashMap<>();

    ParticleFilter(List<String[]> rules) {
        for (String[] rule : rules) {
            RemovedPart.Kind kind = switch (rule[0]) {
                case "patronymic" -> RemovedPart.Kind.PATRONYMIC_MARKER;
                case "link" -> RemovedPart.Kind.PARTICLE;
                default -> throw new IllegalStateException("unknown particle kind " + rule[0]);
            };
            particles.put(List.of(rule).subList(1, rule.length), kind);
        }
    }

    List<NameWord> strip(List<NameWord> words, List<RemovedPart> removed) {
        List<NameWord> out = new ArrayList<>(words.size());
        boolean patronymic = false;
        int i = 0;
        while (i < words.size()) {
            int length = particleLength(words, i);
            if (length > 0) {
                RemovedPart.Kind kind = particles.get(keys(words, i, length));
                boolean between = i + length < words.size() && (i > 0 || kind == RemovedPart.Kind.PARTICLE);
                if (between && !(kind == RemovedPart.Kind.PATRONYMIC_MARKER && patronymic)) {
                    removed.add(new RemovedPart(TitleFilter.originals(words, i, length), kind));
                    patronymic |= kind == RemovedPart.Kind.PATRONYMIC_MARKER;
                    i += length;
                    continue;
                }
            }
            NameWord word = words.get(i);
            out.add(patronymic ? word.withPart(NamePart.PATRONYMIC) : word);
            i++;
        }
        return out;
    }

    private int particleLength(List<NameWord> words, int from) {
        for (int length = Math.min(LONGEST_PARTICLE, words.size() - from); length > 0; length--) {
            if (particles.containsKey(keys(words, from, length))) {
                return length;
            }
        }
        return 0;
    }

    private static List<String> keys(List<NameWord> words, int from, int length) {
        return words.subList(from, from + length).stream().map(NameWord::key).toList();
    }
}
