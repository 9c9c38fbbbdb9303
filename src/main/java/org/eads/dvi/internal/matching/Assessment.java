package org.eads.dvi.internal.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * How strongly the evidence says a post-mortem file is a missing person, with the assumptions of docs/DVI.md: the
 * methods are independent, so their likelihood ratios multiply (a dental score is the log10 of one, the rarity of the
 * matching features); the prior is one over the number of missing persons of the operation. Secondary evidence ranks
 * and excludes but never identifies alone; when the primary identifiers alone make a candidate at least probable, a
 * conflicting sex, age or stature is a discrepancy to review (a recording error) rather than an exclusion, and the
 * candidate is at most probable until someone resolves it.
 */
public record Assessment(Status status, double log10Lr, double log10PosteriorOdds, List<String> exclusions,
                         List<String> discrepancies, List<String> methods) {

    public enum Status { STRONG, PROBABLE, INSUFFICIENT, EXCLUDED }

    /** Posterior odds for STRONG and PROBABLE, as log10. */
    static final double STRONG = 4;
    static final double PROBABLE = 2;
    /** A dental comparison identifies on its own only with this many informative teeth and no red one. */
    static final int DENTAL_TEETH = 8;
    /** log10 of the ratio an implant's serial number adds. */
    static final double IMPLANT_SERIAL = 6;

    public static Assessment of(Evidence e, int missingPersons) {
        List<String> exclusions = new ArrayList<>();
        List<String> methods = new ArrayList<>();
        double log10 = 0;
        boolean primary = false;
        if (e.dnaLog10Lr() != null) {
            if (e.dnaLog10Lr() == Double.NEGATIVE_INFINITY) {
                exclusions.add("DNA excludes");
            } else {
                log10 += e.dnaLog10Lr();
                methods.add("DNA");
                primary |= e.dnaLog10Lr() > 0;
            }
        }
        if (e.dental() != null && e.dental().compared() > 0) {
            if (e.dental().excluded()) {
                exclusions.add(e.dental().red() + " dental discrepancies that cannot be explained");
            } else {
                log10 += e.dental().score();
                methods.add("dental");
                primary |= e.dental().red() == 0 && e.dental().informative() >= DENTAL_TEETH;
            }
        }
        boolean fingerprinted = false;
        if (e.fingerprints() == Evidence.Fingerprints.EXCLUDED) {
            exclusions.add("fingerprints exclude");
        } else if (e.fingerprints() == Evidence.Fingerprints.IDENTIFIED) {
            fingerprinted = true;
            methods.add("fingerprints");
        }
        double primaryPosterior = log10 - Math.log10(Math.max(1, missingPersons - 1));
        boolean identifiedWithout = fingerprinted || primary && primaryPosterior >= STRONG;
        boolean supportedWithout = fingerprinted || primary && primaryPosterior >= PROBABLE;
        List<String> discrepancies = new ArrayList<>();
        List<String> conflicts = supportedWithout ? discrepancies : exclusions;
        Evidence.Secondary s = e.secondary();
        if (s != null) {
            if (s.sexConflict()) {
                conflicts.add("the sexes differ");
            }
            if (Boolean.FALSE.equals(s.ageOverlap())) {
                conflicts.add("the age ranges do not overlap");
            }
            if (Boolean.FALSE.equals(s.statureOverlap())) {
                conflicts.add("the stature ranges do not overlap");
            }
            if (s.implantSerialMatch()) {
                log10 += IMPLANT_SERIAL;
                methods.add("implant serial number");
            }
            if (s.marksLog10Lr() > 0) {
                log10 += s.marksLog10Lr();
                methods.add("marks and effects");
            }
        }
        double posterior = log10 - Math.log10(Math.max(1, missingPersons - 1));
        Status status;
        if (!exclusions.isEmpty()) {
            status = Status.EXCLUDED;
        } else if (identifiedWithout && discrepancies.isEmpty()) {
            status = Status.STRONG;
        } else if (posterior >= PROBABLE) {
            status = Status.PROBABLE;
        } else {
            status = Status.INSUFFICIENT;
        }
        return new Assessment(status, log10, posterior, List.copyOf(exclusions), List.copyOf(discrepancies),
                List.copyOf(methods));
    }
}
