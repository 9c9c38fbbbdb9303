package org.eads.stats.internal.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eads.stats.Series;
import org.eads.stats.StatsVisibility;

/**
 * Turns members' sums for a period into the points of a series: rates per 100,000 with the population of the
 * period's year, completeness, and regional totals summed only as the reader's {@link StatsVisibility} allows.
 * Collects, as it goes, the notes the reader needs (a population year used for a later year, a total that left a
 * member out).
 */
public final class Figures {

    private static final BigDecimal HUNDRED_THOUSAND = BigDecimal.valueOf(100_000);

    private final StatsVisibility visibility;
    private final PopulationTable.Populations populations;
    private final Map<String, String> memberNames;
    private final Set<String> notes = new LinkedHashSet<>();
    private boolean withheld;

    public Figures(StatsVisibility visibility, PopulationTable.Populations populations, Map<String, String> memberNames) {
        this.visibility = visibility;
        this.populations = populations;
        this.memberNames = memberNames;
    }

    /** One member's point: its sum for the period (null cell: nothing reported). */
    public Series.Point member(String member, String period, int year, FactCells.Cell cell, int monthsExpected) {
        BigDecimal value = cell == null ? null : cell.value();
        int months = cell == null ? 0 : cell.monthsReported();
        PopulationTable.Population pop = population(member, year);
        return new Series.Point(period, value, rate(value, pop == null ? null : pop.people()),
                value != null && months >= monthsExpected, months, monthsExpected,
                cell == null ? 0 : cell.notAvailable(), pop == null ? null : pop.people(),
                pop == null ? null : pop.year(), value == null ? 0 : 1, false);
    }

    /**
     * The regional point: the sum of the members' cells that the reader's totals may hold. It is complete when every
     * member the totals include reported every month of the period.
     */
    public Series.Point region(String period, int year, Map<String, FactCells.Cell> byMember, int monthsExpected) {
        List<String> contributors = new ArrayList<>();
        byMember.forEach((m, c) -> {
            if (c != null && c.value() != null) {
                contributors.add(m);
            }
        });
        StatsVisibility.Total total = visibility.total(contributors);
        if (total.withheld()) {
            withheld = true;
        }
        BigDecimal value = null;
        long people = 0;
        boolean everyPopulation = true;
        int notAvailable = 0;
        for (String m : total.members()) {
            FactCells.Cell c = byMember.get(m);
            value = value == null ? c.value() : value.add(c.value());
            notAvailable += c.notAvailable();
            PopulationTable.Population pop = population(m, year);
            if (pop == null) {
                everyPopulation = false;
            } else {
                people += pop.people();
            }
        }
        boolean complete = value != null;
        for (String m : visibility.inTotals()) {
            FactCells.Cell c = byMember.get(m);
            complete &= c != null && c.value() != null && c.monthsReported() >= monthsExpected;
        }
        Long population = value != null && everyPopulation ? people : null;
        return new Series.Point(period, value, rate(value, population), complete, 0, monthsExpected, notAvailable,
                population, population == null ? null : year, total.members().size(), total.withheld());
    }

    /** Notes that a regional figure left out a lone member shown only in totals. */
    public void withheld() {
        withheld = true;
    }

    /** Population of a member in a year, noting when a later year uses the table's latest. */
    public PopulationTable.Population population(String member, int year) {
        PopulationTable.Population pop = populations.of(member, year);
        if (pop == null) {
            notes.add("No population is known for " + name(member) + " in " + year + ": no rate for it.");
        } else if (pop.year() < year) {
            notes.add("Rates for " + year + " use the population of " + pop.year()
                    + ", the latest year in the population table.");
        }
        return pop;
    }

    /** Per 100,000 inhabitants. */
    public static Double rate(BigDecimal value, Long population) {
        if (value == null || population == null || population <= 0) {
            return null;
        }
        return value.multiply(HUNDRED_THOUSAND).divide(BigDecimal.valueOf(population), MathContext.DECIMAL64)
                .doubleValue();
    }

    /** Several cells of one member summed (a seizure over crime areas): complete only if each one is. */
    public static FactCells.Cell merge(Collection<FactCells.Cell> cells) {
        FactCells.Cell first = cells.iterator().next();
        BigDecimal value = null;
        int months = Integer.MAX_VALUE;
        int notAvailable = 0;
        for (FactCells.Cell c : cells) {
            if (c.value() != null) {
                value = value == null ? c.value() : value.add(c.value());
            }
            months = Math.min(months, c.monthsReported());
            notAvailable += c.notAvailable();
        }
        return new FactCells.Cell(first.member(), first.crimeArea(), first.indicator(), first.part(), first.period(),
                value, months, notAvailable);
    }

    private String name(String member) {
        return memberNames.getOrDefault(member, member);
    }

    /** The notes on the visibility of totals and on what was computed, for the reader. */
    public List<String> notes() {
        List<String> out = new ArrayList<>(visibilityNotes(visibility, memberNames));
        if (withheld) {
            out.add("Regional figures marked \u2021 (withheld) leave out the one member in them that shares only in "
                    + "regional totals: with every other member's figure shown, its own could be worked out.");
        }
        out.addAll(notes);
        return out;
    }

    /** What the reader's regional totals hold and leave out, in words. */
    public static List<String> visibilityNotes(StatsVisibility v, Map<String, String> memberNames) {
        List<String> out = new ArrayList<>();
        if (v.audience() == StatsVisibility.Audience.PARTNER) {
            out.add("Dialogue partners see regional totals only.");
        }
        List<String> hidden = v.hiddenInTotals().stream().map(m -> memberNames.getOrDefault(m, m)).sorted().toList();
        if (!hidden.isEmpty() && v.audience() != StatsVisibility.Audience.PARTNER) {
            out.add("Regional totals include " + String.join(", ", hidden)
                    + ", whose own figures are shared only in regional totals.");
        }
        v.leftOut().forEach((m, why) -> out.add("Regional totals leave out " + memberNames.getOrDefault(m, m)
                + ", which " + why + "."));
        return out;
    }
}
