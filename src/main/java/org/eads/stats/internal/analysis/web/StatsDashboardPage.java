package org.eads.stats.internal.analysis.web;

import org.eads.web.FeaturePage;

/** Marks the controllers of the statistics dashboard pages: their errors lead back to the dashboard. */
interface StatsDashboardPage extends FeaturePage {

    @Override
    default String homePath() {
        return "/stats/dashboard";
    }

    @Override
    default String homeName() {
        return "the statistics dashboard";
    }
}
