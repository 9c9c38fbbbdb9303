package org.eads.stats;

import java.util.List;

/**
 * A training need the gaps of a year imply: one crime area and dimension, the members with a gap there (lowest score
 * first) with their own training-need notes, and the activities that address it. Needs are ranked by the number of
 * members with a gap, then by how many of those gaps are critical, then by the lowest total score.
 */
public record TrainingNeed(int rank, String crimeArea, String crimeAreaName, CapabilityDimension dimension,
                           int members, int critical, List<MemberGap> gaps, List<CapacityBuildingActivity> activities) {

    /** One member's gap, its score and its own note of the training it needs; activity: an activity targets it. */
    public record MemberGap(String member, String memberName, int score, CapabilityGap gap, String note,
                            boolean activity) {
    }

    /** How many of the members with a gap no activity targets yet. */
    public int uncovered() {
        return (int) gaps.stream().filter(g -> !g.activity()).count();
    }
}
