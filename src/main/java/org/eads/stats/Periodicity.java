package org.eads.stats;

/** How often an indicator is reported, and so which kind of reporting period collects it. */
public enum Periodicity {
    MONTH, QUARTER, YEAR
}
