package org.eads.stats.internal.classification;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eads.stats.Classification;
import org.eads.stats.CrimeArea;
import org.eads.stats.DimensionValue;
import org.eads.stats.Indicator;
import org.eads.stats.Periodicity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the classification: versions, crime areas and their mapping, indicators and dimension values. */
@Repository
public class ClassificationStore {

    private final JdbcClient jdbc;

    ClassificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A version's own row, without its mapping. */
    public record Version(int version, int firstYear, String note, String createdBy, Instant createdAt) {
    }

    public List<Version> versions() {
        return jdbc.sql("select version, first_year, note, created_by, created_at from stats_classification "
                        + "order by first_year")
                .query((rs, i) -> new Version(rs.getInt("version"), rs.getInt("first_year"), rs.getString("note"),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** The version in force for a year: the greatest first year not after it. */
    public Optional<Version> inForce(int year) {
        return versions().stream().filter(v -> v.firstYear() <= year).reduce((a, b) -> b);
    }

    public Optional<Version> version(int version) {
        return versions().stream().filter(v -> v.version() == version).findFirst();
    }

    /** A whole version: its crime areas as mapped, and every indicator and dimension. */
    public Classification load(Version v) {
        Map<String, Indicator> indicators = indicators();
        List<CrimeArea> areas = jdbc.sql("""
                        select a.code, a.name, a.position, m.iccs_codes, m.context_tags, m.indicators
                        from stats_crime_area_mapping m join stats_crime_area a on a.code = m.crime_area
                        where m.version = :v order by a.position, a.code
                        """).param("v", v.version())
                .query((rs, i) -> new CrimeArea(rs.getString("code"), rs.getString("name"), rs.getInt("position"),
                        strings(rs, "iccs_codes"), strings(rs, "context_tags"), strings(rs, "indicators")))
                .list();
        return new Classification(v.version(), v.firstYear(), v.note(), v.createdBy(), v.createdAt(), areas,
                indicators, dimensions());
    }

    public Map<String, Indicator> indicators() {
        Map<String, Indicator> out = new LinkedHashMap<>();
        jdbc.sql("select code, name, unit, periodicity, dimensions, position from stats_indicator "
                        + "order by position, code")
                .query((rs, i) -> new Indicator(rs.getString("code"), rs.getString("name"), rs.getString("unit"),
                        Periodicity.valueOf(rs.getString("periodicity")), strings(rs, "dimensions"),
                        rs.getInt("position")))
                .list().forEach(ind -> out.put(ind.code(), ind));
        return out;
    }

    public Map<String, List<DimensionValue>> dimensions() {
        Map<String, List<DimensionValue>> out = new LinkedHashMap<>();
        jdbc.sql("select dimension, code, name, position from stats_dimension_value order by dimension, position")
                .query((rs, i) -> new DimensionValue(rs.getString("dimension"), rs.getString("code"),
                        rs.getString("name"), rs.getInt("position")))
                .list().forEach(d -> out.computeIfAbsent(d.dimension(), k -> new ArrayList<>()).add(d));
        return out;
    }

    /** Every crime area ever defined: code to name. */
    public Map<String, String> crimeAreaNames() {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("select code, name from stats_crime_area order by position, code")
                .query((rs, i) -> Map.entry(rs.getString("code"), rs.getString("name"))).list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /**
     * The latest year for which a member has submitted or accepted data: its classification is fixed, so a new
     * mapping may only start after it.
     */
    public Optional<Integer> latestYearWithData() {
        return jdbc.sql("select max(substr(period, 1, 4)::int) from stats_submission "
                        + "where status in ('SUBMITTED', 'ACCEPTED', 'SUPERSEDED')")
                .query(Integer.class).optional();
    }

    public int nextVersion() {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from stats_classification").query(Integer.class).single();
    }

    public void insertVersion(int version, int firstYear, String note, String user) {
        jdbc.sql("insert into stats_classification (version, first_year, note, created_by) values (:v, :y, :n, :u)")
                .param("v", version).param("y", firstYear).param("n", note).param("u", user).update();
    }

    public void changeNote(int version, String note) {
        jdbc.sql("update stats_classification set note = :n where version = :v").param("v", version).param("n", note)
                .update();
    }

    /** Replaces a version's whole mapping. */
    public void replaceMapping(int version, Collection<CrimeArea> areas) {
        jdbc.sql("delete from stats_crime_area_mapping where version = :v").param("v", version).update();
        for (CrimeArea a : areas) {
            jdbc.sql("""
                    insert into stats_crime_area_mapping (version, crime_area, iccs_codes, context_tags, indicators)
                    values (:v, :a, :iccs, :tags, :ind)
                    """).param("v", version).param("a", a.code()).param("iccs", a.iccsCodes().toArray(String[]::new))
                    .param("tags", a.contextTags().toArray(String[]::new))
                    .param("ind", a.indicators().toArray(String[]::new)).update();
        }
    }

    public boolean crimeAreaExists(String code) {
        return jdbc.sql("select exists (select 1 from stats_crime_area where code = :c)").param("c", code)
                .query(Boolean.class).single();
    }

    public void insertCrimeArea(String code, String name) {
        jdbc.sql("""
                insert into stats_crime_area (code, name, position)
                values (:c, :n, (select coalesce(max(position), 0) + 1 from stats_crime_area))
                """).param("c", code).param("n", name).update();
    }

    public void renameCrimeArea(String code, String name) {
        jdbc.sql("update stats_crime_area set name = :n where code = :c").param("c", code).param("n", name).update();
    }

    public void insertIndicator(Indicator i) {
        jdbc.sql("""
                insert into stats_indicator (code, name, unit, periodicity, dimensions, position)
                values (:c, :n, :u, :p, :d, (select coalesce(max(position), 0) + 1 from stats_indicator))
                """).param("c", i.code()).param("n", i.name()).param("u", i.unit()).param("p", i.periodicity().name())
                .param("d", i.dimensions().toArray(String[]::new)).update();
    }

    public void changePeriodicity(String code, Periodicity periodicity) {
        jdbc.sql("update stats_indicator set periodicity = :p where code = :c").param("c", code)
                .param("p", periodicity.name()).update();
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array a = rs.getArray(column);
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }
}
