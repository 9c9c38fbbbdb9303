package org.eads.stats.internal.capability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eads.stats.CapabilityAssessment.Answer;
import org.eads.stats.CapabilityDimension;
import org.eads.stats.CapabilityGap;
import org.eads.stats.CapabilityMatrix;
import org.eads.stats.CapabilityMatrix.Cell;
import org.eads.stats.CapabilityMatrix.Heading;
import org.eads.stats.CapacityBuildingActivity;
import org.eads.stats.TrainingNeed;

/**
 * The gaps of a year, computed from the submitted self-assessments of the members shown: the matrix of members by
 * crime areas, its drill-down into one crime area, and the training needs. Plain computation, no database.
 *
 * @param members    the rows, in their order
 * @param submitted  the answers of each member's assessment in force for the year
 * @param drafting   members with a draft for the year
 * @param activities the activities of the year
 */
public record GapAnalysis(int year, CrimeAreasInForce.Version version, List<Heading> members,
                          Map<String, List<Answer>> submitted, Set<String> drafting,
                          List<CapacityBuildingActivity> activities) {

    /** Members by crime areas, each cell the member's lowest score over the dimensions of the crime area. */
    public CapabilityMatrix matrix() {
        List<Heading> columns = version.areas().stream().map(a -> new Heading(a.code(), a.name())).toList();
        List<Cell> cells = new ArrayList<>();
        for (Heading m : members) {
            for (Heading area : columns) {
                List<Integer> scores = answers(m.code()).stream()
                        .filter(a -> a.crimeArea().equals(area.code()) && a.score() != null).map(Answer::score).toList();
                // a crime area is assessed when every dimension is scored; submitted assessments always are
                Integer lowest = scores.size() < CapabilityDimension.values().length ? null
                        : scores.stream().min(Integer::compare).orElseThrow();
                int gaps = (int) scores.stream().filter(s -> CapabilityGap.of(s) != null).count();
                int critical = (int) scores.stream().filter(s -> CapabilityGap.of(s) == CapabilityGap.CRITICAL).count();
                cells.add(new Cell(m.code(), area.code(), lowest, CapabilityGap.of(lowest), lowest == null ? 0 : gaps,
                        lowest == null ? 0 : critical, covered(m.code(), area.code(), null), null, null));
            }
        }
        return new CapabilityMatrix(year, version.version(), null, null, members, columns, cells, notSubmitted(),
                inProgress());
    }

    /** Members by dimensions for one crime area, with each member's evidence and training need. */
    public CapabilityMatrix drillDown(String crimeArea) {
        List<Heading> columns = List.of(CapabilityDimension.values()).stream()
                .map(d -> new Heading(d.name(), d.label())).toList();
        List<Cell> cells = new ArrayList<>();
        for (Heading m : members) {
            for (CapabilityDimension d : CapabilityDimension.values()) {
                Answer a = answers(m.code()).stream().filter(x -> x.crimeArea().equals(crimeArea) && x.dimension() == d)
                        .findFirst().orElse(null);
                Integer score = a == null ? null : a.score();
                CapabilityGap gap = CapabilityGap.of(score);
                cells.add(new Cell(m.code(), d.name(), score, gap, gap == null ? 0 : 1,
                        gap == CapabilityGap.CRITICAL ? 1 : 0, covered(m.code(), crimeArea, d),
                        a == null ? null : a.evidence(), a == null ? null : a.trainingNeed()));
            }
        }
        return new CapabilityMatrix(year, version.version(), crimeArea, version.name(crimeArea), members, columns,
                cells, notSubmitted(), inProgress());
    }

    /**
     * One need per crime area and dimension where a member has a gap, ranked by the number of members with a gap,
     * then the number of critical gaps, then the lowest sum of their scores (the deepest gaps), then the order of the
     * crime areas and dimensions.
     */
    public List<TrainingNeed> trainingNeeds() {
        record Unranked(String area, CapabilityDimension dimension, List<TrainingNeed.MemberGap> gaps, int critical,
                        int scoreSum, int areaIndex) {
        }
        List<Unranked> needs = new ArrayList<>();
        List<String> areaCodes = version.codes();
        for (String area : areaCodes) {
            for (CapabilityDimension d : CapabilityDimension.values()) {
                List<TrainingNeed.MemberGap> gaps = new ArrayList<>();
                for (Heading m : members) {
                    answers(m.code()).stream()
                            .filter(a -> a.crimeArea().equals(area) && a.dimension() == d && a.gap() != null)
                            .findFirst().ifPresent(a -> gaps.add(new TrainingNeed.MemberGap(m.code(), m.name(),
                                    a.score(), a.gap(), a.trainingNeed(), covered(m.code(), area, d))));
                }
                if (!gaps.isEmpty()) {
                    gaps.sort(Comparator.comparingInt(TrainingNeed.MemberGap::score)
                            .thenComparing(TrainingNeed.MemberGap::memberName));
                    int critical = (int) gaps.stream().filter(g -> g.gap() == CapabilityGap.CRITICAL).count();
                    int sum = gaps.stream().mapToInt(TrainingNeed.MemberGap::score).sum();
                    needs.add(new Unranked(area, d, List.copyOf(gaps), critical, sum, areaCodes.indexOf(area)));
                }
            }
        }
        needs.sort(Comparator.comparingInt((Unranked u) -> -u.gaps().size())
                .thenComparingInt(u -> -u.critical())
                .thenComparingInt(Unranked::scoreSum)
                .thenComparingInt(Unranked::areaIndex)
                .thenComparing(Unranked::dimension));
        List<TrainingNeed> out = new ArrayList<>();
        for (Unranked u : needs) {
            out.add(new TrainingNeed(out.size() + 1, u.area(), version.name(u.area()), u.dimension(), u.gaps().size(),
                    u.critical(), u.gaps(), activities.stream().filter(CapacityBuildingActivity::active)
                    .filter(t -> t.crimeArea().equals(u.area()) && t.dimension() == u.dimension()).toList()));
        }
        return out;
    }

    private List<Answer> answers(String member) {
        return submitted.getOrDefault(member, List.of());
    }

    /** Whether an activity that is not cancelled targets the member for the crime area (and dimension, if given). */
    private boolean covered(String member, String crimeArea, CapabilityDimension dimension) {
        return activities.stream().anyMatch(t -> t.active() && t.targets(member) && t.crimeArea().equals(crimeArea)
                && (dimension == null || t.dimension() == dimension));
    }

    private List<Heading> notSubmitted() {
        return members.stream().filter(m -> !submitted.containsKey(m.code())).toList();
    }

    private List<Heading> inProgress() {
        return members.stream().filter(m -> drafting.contains(m.code())).toList();
    }
}
