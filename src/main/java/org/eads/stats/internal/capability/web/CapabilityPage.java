package org.eads.stats.internal.capability.web;

import org.eads.web.FeaturePage;

/** Marks the controllers of the capability pages: their errors lead back to the capability gaps. */
interface CapabilityPage extends FeaturePage {

    @Override
    default String homePath() {
        return "/stats/capability";
    }

    @Override
    default String homeName() {
        return "capability gaps";
    }
}
