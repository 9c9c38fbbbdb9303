package org.eads.stats;

import org.eads.web.FeaturePage;

/** Marks the controllers of the statistics pages: their errors lead back to the statistics home. */
public interface StatsPage extends FeaturePage {

    @Override
    default String homePath() {
        return "/stats";
    }

    @Override
    default String homeName() {
        return "crime statistics";
    }
}
