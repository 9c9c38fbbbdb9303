package org.eads.web;

/**
 * A feature module's page controller: its errors (an address that names nothing, a step the user may not take) are
 * answered as pages that lead back to the feature's home.
 */
public interface FeaturePage {

    /** The feature's home page, such as {@code /scam}. */
    String homePath();

    /** The feature's name after "Back to", such as "the scam centre". */
    String homeName();
}
