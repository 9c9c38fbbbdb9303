package org.eads.stats.internal.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eads.records.InvalidRecordException;
import org.eads.records.Problems;
import org.eads.stats.StatsFilter;
import org.eads.stats.StatsVisibility;

/**
 * A {@link StatsFilter} checked and completed with its defaults for one reader: codes known, years in order, the
 * step no finer than the indicator is reported by, and only members the reader may see individually.
 *
 * @param notes what was changed from the question, in words (a member left out, a coarser step)
 */
public record ResolvedFilter(AnalysisCodes.CrimeArea crimeArea, AnalysisCodes.Indicator indicator,
                             AnalysisCodes.Part part, List<String> members, int fromYear, int toYear,
                             StatsFilter.Step step, StatsFilter.Measure measure, List<String> notes) {

    /** The longest span a question may cover. */
    static final int MAX_YEARS = 50;

    public static ResolvedFilter of(StatsFilter f, StatsVisibility v, AnalysisCodes codes, Map<String, String> names,
                                    Integer latestYear) {
        List<String> notes = new ArrayList<>();
        var area = f.crimeArea() == null || f.crimeArea().isBlank() ? codes.crimeAreas().getFirst()
                : codes.crimeArea(f.crimeArea(), "crimeArea");
        var indicator = f.indicator() == null || f.indicator().isBlank()
                ? codes.indicators().stream().filter(i -> i.code().equals("CASES")).findFirst()
                .orElse(codes.indicators().getFirst())
                : codes.indicator(f.indicator(), "indicator");
        var part = codes.part(indicator, f.part(), "part");
        int[] years = years(f.fromYear(), f.toYear(), latestYear);
        StatsFilter.Step step = f.step() == null ? StatsFilter.Step.YEAR : f.step();
        if (step.months() < indicator.reportedBy().months()) {
            notes.add(indicator.name() + " is reported by " + word(indicator.reportedBy()) + ": shown by "
                    + word(indicator.reportedBy()) + ".");
            step = indicator.reportedBy();
        }
        return new ResolvedFilter(area, indicator, part, members(f.members(), v, names, notes), years[0], years[1],
                step, f.measure() == null ? StatsFilter.Measure.COUNT : f.measure(), List.copyOf(notes));
    }

    /** From and to, defaulting to the five years up to the latest year with data. */
    public static int[] years(Integer from, Integer to, Integer latestYear) {
        Problems p = new Problems();
        int last = to != null ? to : latestYear != null ? latestYear : java.time.Year.now().getValue() - 1;
        int first = from != null ? from : last - 4;
        if (from != null && (from < 1900 || from > 2200)) {
            p.add("fromYear", "must be a year between 1900 and 2200");
        }
        if (to != null && (to < 1900 || to > 2200)) {
            p.add("toYear", "must be a year between 1900 and 2200");
        }
        if (first > last) {
            p.add("fromYear", "must not be after toYear (" + last + ")");
        } else if (last - first >= MAX_YEARS) {
            p.add("fromYear", "a question covers at most " + MAX_YEARS + " years");
        }
        p.throwIfAny();
        return new int[] {first, last};
    }

    /**
     * The members asked for that the reader may see individually, in the order of their names; all of those when
     * none are asked for. A member the reader may not see is left out with a note; a code that is no member is a
     * mistake.
     */
    static List<String> members(List<String> asked, StatsVisibility v, Map<String, String> names, List<String> notes) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String a : asked) {
            for (String code : a.split(",")) {
                String c = code.strip().toUpperCase(Locale.ROOT);
                if (c.isEmpty()) {
                    continue;
                }
                if (!names.containsKey(c)) {
                    throw new InvalidRecordException("members", "'" + code.strip() + "' is not an ASEANAPOL member:"
                            + " use ISO alpha-3 codes such as " + String.join(", ", names.keySet().stream().sorted()
                            .limit(3).toList()));
                }
                wanted.add(c);
            }
        }
        boolean all = wanted.isEmpty();
        if (all) {
            wanted.addAll(names.keySet());
        }
        List<String> out = new ArrayList<>();
        for (String m : wanted) {
            if (v.seesIndividually(m)) {
                out.add(m);
            } else if (!all) {
                notes.add(names.get(m) + " is not shown on its own: " + (v.countsInTotals(m)
                        ? "you see its statistics only in regional totals." : "it " + v.leftOut().getOrDefault(m,
                        "does not share its statistics with you") + "."));
            }
        }
        out.sort(java.util.Comparator.comparing(names::get));
        return List.copyOf(out);
    }

    private static String word(StatsFilter.Step step) {
        return step.name().toLowerCase(Locale.ROOT);
    }
}
