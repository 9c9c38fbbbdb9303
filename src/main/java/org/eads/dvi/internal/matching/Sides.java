package org.eads.dvi.internal.matching;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eads.dvi.DviFile;
import org.eads.dvi.internal.dental.DentalChart;
import org.eads.dvi.internal.dna.FamilyReferences;
import org.eads.dvi.internal.dna.Profile;

/** What matching reads of the two kinds of file. */
public final class Sides {

    private Sides() {
    }

    /**
     * A body: its DNA (null when none), dental chart (null when none), description, the serial numbers of its
     * medical implants as {@link #serial} writes them, its marks and personal effects.
     */
    public record Body(UUID id, String number, Profile dna, DentalChart dental, String sex, Range age, Range stature,
                       Set<String> implants, List<DviFile.Mark> marks, List<DviFile.Effect> effects) {
    }

    /**
     * A missing person: direct reference, family references, dental chart, description, implant serials, marks and
     * personal effects.
     */
    public record Missing(UUID id, String number, String name, Profile direct, List<FamilyReferences.Reference> family,
                          DentalChart dental, String sex, Range age, Range stature, Set<String> implants,
                          List<DviFile.Mark> marks, List<DviFile.Effect> effects) {
    }

    /** An implant's serial number as compared: letters and digits only, upper case. */
    public static String serial(String written) {
        return written.replaceAll("[^\\p{Alnum}]", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** An inclusive range; either end may be open. */
    public record Range(Integer min, Integer max) {

        /** Whether two ranges overlap; null when either is wholly unknown. */
        public Boolean overlaps(Range other) {
            if (min == null && max == null || other.min == null && other.max == null) {
                return null;
            }
            int a0 = min == null ? Integer.MIN_VALUE : min;
            int a1 = max == null ? Integer.MAX_VALUE : max;
            int b0 = other.min == null ? Integer.MIN_VALUE : other.min;
            int b1 = other.max == null ? Integer.MAX_VALUE : other.max;
            return a0 <= b1 && b0 <= a1;
        }
    }
}
