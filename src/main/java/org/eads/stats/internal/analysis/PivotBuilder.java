package org.eads.stats.internal.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eads.records.InvalidRecordException;
import org.eads.stats.PivotQuery;
import org.eads.stats.PivotQuery.Dimension;
import org.eads.stats.PivotTable;
import org.eads.stats.StatsFilter;
import org.eads.stats.StatsVisibility;
import org.springframework.stereotype.Component;

/**
 * Builds pivot tables of yearly figures from one query of members' yearly sums: each cell gathers its members'
 * sums, and a regional cell (members summed, or the "Region" row or column) sums only what the reader's
 * {@link StatsVisibility} allows.
 */
@Component
public class PivotBuilder {

    /** The row or column that holds the regional total when members are a dimension. */
    public static final String REGION = "REGION";
    /** Member x crime area x indicator x part x year combinations one table may read. */
    static final int MAX_COMBINATIONS = 250_000;

    private final AnalysisCodes codes;
    private final FactCells facts;
    private final PopulationTable population;

    PivotBuilder(AnalysisCodes codes, FactCells facts, PopulationTable population) {
        this.codes = codes;
        this.facts = facts;
        this.population = population;
    }

    /** One member's sums in one cell: their total, whether each was complete, and the years they cover. */
    private static final class MemberSum {
        BigDecimal value;
        boolean complete = true;
        final Set<Integer> years = new HashSet<>();
    }

    public PivotTable build(StatsVisibility v, PivotQuery q, Map<String, String> names, Integer latestYear) {
        Dimension rows = q.rows() == null ? Dimension.MEMBER : q.rows();
        Dimension columns = q.columns() == null ? (rows == Dimension.YEAR ? Dimension.MEMBER : Dimension.YEAR)
                : q.columns();
        if (rows == columns) {
            throw new InvalidRecordException("columns", "choose another dimension than the rows (" + rows + ")");
        }
        Set<Dimension> shown = Set.of(rows, columns);
        List<String> notes = new ArrayList<>();

        List<AnalysisCodes.CrimeArea> areas = new ArrayList<>();
        for (String code : split(q.crimeAreas())) {
            areas.add(codes.crimeArea(code, "crimeAreas"));
        }
        if (areas.isEmpty()) {
            areas.addAll(codes.crimeAreas());
        }
        List<AnalysisCodes.Indicator> indicators = new ArrayList<>();
        for (String code : split(q.indicators())) {
            indicators.add(codes.indicator(code, "indicators"));
        }
        if (indicators.isEmpty()) {
            indicators.add(codes.indicator("CASES", "indicators"));
        }
        if (!shown.contains(Dimension.INDICATOR) && indicators.size() > 1) {
            throw new InvalidRecordException("indicators", "choose one indicator, or make indicators the rows or "
                    + "columns: figures in different units do not add up");
        }
        Map<String, AnalysisCodes.Part> parts = new LinkedHashMap<>();
        if (shown.contains(Dimension.PART)) {
            indicators.forEach(i -> codes.parts(i).forEach(p -> parts.putIfAbsent(p.code(), p)));
        } else {
            parts.put("", new AnalysisCodes.Part("", "Total"));
        }
        int[] years = ResolvedFilter.years(q.fromYear(), q.toYear(), latestYear);
        List<String> members = shown.contains(Dimension.MEMBER)
                ? ResolvedFilter.members(q.members(), v, names, notes) : List.of();
        long combinations = (long) areas.size() * indicators.size() * parts.size() * (years[1] - years[0] + 1)
                * Math.max(1, v.inTotals().size());
        if (combinations > MAX_COMBINATIONS) {
            throw new InvalidRecordException("crimeAreas", "the table would read " + combinations + " yearly "
                    + "figures: choose fewer crime areas, indicators or years (at most " + MAX_COMBINATIONS + ")");
        }
        StatsFilter.Measure measure = q.measure() == null ? StatsFilter.Measure.COUNT : q.measure();

        Map<Dimension, List<PivotTable.Header>> domains = new LinkedHashMap<>();
        List<PivotTable.Header> memberHeaders = new ArrayList<>(members.stream()
                .map(m -> new PivotTable.Header(m, names.get(m))).toList());
        if (!v.inTotals().isEmpty()) {
            memberHeaders.add(new PivotTable.Header(REGION, "Region"));
        }
        domains.put(Dimension.MEMBER, memberHeaders);
        List<PivotTable.Header> yearHeaders = new ArrayList<>();
        for (int y = years[0]; y <= years[1]; y++) {
            yearHeaders.add(new PivotTable.Header(Integer.toString(y), Integer.toString(y)));
        }
        domains.put(Dimension.YEAR, yearHeaders);
        domains.put(Dimension.CRIME_AREA, areas.stream().map(a -> new PivotTable.Header(a.code(), a.name())).toList());
        domains.put(Dimension.INDICATOR, indicators.stream()
                .map(i -> new PivotTable.Header(i.code(), i.name() + " (" + i.unit() + ")")).toList());
        domains.put(Dimension.PART, parts.values().stream().map(p -> new PivotTable.Header(p.code(), p.name())).toList());

        List<FactCells.Cell> found = facts.cells(StatsFilter.Step.YEAR, areas.stream().map(AnalysisCodes.CrimeArea::code)
                        .toList(), indicators.stream().map(AnalysisCodes.Indicator::code).toList(), parts.keySet(),
                v.inTotals(), years[0], years[1]);
        // row code, then column code, then member: that member's sums falling in the cell
        Map<String, Map<String, Map<String, MemberSum>>> grouped = new HashMap<>();
        Set<String> shownMembers = new HashSet<>(members);
        for (FactCells.Cell c : found) {
            for (String r : keys(rows, c, shownMembers)) {
                for (String col : keys(columns, c, shownMembers)) {
                    MemberSum s = grouped.computeIfAbsent(r, k -> new HashMap<>())
                            .computeIfAbsent(col, k -> new HashMap<>()).computeIfAbsent(c.member(), k -> new MemberSum());
                    if (c.value() != null) {
                        s.value = s.value == null ? c.value() : s.value.add(c.value());
                        s.years.add(Integer.parseInt(c.period()));
                    }
                    s.complete &= c.value() != null && c.monthsReported() >= 12;
                }
            }
        }
        int yearsExpected = shown.contains(Dimension.YEAR) ? 1 : years[1] - years[0] + 1;
        Figures figures = new Figures(v, population.of(v.inTotals()), names);
        List<List<PivotTable.Cell>> table = new ArrayList<>();
        for (PivotTable.Header r : domains.get(rows)) {
            List<PivotTable.Cell> line = new ArrayList<>();
            for (PivotTable.Header c : domains.get(columns)) {
                Map<String, MemberSum> sums = grouped.getOrDefault(r.code(), Map.of()).getOrDefault(c.code(), Map.of());
                boolean regional = !shown.contains(Dimension.MEMBER)
                        || (rows == Dimension.MEMBER ? r.code() : c.code()).equals(REGION);
                line.add(cell(sums, regional, yearsExpected, v, figures));
            }
            table.add(line);
        }
        notes.addAll(figures.notes());
        return new PivotTable(rows, columns, measure, years[0], years[1], domains.get(rows), domains.get(columns), table,
                filters(shown, areas, indicators, years, measure), notes);
    }

