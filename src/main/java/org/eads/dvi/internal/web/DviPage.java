package org.eads.dvi.internal.web;

import org.eads.web.FeaturePage;

/** Marks the controllers of the DVI pages: their errors lead back to the DVI operations. */
interface DviPage extends FeaturePage {

    @Override
    default String homePath() {
        return "/dvi";
    }

    @Override
    default String homeName() {
        return "DVI operations";
    }
}
