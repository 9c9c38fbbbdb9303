package org.eads.dvi.internal.matching;

import org.eads.dvi.internal.dental.DentalComparison;

/**
 * What each method says about one post-mortem file and one missing person; a method that was not possible is null.
 *
 * @param dnaLog10Lr   log10 of the DNA likelihood ratio (direct or kinship); negative infinity when DNA excludes
 * @param dental       the dental comparison
 * @param fingerprints the examiner's decision on the AFIS comparison
 * @param secondary    sex, age, stature, implants and marks
 */
public record Evidence(Double dnaLog10Lr, DentalComparison.Result dental, Fingerprints fingerprints,
                       Secondary secondary) {

    /** An examiner's decision; the system stores it and does not compare images. */
    public enum Fingerprints { IDENTIFIED, EXCLUDED, INCONCLUSIVE }

    /**
     * @param sexConflict       recorded sexes differ (both recorded with confidence)
     * @param ageOverlap        the age ranges overlap; null when either is unknown
     * @param statureOverlap    the stature ranges overlap; null when either is unknown
     * @param implantSerialMatch a medical implant's serial number is the same on both files
     * @param marksLog10Lr      log10 of the ratio of the marks and personal effects that match ({@link MarksAndEffects})
     * @param marksAndEffects   what matches, in words
     */
    public record Secondary(boolean sexConflict, Boolean ageOverlap, Boolean statureOverlap,
                            boolean implantSerialMatch, double marksLog10Lr, java.util.List<String> marksAndEffects) {

        public Secondary {
            marksAndEffects = marksAndEffects == null ? java.util.List.of() : java.util.List.copyOf(marksAndEffects);
        }
    }
}
