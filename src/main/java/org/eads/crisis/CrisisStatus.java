package org.eads.crisis;

/** Where a crisis stands. A closed crisis is kept as it was: nothing of it changes any more. */
public enum CrisisStatus {
    ACTIVE, CONTAINED, CLOSED
}
