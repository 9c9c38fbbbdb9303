package org.eads.screening;

import java.util.List;
import java.util.UUID;

import org.eads.records.RecordType;

/**
 * One result. For a record the searcher may see: its id, type, label, owner, score and why it matched. For a
 * HIT_NO_HIT record of another member ({@code hitOnly}): only that {@code holder} holds a possible match, how strong
 * ({@code band}), and the {@code reference} to ask for disclosure; no personal data at all.
 */
public record Match(boolean hitOnly, UUID recordId, RecordType type, String label, String owner, double score,
                    List<String> explanation, String holder, String band, UUID reference) {

    static Match full(UUID id, RecordType type, String label, String owner, double score, List<String> explanation) {
        return new Match(false, id, type, label, owner, score, explanation, null, null, null);
    }

    static Match hitOnly(String holder, double score, UUID reference) {
        return new Match(true, null, null, null, null, 0, List.of(), holder, score >= 0.9 ? "STRONG" : "POSSIBLE",
                reference);
    }
}
