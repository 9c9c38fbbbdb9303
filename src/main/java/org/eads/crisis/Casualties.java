package org.eads.crisis;

/** The casualty figures of a crisis as last reported. */
public record Casualties(int dead, int injured, int missing) {

    @Override
    public String toString() {
        return dead + " dead, " + injured + " injured, " + missing + " missing";
    }
}
