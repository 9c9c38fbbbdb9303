package org.eads.screening.internal.names;

/**
 * One line of the explanation of a name comparison: a query token, the candidate token it was paired with (empty
 * when missing), how they matched and the token score (0..1). A token matched to two joined words of the other name
 * ("Somphone" / "Som Phone") shows them with a "+" between.
 */
public record TokenMatch(String query, String candidate, MatchKind kind, double score) {
}
