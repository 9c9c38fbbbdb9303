package org.eads.stats.internal.analysis;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eads.records.InvalidRecordException;
import org.eads.stats.StatsFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The classification as the analysis reads it (crime areas, indicators with their units and disaggregations, the
 * names of the parts), and the check of codes a reader asks for, with messages that name the field.
 */
@Component
public class AnalysisCodes {

    /** A crime area. */
    public record CrimeArea(String code, String name) {
    }

    /** An indicator: its unit, how often members report it, and the disaggregations collected beside the total. */
    public record Indicator(String code, String name, String unit, String periodicity, List<String> dimensions) {

        /** Counted events or persons, which a Poisson test fits; weights, units seized and amounts are not. */
        public boolean counts() {
            return unit.equals("count") || unit.equals("persons");
        }

        /** The finest step its values allow. */
        public StatsFilter.Step reportedBy() {
            return StatsFilter.Step.valueOf(periodicity);
        }
    }

    /** The total ({@code code} empty) or one part of a disaggregation ({@code SEX=F}). */
    public record Part(String code, String name) {
    }

    private final JdbcClient jdbc;

    AnalysisCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CrimeArea> crimeAreas() {
        return jdbc.sql("select code, name from stats_crime_area order by position, code")
                .query((rs, i) -> new CrimeArea(rs.getString(1), rs.getString(2))).list();
    }

    public List<Indicator> indicators() {
        return jdbc.sql("select code, name, unit, periodicity, dimensions from stats_indicator order by position, code")
                .query((rs, i) -> new Indicator(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        texts(rs.getArray(5)))).list();
    }

    /** The total, then every part of each of the indicator's disaggregations. */
    public List<Part> parts(Indicator indicator) {
        List<Part> out = new ArrayList<>();
        out.add(new Part("", "Total"));
        for (String dimension : indicator.dimensions()) {
            for (Part p : dimensionParts(dimension)) {
                out.add(p);
            }
        }
        return out;
    }

    /** The parts of one disaggregation, such as every substance. */
    public List<Part> dimensionParts(String dimension) {
        return jdbc.sql("select code, name from stats_dimension_value where dimension = :d order by position, code")
                .param("d", dimension)
                .query((rs, i) -> new Part(dimension + "=" + rs.getString(1),
                        label(dimension) + ": " + rs.getString(2))).list();
    }

    public CrimeArea crimeArea(String code, String field) {
        Map<String, CrimeArea> all = new LinkedHashMap<>();
        crimeAreas().forEach(a -> all.put(a.code(), a));
        CrimeArea a = code == null ? null : all.get(code.strip().toUpperCase(Locale.ROOT));
        if (a == null) {
            throw new InvalidRecordException(field, "unknown crime area '" + code + "': use one of "
                    + String.join(", ", all.keySet()));
        }
        return a;
    }

    public Indicator indicator(String code, String field) {
        Map<String, Indicator> all = new LinkedHashMap<>();
        indicators().forEach(i -> all.put(i.code(), i));
        Indicator i = code == null ? null : all.get(code.strip().toUpperCase(Locale.ROOT));
        if (i == null) {
            throw new InvalidRecordException(field, "unknown indicator '" + code + "': use one of "
                    + String.join(", ", all.keySet()));
        }
        return i;
    }

    public Part part(Indicator indicator, String code, String field) {
        String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return parts(indicator).stream().filter(p -> p.code().equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidRecordException(field, "'" + code + "' is not a part of "
                        + indicator.code() + ": leave it empty for the total or use one of "
                        + String.join(", ", parts(indicator).stream().map(Part::code).filter(c -> !c.isEmpty())
                        .toList())));
    }

    /** {@code SPECIES_GROUP} as "Species group". */
    static String label(String dimension) {
        String words = dimension.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
