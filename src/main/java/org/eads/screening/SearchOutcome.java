package org.eads.screening;

import java.util.List;

/** The results of a search, best first, and how long it took. */
public record SearchOutcome(List<Match> matches, long micros) {
}
