package org.eads.scam.internal.web;

import org.eads.web.FeaturePage;

/** Marks the controllers of the scam centre's pages: their errors lead back to the centre. */
public interface ScamPage extends FeaturePage {

    @Override
    default String homePath() {
        return "/scam";
    }

    @Override
    default String homeName() {
        return "the scam centre";
    }
}
