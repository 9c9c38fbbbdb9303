package org.eads.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.member.Member;
import org.eads.member.Members;
import org.eads.records.InvalidRecordException;
import org.eads.stats.internal.analysis.AnalysisCodes;
import org.eads.stats.internal.analysis.FactCells;
import org.eads.stats.internal.analysis.Figures;
import org.eads.stats.internal.analysis.PivotBuilder;
import org.eads.stats.internal.analysis.PivotFiles;
import org.eads.stats.internal.analysis.PopulationTable;
import org.eads.stats.internal.analysis.ResolvedFilter;
import org.eads.stats.internal.analysis.YearOnYear;
import org.springframework.stereotype.Service;

/**
 * Questions to the accepted statistics: series per member and for the region by year, quarter or month (counts and
 * rates per 100,000), comparisons of members for a year, year-on-year changes with their significance, seizure
 * trends by substance, firearm type or species group, and pivot tables with their exports.
 * <p>
 * Each question comes in two forms. With an {@link EadsUser} it is what dashboards and the API ask: the reader's
 * view is decided by {@link StatsSharing#visibility(EadsUser)} and the answer is audited. With a
 * {@link StatsVisibility} it is what a document written for an audience asks (the analytical report, which audits
 * its own generation): the same answer, for the audience's view, without an audit entry.
 */
@Service
public class StatsAnalysis {

    private final StatsSharing sharing;
    private final AnalysisCodes codes;
    private final FactCells facts;
    private final PopulationTable population;
    private final Members members;
    private final PivotBuilder pivots;
    private final PivotFiles files;
    private final AuditLog audit;

    public StatsAnalysis(StatsSharing sharing, AnalysisCodes codes, FactCells facts, PopulationTable population,
                         Members members, PivotBuilder pivots, PivotFiles files, AuditLog audit) {
        this.sharing = sharing;
        this.codes = codes;
        this.facts = facts;
        this.population = population;
        this.members = members;
        this.pivots = pivots;
        this.files = files;
        this.audit = audit;
    }

    public Series series(EadsUser user, StatsFilter filter) {
        Series s = series(sharing.visibility(user), filter);
        view(user, "series " + describe(s.crimeArea(), s.indicator(), s.part()) + " " + range(s.periods()) + " by "
                + s.step() + ", " + s.lines().size() + " lines");
        return s;
    }

    public MemberComparison comparison(EadsUser user, StatsFilter filter, Integer year) {
        MemberComparison c = comparison(sharing.visibility(user), filter, year);
        view(user, "comparison " + describe(c.crimeArea(), c.indicator(), c.part()) + " " + c.year() + ", "
                + c.members().size() + " members");
        return c;
    }

    public List<YearOnYearChange> yearOnYear(EadsUser user, StatsFilter filter, Integer year) {
        StatsVisibility v = sharing.visibility(user);
        List<YearOnYearChange> out = yearOnYear(v, filter, year);
        view(user, "year-on-year " + (out.isEmpty() ? "" : out.getFirst().previousYear() + "-" + out.getFirst().year())
                + " " + (filter.crimeArea() == null ? "" : filter.crimeArea()) + "/"
                + (filter.indicator() == null ? "" : filter.indicator()) + ", " + out.size() + " rows");
        return out;
    }

    public Series seizures(EadsUser user, StatsFilter filter) {
        Series s = seizures(sharing.visibility(user), filter);
        view(user, "seizures " + s.indicator() + " " + (s.crimeArea() == null ? "all crime areas" : s.crimeArea())
                + " " + range(s.periods()));
        return s;
    }

    public PivotTable pivot(EadsUser user, PivotQuery query) {
        PivotTable t = pivot(sharing.visibility(user), query);
        view(user, "pivot " + t.rows() + " x " + t.columns() + ", " + t.rowHeaders().size() + " x "
                + t.columnHeaders().size() + " cells");
        return t;
    }

