package org.eads.funds;

/** Follow the money forward (where did it go) or backward (where did it come from). */
public enum TraceDirection {
    FORWARD,
    BACKWARD
}
