package org.eads.dvi;

import java.util.List;
import java.util.UUID;

/**
 * Something the reconciliation team must resolve before identifying: a missing person who is a strong candidate for
 * several bodies, or a body whose DNA samples come from different persons (commingled remains).
 */
public record MatchingConflict(Kind kind, String description, List<UUID> pmFileIds, List<UUID> amFileIds) {

    public enum Kind { SHARED_MISSING_PERSON, COMMINGLED }
}
