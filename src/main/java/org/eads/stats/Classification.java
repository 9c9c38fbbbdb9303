package org.eads.stats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of the classification: the crime areas it maps (in order) with the indicators and the parts of their
 * dimensions. The version in force for a reporting year is the one with the greatest {@code firstYear} not after it.
 */
public record Classification(int version, int firstYear, String note, String createdBy, Instant createdAt,
                             List<CrimeArea> crimeAreas, Map<String, Indicator> indicators,
                             Map<String, List<DimensionValue>> dimensions) {

    public Classification {
        crimeAreas = List.copyOf(crimeAreas);
        indicators = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
        dimensions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
    }

    public Optional<CrimeArea> crimeArea(String code) {
        return crimeAreas.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    /** The parts of a dimension, in order. */
    public List<DimensionValue> parts(String dimension) {
        return dimensions.getOrDefault(dimension, List.of());
    }

    /** The indicators of a crime area that a period of the given kind collects, in order. */
    public List<Indicator> indicatorsOf(CrimeArea area, Periodicity periodicity) {
        List<Indicator> out = new ArrayList<>();
        for (String code : area.indicators()) {
            Indicator i = indicators.get(code);
            if (i != null && i.periodicity() == periodicity) {
                out.add(i);
            }
        }
        out.sort(java.util.Comparator.comparingInt(Indicator::position));
        return out;
    }

    /**
     * The cells a period of this kind asks of a crime area: per indicator its total ({@code ""}) and each part of
     * each of its dimensions ({@code SEX=F}).
     */
    public List<Cell> cells(CrimeArea area, Periodicity periodicity) {
        List<Cell> out = new ArrayList<>();
        for (Indicator i : indicatorsOf(area, periodicity)) {
            out.add(new Cell(area.code(), i.code(), ""));
            for (String d : i.dimensions()) {
                for (DimensionValue v : parts(d)) {
                    out.add(new Cell(area.code(), i.code(), v.disaggregation()));
                }
            }
        }
        return out;
    }

    /** The totals a period of this kind expects from a member: one per crime area and indicator. */
    public int expectedTotals(Periodicity periodicity) {
        return crimeAreas.stream().mapToInt(a -> indicatorsOf(a, periodicity).size()).sum();
    }

    /** Whether the crime area collects the indicator in periods of this kind, with this disaggregation. */
    public boolean collects(String crimeArea, String indicator, String disaggregation, Periodicity periodicity) {
        return problem(crimeArea, indicator, disaggregation, periodicity) == null;
    }

    /** What is wrong with one field of a cell: {@code crimeArea}, {@code indicator} or {@code disaggregation}. */
    public record CellProblem(String field, String message) {
    }

    /**
     * What is wrong with a cell for a period of this kind, or null: an unknown crime area, indicator or part, or an
     * indicator the crime area does not collect or that is reported in other periods.
     */
    public CellProblem problem(String crimeArea, String indicator, String disaggregation, Periodicity periodicity) {
        CrimeArea area = crimeArea(crimeArea).orElse(null);
        if (area == null) {
            return new CellProblem("crimeArea", "'" + crimeArea + "' is not a crime area of classification version "
                    + version + ": the crime areas are " + String.join(", ",
                    crimeAreas.stream().map(CrimeArea::code).toList()));
        }
        Indicator i = indicators.get(indicator);
        if (i == null || !area.indicators().contains(indicator)) {
            return new CellProblem("indicator", "'" + indicator + "' is not collected for " + area.name()
                    + " (its indicators are " + String.join(", ", area.indicators()) + ")");
        }
        if (i.periodicity() != periodicity) {
            return new CellProblem("indicator", i.name() + " (" + indicator + ") is reported by "
                    + i.periodicity().name().toLowerCase(java.util.Locale.ROOT) + ", not in a "
                    + periodicity.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (disaggregation == null || disaggregation.isEmpty()) {
            return null;
        }
        int eq = disaggregation.indexOf('=');
        String d = eq < 0 ? disaggregation : disaggregation.substring(0, eq);
        String code = eq < 0 ? "" : disaggregation.substring(eq + 1);
        if (!i.dimensions().contains(d)) {
            return new CellProblem("disaggregation", "'" + disaggregation + "' is not a breakdown of " + indicator
                    + (i.dimensions().isEmpty() ? ", which has only a total: leave it empty"
                    : ": write DIMENSION=PART with a dimension of " + String.join(", ", i.dimensions())));
        }
        if (parts(d).stream().noneMatch(v -> v.code().equals(code))) {
            return new CellProblem("disaggregation", "'" + code + "' is not a part of " + d + ": the parts are "
                    + String.join(", ", parts(d).stream().map(DimensionValue::code).toList()));
        }
        return null;
    }

    /** A cell for people: "Fraud, Victims, Female". */
    public String label(Cell cell) {
        return label(cell.crimeArea(), cell.indicator(), cell.disaggregation());
    }

    public String label(String crimeArea, String indicator, String disaggregation) {
        return crimeArea(crimeArea).map(CrimeArea::name).orElse(crimeArea) + ", "
                + indicator(indicator).map(Indicator::name).orElse(indicator) + ", " + partName(disaggregation);
    }

    /** A readable name of a cell's part: "Female", or "Total". */
    public String partName(String disaggregation) {
        if (disaggregation == null || disaggregation.isEmpty()) {
            return "Total";
        }
        int eq = disaggregation.indexOf('=');
        if (eq < 0) {
            return disaggregation;
        }
        String d = disaggregation.substring(0, eq);
        String code = disaggregation.substring(eq + 1);
        return parts(d).stream().filter(v -> v.code().equals(code)).map(DimensionValue::name).findFirst()
                .orElse(disaggregation);
    }

    /** One value a form or a file asks for: crime area, indicator, and {@code ""} or {@code DIMENSION=CODE}. */
    public record Cell(String crimeArea, String indicator, String disaggregation) {
    }
}
