package org.eads.stats;

import java.util.List;

/**
 * The capability part of the regional analytical report for a year: the gap matrix (members by crime areas), the
 * drill-down of each crime area (members by dimensions), the training needs the gaps imply, and the
 * capacity-building activities recorded against them.
 */
public record CapabilityReport(int year, int classification, CapabilityMatrix matrix, List<CapabilityMatrix> crimeAreas,
                               List<TrainingNeed> trainingNeeds, List<CapacityBuildingActivity> activities) {
}
