package org.eads.stats;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one reader may see of which member's accepted statistics: {@link StatsSharing} decides it from the members'
 * sharing choices, and every query, chart, pivot, export and report reads it from here and nowhere else.
 *
 * @param audience     who reads: the Secretariat, a member (its own member in {@code viewerMember}, or none for a
 *                     report written for every member) or a dialogue partner
 * @param viewerMember the reader's own member, whose figures it always sees; null for a report's general audience
 * @param individually members whose own figures the reader may see
 * @param inTotals     members whose figures count in the regional totals the reader sees (the individually visible
 *                     ones and those shared only in totals)
 * @param leftOut      members whose figures the reader sees nowhere, not even in totals, with the reason
 */
public record StatsVisibility(Audience audience, String viewerMember, Set<String> individually, Set<String> inTotals,
                              Map<String, String> leftOut) {

    /** Who a visibility is for. */
    public enum Audience {
        SECRETARIAT, MEMBER, PARTNER
    }

    public StatsVisibility {
        individually = Set.copyOf(individually);
        inTotals = Set.copyOf(inTotals);
        leftOut = Map.copyOf(new TreeMap<>(leftOut));
    }

    public boolean seesIndividually(String member) {
        return individually.contains(member);
    }

    public boolean countsInTotals(String member) {
        return inTotals.contains(member);
    }

    /** Members the reader sees in totals only: their own figures must never be recoverable from what is shown. */
    public Set<String> hiddenInTotals() {
        Set<String> hidden = new LinkedHashSet<>(inTotals);
        hidden.removeAll(individually);
        return hidden;
    }

    /**
     * The members whose figures may be summed into one regional total, of those that have a figure in it. Members
     * outside the totals never are. A member shown only in totals is left out when it is the only such member in
     * this total: the reader sees every other member's figure individually, and would get its figure by
     * subtracting them.
     */
    public Total total(Collection<String> contributors) {
        Set<String> summed = new LinkedHashSet<>();
        int hidden = 0;
        for (String m : contributors) {
            if (inTotals.contains(m)) {
                summed.add(m);
                if (!individually.contains(m)) {
                    hidden++;
                }
            }
        }
        if (hidden == 1) {
            summed.removeIf(m -> !individually.contains(m));
            return new Total(summed, true);
        }
        return new Total(summed, false);
    }

    /**
     * The members one regional total sums.
     *
     * @param withheld whether a member shown only in totals was left out of this one because it was alone there
     */
    public record Total(Set<String> members, boolean withheld) {
    }
}
