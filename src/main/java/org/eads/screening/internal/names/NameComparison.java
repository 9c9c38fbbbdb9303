package org.eads.screening.internal.names;

import java.util.List;

/** The result of comparing two names: a score from 0 (nothing in common) to 1, and how each token matched. */
public record NameComparison(double score, List<TokenMatch> explanation) {

    public NameComparison {
        explanation = List.copyOf(explanation);
    }
}
