package org.eads.crisis;

/** New casualty figures, each required and not negative. */
public record CasualtyUpdate(Integer dead, Integer injured, Integer missing) {
}
