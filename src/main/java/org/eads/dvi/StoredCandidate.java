package org.eads.dvi;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A missing person on a body's candidate list as matching last computed it: the combined strength, the methods
 * behind it and a summary of the DNA and dental evidence (the full evidence of a pair is computed when shown).
 *
 * @param dnaKind direct, kinship, or kinship screening
 */
public record StoredCandidate(UUID pmFileId, String pmNumber, UUID amFileId, String amNumber, String name,
                              Status status, double log10Lr, double log10PosteriorOdds, List<String> methods,
                              String dnaKind, Integer dnaLoci, Integer dentalInformative, Integer dentalRed,
                              Instant computedAt) {

    public enum Status { STRONG, PROBABLE, INSUFFICIENT }
}
