package org.eads.stats.internal.capability;

import java.time.Year;
import java.util.List;
import java.util.Optional;

import org.eads.records.InvalidRecordException;
import org.eads.stats.CapabilityAssessment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the classification the statistics module maintains: the crime areas in force for a year are those of the
 * version with the greatest first year not after it. Read only: the classification is maintained elsewhere.
 */
@Repository
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

    private final JdbcClient jdbc;

    CrimeAreasInForce(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version in force for a year; empty before the first version. */
    public Optional<Version> forYear(int year) {
        return jdbc.sql("select version from stats_classification where first_year <= :y order by first_year desc limit 1")
                .param("y", year).query(Integer.class).optional().map(this::version);
    }

    /**
     * The version in force for a year a member assesses or an activity addresses: from the first year of the
     * classification to next year (an assessment may be prepared before its year starts).
     */
    public Version forAssessedYear(Integer year, String field) {
        int first = jdbc.sql("select coalesce(min(first_year), 2000) from stats_classification").query(Integer.class)
                .single();
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

    private Version version(int version) {
        List<CapabilityAssessment.Area> areas = jdbc.sql("""
                select a.code, a.name from stats_crime_area_mapping m join stats_crime_area a on a.code = m.crime_area
                where m.version = :v order by a.position, a.code
                """).param("v", version).query((rs, i) -> new CapabilityAssessment.Area(rs.getString(1),
                rs.getString(2))).list();
        return new Version(version, areas);
    }
}
