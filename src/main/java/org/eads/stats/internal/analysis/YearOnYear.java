package org.eads.stats.internal.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eads.stats.StatsVisibility;
import org.eads.stats.YearOnYearChange;
import org.eads.stats.YearOnYearChange.Verdict;

/**
 * Year-on-year changes of one indicator, each judged by the {@link ExactPoissonTest} with the populations of the two
 * years as exposures. Only complete years are compared (a year missing months would look like a fall); amounts,
 * weights and units seized are shown as a change but not tested, as they are not counts of events.
 */
public final class YearOnYear {

    private static final double SIGNIFICANCE = 0.05;

    private final StatsVisibility visibility;
    private final PopulationTable.Populations populations;
    private final Map<String, String> names;
    private final AnalysisCodes.Indicator indicator;

    public YearOnYear(StatsVisibility visibility, PopulationTable.Populations populations, Map<String, String> names,
                      AnalysisCodes.Indicator indicator) {
        this.visibility = visibility;
        this.populations = populations;
        this.names = names;
        this.indicator = indicator;
    }

    /** A change per member shown, then the region's. {@code cells}: member, then year, then the year's sum. */
    public List<YearOnYearChange> changes(List<String> members, Map<String, Map<String, FactCells.Cell>> cells,
                                          int year) {
        String now = Integer.toString(year);
        String before = Integer.toString(year - 1);
        List<YearOnYearChange> out = new ArrayList<>();
        for (String m : members) {
            Map<String, FactCells.Cell> mine = cells.getOrDefault(m, Map.of());
            FactCells.Cell c1 = mine.get(before);
            FactCells.Cell c2 = mine.get(now);
            String missing = missing(c1, year - 1);
            missing = missing != null ? missing : missing(c2, year);
            out.add(judge(m, names.get(m), year, value(c1), value(c2), population(m, year - 1),
                    population(m, year), missing));
        }
        if (!visibility.inTotals().isEmpty()) {
            out.add(region(cells, year));
        }
        return out;
    }

    private YearOnYearChange region(Map<String, Map<String, FactCells.Cell>> cells, int year) {
        List<String> complete = new ArrayList<>();
        for (String m : visibility.inTotals()) {
            Map<String, FactCells.Cell> mine = cells.getOrDefault(m, Map.of());
            if (missing(mine.get(Integer.toString(year - 1)), year - 1) == null
                    && missing(mine.get(Integer.toString(year)), year) == null) {
                complete.add(m);
            }
        }
        StatsVisibility.Total total = visibility.total(complete);
        if (total.members().isEmpty()) {
            return judge(null, "Region", year, null, null, null, null,
                    "No member the regional total includes has both years complete.");
        }
        BigDecimal v1 = BigDecimal.ZERO;
        BigDecimal v2 = BigDecimal.ZERO;
        Long p1 = 0L;
        Long p2 = 0L;
        for (String m : total.members()) {
            v1 = v1.add(cells.get(m).get(Integer.toString(year - 1)).value());
            v2 = v2.add(cells.get(m).get(Integer.toString(year)).value());
            p1 = add(p1, population(m, year - 1));
            p2 = add(p2, population(m, year));
        }
        List<String> notes = new ArrayList<>();
        if (total.members().size() < visibility.inTotals().size()) {
            notes.add("Compares the " + total.members().size() + " of " + visibility.inTotals().size()
                    + " members complete in both years.");
        }
        if (total.withheld()) {
            notes.add("Leaves out the one member in it that shares only in totals.");
        }
        YearOnYearChange c = judge(null, "Region", year, v1, v2, p1, p2, null);
        return notes.isEmpty() ? c : withNote(c, String.join(" ", notes));
    }

    /** Compares two years' figures; {@code missing} says why they cannot be compared, when they cannot. */
    YearOnYearChange judge(String member, String name, int year, BigDecimal v1, BigDecimal v2, Long p1, Long p2,
                           String missing) {
        Double r1 = Figures.rate(v1, p1);
        Double r2 = Figures.rate(v2, p2);
        Double percent = percentChange(r1 != null && r2 != null ? BigDecimal.valueOf(r1) : v1,
                r1 != null && r2 != null ? BigDecimal.valueOf(r2) : v2);
        if (missing != null) {
            return new YearOnYearChange(member, name, member == null, year - 1, year, v1, v2, p1, p2, r1, r2, null,
                    null, null, null, null, Verdict.NOT_TESTED, false, missing);
        }
        if (!indicator.counts()) {
            return new YearOnYearChange(member, name, member == null, year - 1, year, v1, v2, p1, p2, r1, r2, percent,
                    null, null, null, null, Verdict.NOT_TESTED, false, "Weights, units seized and amounts are not "
                    + "counts of events: the change is not tested.");
        }
        long n1 = v1.setScale(0, RoundingMode.HALF_UP).longValueExact();
        long n2 = v2.setScale(0, RoundingMode.HALF_UP).longValueExact();
        boolean small = Math.min(n1, n2) < YearOnYearChange.SMALL_COUNT;
        if (n1 + n2 == 0) {
            return new YearOnYearChange(member, name, member == null, year - 1, year, v1, v2, p1, p2, r1, r2, null,
                    null, null, null, null, Verdict.NOT_TESTED, true, "No cases in either year.");
        }
        boolean exposures = p1 != null && p2 != null;
        ExactPoissonTest.Result t = ExactPoissonTest.compare(n1, exposures ? p1 : 1, n2, exposures ? p2 : 1);
        Verdict verdict = t.pValue() >= SIGNIFICANCE ? Verdict.WITHIN_NORMAL_VARIATION
                : t.rateRatio() > 1 ? Verdict.SIGNIFICANT_INCREASE : Verdict.SIGNIFICANT_DECREASE;
        return new YearOnYearChange(member, name, member == null, year - 1, year, v1, v2, p1, p2, r1, r2, percent,
                finite(t.rateRatio()), finite(t.low()), finite(t.high()), t.pValue(), verdict, small,
                exposures ? null : "No population for both years: the counts are compared as they are.");
    }

    private static YearOnYearChange withNote(YearOnYearChange c, String note) {
        return new YearOnYearChange(c.member(), c.name(), c.region(), c.previousYear(), c.year(), c.previous(),
                c.current(), c.previousPopulation(), c.currentPopulation(), c.previousRate(), c.currentRate(),
                c.percentChange(), c.rateRatio(), c.ratioLow(), c.ratioHigh(), c.pValue(), c.verdict(),
                c.smallCounts(), c.note() == null ? note : c.note() + " " + note);
    }

    /** Why a year's figure cannot be compared, or null when it can. */
    private static String missing(FactCells.Cell c, int year) {
        if (c == null || c.value() == null) {
            return "No figure for " + year + ".";
        }
        if (c.monthsReported() < 12) {
            return year + " is incomplete (" + c.monthsReported() + " of 12 months).";
        }
        return null;
    }

    private static BigDecimal value(FactCells.Cell c) {
        return c == null ? null : c.value();
    }

    private Long population(String member, int year) {
        PopulationTable.Population p = populations.of(member, year);
        return p == null ? null : p.people();
    }

    private static Long add(Long sum, Long more) {
        return sum == null || more == null ? null : sum + more;
    }

    private static Double percentChange(BigDecimal before, BigDecimal after) {
        if (before == null || after == null || before.signum() == 0) {
            return null;
        }
        return (after.doubleValue() / before.doubleValue() - 1) * 100;
    }

    private static Double finite(double d) {
        return Double.isFinite(d) ? d : null;
    }
}
