package org.eads.crisis;

import java.util.Set;

/**
 * Where an offered resource is: offered, accepted by the requesting member (EDXL-RM CommitResource), travelling, on
 * site, and released (ReleaseResource). It only moves forward, one step at a time; a resource may be released from
 * any state after its acceptance, for instance when a crisis is contained before the team arrives.
 */
public enum DeploymentState {
    OFFERED, ACCEPTED, EN_ROUTE, ON_SITE, RELEASED;

    public boolean mayBecome(DeploymentState next) {
        return switch (this) {
            case OFFERED -> next == ACCEPTED;
            case ACCEPTED -> Set.of(EN_ROUTE, RELEASED).contains(next);
            case EN_ROUTE -> Set.of(ON_SITE, RELEASED).contains(next);
            case ON_SITE -> next == RELEASED;
            case RELEASED -> false;
        };
    }

    /** Whether the providing member reports this state; the requesting member accepts and releases. */
    public boolean reportedByProvider() {
        return this == EN_ROUTE || this == ON_SITE;
    }

    public String label() {
        return name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    }
}
