package org.eads.dvi;

/**
 * An operation's figures: bodies recovered (PM files) and examined (with DNA, a dental chart or fingerprints),
 * identifications confirmed and the methods they relied on, missing persons reported against the AM files opened, and
 * what those files hold to compare with.
 */
public record OperationStatistics(int bodiesRecovered, int bodiesExamined, int identified, ByMethod identifiedBy,
                                  int missingReported, int amFiles, int amWithDirectReference,
                                  int amWithFamilyReferences, int amWithDentalChart) {

    /** Confirmed identifications relying on each method; one relying on several methods counts under each. */
    public record ByMethod(int dna, int dental, int fingerprints, int other) {
    }
}
