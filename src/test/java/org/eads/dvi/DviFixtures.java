package org.eads.dvi;

import java.util.List;
import java.util.Map;

import org.eads.identity.EadsUser;

/** Files and decisions for the DVI tests. */
final class DviFixtures {

    private DviFixtures() {
    }

    static DviFile.Input body(String number) {
        return new DviFile.Input(number, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    /** A body whose fingerprints were taken. */
    static DviFile.Input fingerprintedBody(String number) {
        return new DviFile.Input(number, null, null, null, null, null, null, true, "AFIS-" + number, null, null, null,
                null, null, null, null);
    }

    static DviFile.Input missing(String number, String name, String nationality) {
        return new DviFile.Input(number, null, null, null, null, null, null, null, null, null, null, null, name,
                nationality, null, null);
    }

    static DnaProfileInput sample(Map<String, List<String>> loci) {
        return new DnaProfileInput("PM_SAMPLE", "femur", null, null, loci, null);
    }

    static DnaProfileInput direct(Map<String, List<String>> loci) {
        return new DnaProfileInput("DIRECT_REFERENCE", "toothbrush", null, null, loci, null);
    }

    static DnaProfileInput relative(String relationship, Map<String, List<String>> loci) {
        return new DnaProfileInput("FAMILY_REFERENCE", "buccal swab", "relative", relationship, loci, null);
    }

    /** Two board members confirm. */
    static Identification confirm(Identifications identifications, Identification i, EadsUser board1,
                                  EadsUser board2) {
        identifications.vote(board1, i.id(), "CONFIRM", "consistent");
        return identifications.vote(board2, i.id(), "CONFIRM", null);
    }
}
