package org.eads.funds.internal.web;

import org.eads.web.FeaturePage;

/** Marks the controllers of the fund tracing pages: their errors lead back to fund tracing. */
interface FundsPage extends FeaturePage {

    @Override
    default String homePath() {
        return "/funds";
    }

    @Override
    default String homeName() {
        return "fund tracing";
    }
}