    /** The row or column codes a member's yearly sum counts under: its own member and the region. */
    private static List<String> keys(Dimension d, FactCells.Cell c, Set<String> shownMembers) {
        return switch (d) {
            case MEMBER -> shownMembers.contains(c.member()) ? List.of(c.member(), REGION) : List.of(REGION);
            case YEAR -> List.of(c.period());
            case CRIME_AREA -> List.of(c.crimeArea());
            case INDICATOR -> List.of(c.indicator());
            case PART -> List.of(c.part());
        };
    }

    private static PivotTable.Cell cell(Map<String, MemberSum> sums, boolean regional, int yearsExpected,
                                        StatsVisibility v, Figures figures) {
        Set<String> summed;
        boolean withheld = false;
        boolean complete;
        if (regional) {
            List<String> contributors = sums.entrySet().stream().filter(e -> e.getValue().value != null)
                    .map(Map.Entry::getKey).toList();
            StatsVisibility.Total total = v.total(contributors);
            summed = total.members();
            withheld = total.withheld();
            if (withheld) {
                figures.withheld();
            }
            complete = true;
            for (String m : v.inTotals()) {
                MemberSum s = sums.get(m);
                complete &= s != null && s.value != null && s.complete && s.years.size() == yearsExpected;
            }
        } else {
            summed = new LinkedHashSet<>(sums.keySet());
            MemberSum s = sums.isEmpty() ? null : sums.values().iterator().next();
            complete = s != null && s.value != null && s.complete && s.years.size() == yearsExpected;
        }
        BigDecimal value = null;
        long people = 0;
        boolean everyPopulation = true;
        for (String m : summed) {
            MemberSum s = sums.get(m);
            if (s.value == null) {
                continue;
            }
            value = value == null ? s.value : value.add(s.value);
            for (int y : s.years) {
                PopulationTable.Population p = figures.population(m, y);
                if (p == null) {
                    everyPopulation = false;
                } else {
                    people += p.people();
                }
            }
        }
        return new PivotTable.Cell(value, Figures.rate(value, value != null && everyPopulation ? people : null),
                complete, withheld);
    }

    private static List<String> filters(Set<Dimension> shown, List<AnalysisCodes.CrimeArea> areas,
                                        List<AnalysisCodes.Indicator> indicators, int[] years,
                                        StatsFilter.Measure measure) {
        List<String> out = new ArrayList<>();
        if (!shown.contains(Dimension.CRIME_AREA)) {
            out.add("Crime areas: " + (areas.size() == 1 ? areas.getFirst().name()
                    : areas.size() + " summed (" + String.join(", ", areas.stream().map(AnalysisCodes.CrimeArea::name)
                    .toList()) + ")"));
        }
        if (!shown.contains(Dimension.INDICATOR)) {
            AnalysisCodes.Indicator i = indicators.getFirst();
            out.add("Indicator: " + i.name() + " (" + i.unit() + ")");
        }
        if (!shown.contains(Dimension.PART)) {
            out.add("Part: total");
        }
        out.add("Years: " + years[0] + (years[1] > years[0] ? "-" + years[1] : "")
                + (shown.contains(Dimension.YEAR) || years[0] == years[1] ? "" : ", summed"));
        if (!shown.contains(Dimension.MEMBER)) {
            out.add("Members: regional total");
        }
        out.add(measure == StatsFilter.Measure.RATE ? "Rate per 100,000 inhabitants" : "Count");
        return out;
    }

    /** Codes given as a list, each possibly a comma-separated list. */
    private static List<String> split(List<String> given) {
        List<String> out = new ArrayList<>();
        for (String g : given) {
            for (String s : g.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.strip().toUpperCase(Locale.ROOT));
                }
            }
        }
        return out;
    }
}