    /** The pivot table as a file; audited as an export. */
    public StatsExport export(EadsUser user, PivotQuery query, StatsExport.Format format) {
        PivotTable t = pivot(sharing.visibility(user), query);
        StatsExport out = files.write(t, format);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.EXPORT, "STATS_PIVOT", null)
                .withDetails(format + " " + out.fileName() + ": " + t.rows() + " x " + t.columns() + ", "
                        + String.join("; ", t.filters())));
        return out;
    }

    /**
     * The filter with every default filled in for the reader, as the series would answer it: for a form that shows
     * what is shown. Not audited (nothing of the data is read but the latest year).
     */
    public StatsFilter resolve(StatsVisibility v, StatsFilter filter) {
        ResolvedFilter f = ResolvedFilter.of(filter, v, codes, memberNames(), facts.latestYear(v.inTotals()));
        return new StatsFilter(f.crimeArea().code(), f.indicator().code(), f.part().code(), f.members(), f.fromYear(),
                f.toYear(), f.step(), f.measure());
    }

    public Series series(StatsVisibility v, StatsFilter filter) {
        Map<String, String> names = memberNames();
        ResolvedFilter f = ResolvedFilter.of(filter, v, codes, names, facts.latestYear(v.inTotals()));
        List<String> periods = periods(f.fromYear(), f.toYear(), f.step());
        Map<String, Map<String, FactCells.Cell>> cells = byMemberAndPeriod(facts.cells(f.step(),
                List.of(f.crimeArea().code()), List.of(f.indicator().code()), List.of(f.part().code()), v.inTotals(),
                f.fromYear(), f.toYear()));
        Figures figures = new Figures(v, population.of(v.inTotals()), names);
        List<Series.Line> lines = new ArrayList<>();
        for (String m : f.members()) {
            Map<String, FactCells.Cell> mine = cells.getOrDefault(m, Map.of());
            lines.add(new Series.Line(m, null, names.get(m), periods.stream().map(p -> figures.member(m, p, yearOf(p),
                    mine.get(p), f.step().months())).toList()));
        }
        if (!v.inTotals().isEmpty()) {
            lines.add(new Series.Line(null, null, "Region", periods.stream().map(p -> figures.region(p, yearOf(p),
                    column(cells, v, p), f.step().months())).toList()));
        }
        return new Series(f.crimeArea().code(), f.crimeArea().name(), f.indicator().code(), f.indicator().name(),
                f.part().code(), f.part().name(), f.indicator().unit(), f.step(), f.measure(), periods, lines,
                notes(f.notes(), figures.notes()));
    }

    public MemberComparison comparison(StatsVisibility v, StatsFilter filter, Integer year) {
        Map<String, String> names = memberNames();
        ResolvedFilter f = ResolvedFilter.of(filter, v, codes, names, facts.latestYear(v.inTotals()));
        int y = year != null ? ResolvedFilter.years(year, year, null)[0] : f.toYear();
        Map<String, Map<String, FactCells.Cell>> cells = byMemberAndPeriod(facts.cells(StatsFilter.Step.YEAR,
                List.of(f.crimeArea().code()), List.of(f.indicator().code()), List.of(f.part().code()), v.inTotals(),
                y, y));
        Figures figures = new Figures(v, population.of(v.inTotals()), names);
        String period = Integer.toString(y);
        List<MemberComparison.Row> rows = new ArrayList<>();
        for (String m : f.members()) {
            rows.add(row(m, names.get(m), figures.member(m, period, y, cells.getOrDefault(m, Map.of()).get(period), 12)));
        }
        rows.sort(Comparator.comparing(MemberComparison.Row::rate, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(MemberComparison.Row::value, Comparator.nullsLast(Comparator.reverseOrder())));
        MemberComparison.Row region = v.inTotals().isEmpty() ? null
                : row(null, "Region", figures.region(period, y, column(cells, v, period), 12));
        return new MemberComparison(y, f.crimeArea().code(), f.crimeArea().name(), f.indicator().code(),
                f.indicator().name(), f.part().code(), f.part().name(), f.indicator().unit(), rows, region,
                notes(f.notes(), figures.notes()));
    }

    /**
     * The change from the year before {@code year} (default: the filter's last year) to it, for each member the
     * reader may see and for the region; the region compares only the members complete in both years.
     */
    public List<YearOnYearChange> yearOnYear(StatsVisibility v, StatsFilter filter, Integer year) {
        Map<String, String> names = memberNames();
        ResolvedFilter f = ResolvedFilter.of(filter, v, codes, names, facts.latestYear(v.inTotals()));
        int y = year != null ? ResolvedFilter.years(year - 1, year, null)[1] : f.toYear();
        Map<String, Map<String, FactCells.Cell>> cells = byMemberAndPeriod(facts.cells(StatsFilter.Step.YEAR,
                List.of(f.crimeArea().code()), List.of(f.indicator().code()), List.of(f.part().code()), v.inTotals(),
                y - 1, y));
        return new YearOnYear(v, population.of(v.inTotals()), names, f.indicator()).changes(f.members(), cells, y);
    }

    /**
     * Seizures of one seizure indicator (default: the one of the filter's crime area) by each part of its
     * disaggregation, as regional totals by year. Without a crime area, seizures recorded under every crime area
     * are summed.
     */
    public Series seizures(StatsVisibility v, StatsFilter filter) {
        Map<String, String> names = memberNames();
        AnalysisCodes.CrimeArea area = filter.crimeArea() == null || filter.crimeArea().isBlank() ? null
                : codes.crimeArea(filter.crimeArea(), "crimeArea");
        AnalysisCodes.Indicator indicator = codes.indicator(filter.indicator() == null || filter.indicator().isBlank()
                ? seizureIndicatorOf(area == null ? null : area.code()) : filter.indicator(), "indicator");
        if (indicator.dimensions().isEmpty()) {
            throw new InvalidRecordException("indicator", indicator.code() + " has no disaggregation to show "
                    + "seizures by: use SEIZED_DRUGS_KG, SEIZED_FIREARMS or SEIZED_WILDLIFE");
        }
        int[] years = ResolvedFilter.years(filter.fromYear(), filter.toYear(), facts.latestYear(v.inTotals()));
        List<AnalysisCodes.Part> parts = codes.dimensionParts(indicator.dimensions().getFirst());
        List<String> areas = area != null ? List.of(area.code())
                : codes.crimeAreas().stream().map(AnalysisCodes.CrimeArea::code).toList();
        List<FactCells.Cell> found = facts.cells(StatsFilter.Step.YEAR, areas, List.of(indicator.code()),
                parts.stream().map(AnalysisCodes.Part::code).toList(), v.inTotals(), years[0], years[1]);
        // per part, member and year, summed over crime areas
        Map<String, Map<String, Map<String, FactCells.Cell>>> byPart = new HashMap<>();
        found.stream().collect(Collectors.groupingBy(c -> c.part() + "|" + c.member() + "|" + c.period()))
                .forEach((k, list) -> {
                    FactCells.Cell c = Figures.merge(list);
                    byPart.computeIfAbsent(c.part(), p -> new HashMap<>()).computeIfAbsent(c.member(),
                            m -> new HashMap<>()).put(c.period(), c);
                });
        List<String> periods = periods(years[0], years[1], StatsFilter.Step.YEAR);
        Figures figures = new Figures(v, population.of(v.inTotals()), names);
        List<Series.Line> lines = new ArrayList<>();
        for (AnalysisCodes.Part part : parts) {
            Map<String, Map<String, FactCells.Cell>> cells = byPart.getOrDefault(part.code(), Map.of());
            lines.add(new Series.Line(null, part.code(), part.name().substring(part.name().indexOf(": ") + 2),
                    periods.stream().map(p -> figures.region(p, yearOf(p), column(cells, v, p), 12)).toList()));
        }
        return new Series(area == null ? null : area.code(), area == null ? "All crime areas" : area.name(),
                indicator.code(), indicator.name(), null, null, indicator.unit(), StatsFilter.Step.YEAR,
                StatsFilter.Measure.COUNT, periods, lines, figures.notes());
    }

    public PivotTable pivot(StatsVisibility v, PivotQuery query) {
        return pivots.build(v, query, memberNames(), facts.latestYear(v.inTotals()));
    }

    /** The seizure indicator that fits a crime area: drugs by weight unless the area is about arms or wildlife. */
    public static String seizureIndicatorOf(String crimeArea) {
        if (crimeArea == null) {
            return "SEIZED_DRUGS_KG";
        }
        return switch (crimeArea) {
            case "ARMS_SMUGGLING", "TERRORISM" -> "SEIZED_FIREARMS";
            case "WILDLIFE_CRIME" -> "SEIZED_WILDLIFE";
            default -> "SEIZED_DRUGS_KG";
        };
    }

    private static MemberComparison.Row row(String member, String name, Series.Point p) {
        return new MemberComparison.Row(member, name, p.value(), p.rate(), p.complete(), p.population(),
                p.populationYear());
    }

    /** Names of the ASEANAPOL members by code. */
    private Map<String, String> memberNames() {
        return members.countries().stream().collect(Collectors.toMap(Member::code, Member::name, (a, b) -> a,
                LinkedHashMap::new));
    }

    private static Map<String, Map<String, FactCells.Cell>> byMemberAndPeriod(List<FactCells.Cell> cells) {
        Map<String, Map<String, FactCells.Cell>> out = new HashMap<>();
        for (FactCells.Cell c : cells) {
            out.computeIfAbsent(c.member(), m -> new HashMap<>()).put(c.period(), c);
        }
        return out;
    }

    /** Every member's cell of one period, for the members the reader's totals include. */
    private static Map<String, FactCells.Cell> column(Map<String, Map<String, FactCells.Cell>> cells,
                                                      StatsVisibility v, String period) {
        Map<String, FactCells.Cell> out = new HashMap<>();
        for (String m : v.inTotals()) {
            FactCells.Cell c = cells.getOrDefault(m, Map.of()).get(period);
            if (c != null) {
                out.put(m, c);
            }
        }
        return out;
    }

    /** The periods of a step from the first year to the last: {@code 2025}, {@code 2025-Q1}, {@code 2025-01}. */
    static List<String> periods(int from, int to, StatsFilter.Step step) {
        List<String> out = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            switch (step) {
                case YEAR -> out.add(Integer.toString(y));
                case QUARTER -> {
                    for (int q = 1; q <= 4; q++) {
                        out.add(y + "-Q" + q);
                    }
                }
                case MONTH -> {
                    for (int m = 1; m <= 12; m++) {
                        out.add(y + "-" + (m < 10 ? "0" : "") + m);
                    }
                }
            }
        }
        return out;
    }

    private static int yearOf(String period) {
        return Integer.parseInt(period.substring(0, 4));
    }

    private static List<String> notes(List<String> first, List<String> then) {
        List<String> out = new ArrayList<>(first);
        out.addAll(then);
        return List.copyOf(out);
    }

    private void view(EadsUser user, String details) {
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_VIEW, "STATS_ANALYSIS",
                null).withDetails(details));
    }

    private static String describe(String crimeArea, String indicator, String part) {
        return crimeArea + "/" + indicator + (part == null || part.isEmpty() ? "" : "/" + part);
    }

    private static String range(List<String> periods) {
        return periods.isEmpty() ? "" : periods.getFirst() + ".." + periods.getLast();
    }
}
