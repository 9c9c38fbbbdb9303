package org.eads.stats.internal.capability;

import java.time.Year;
import java.util.List;
import java.util.Optional;

import org.eads.records.InvalidRecordException;
import org.eads.stats.CapabilityAssessment;
import org.eads.stats.Classification;
import org.eads.stats.Classifications;
import org.springframework.stereotype.Component;

/**
 * The crime areas a capability assessment covers: those of the classification version in force for its year, as
 * {@link Classifications} says.
 */
@Component
public class CrimeAreasInForce {

    /** A classification version and its crime areas, in their order. */
    public record Version(int version, List<CapabilityAssessment.Area> areas) {

        public boolean includes(String crimeArea) {
            return areas.stream().anyMatch(a -> a.code().equals(crimeArea));
        }

        public String name(String crimeArea) {
            return areas.stream().filter(a -> a.code().equals(crimeArea)).map(CapabilityAssessment.Area::name)
                    .findFirst().orElse(crimeArea);
        }

        public List<String> codes() {
            return areas.stream().map(CapabilityAssessment.Area::code).toList();
        }
    }

    private final Classifications classifications;

    CrimeAreasInForce(Classifications classifications) {
        this.classifications = classifications;
    }

    /** The version in force for a year; empty before the first version. */
    public Optional<Version> forYear(int year) {
        if (year < classifications.firstYear()) {
            return Optional.empty();
        }
        return Optional.of(version(classifications.inForce(year)));
    }

    /**
     * The version in force for a year a member assesses or an activity addresses: from the first year of the
     * classification to next year (an assessment may be prepared before its year starts).
     */
    public Version forAssessedYear(Integer year, String field) {
        int first = classifications.firstYear();
        int last = Year.now().getValue() + 1;
        if (year == null) {
            throw new InvalidRecordException(field, "is required: the year assessed, from " + first + " to " + last);
        }
        if (year < first || year > last) {
            throw new InvalidRecordException(field, year + " is not a year that can be assessed: give a year from "
                    + first + " to " + last);
        }
        return forYear(year).orElseThrow();
    }

    private static Version version(Classification c) {
        return new Version(c.version(), c.crimeAreas().stream()
                .map(a -> new CapabilityAssessment.Area(a.code(), a.name())).toList());
    }
}
