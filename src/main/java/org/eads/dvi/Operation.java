package org.eads.dvi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A disaster victim identification operation: where and when, the lead member and the participating ones, the
 * frequency table and the DNA settings of its matching, and how many missing persons were reported.
 */
public record Operation(UUID id, UUID crisisId, String leadMember, String name, String place, LocalDate occurredOn,
                        long frequencyTableId, String frequencyTable, double theta, double mutationRate,
                        int missingReported, String status, Set<String> members, Instant createdAt) {

    /** What an operation is opened with; the frequency table by name (default East Asia 2023). */
    public record Input(String name, String place, LocalDate occurredOn, UUID crisisId, String frequencyTable,
                        Double theta, Double mutationRate, Integer missingReported, Set<String> members) {
    }

    /** Whether a member takes part (the lead member does). */
    public boolean includes(String memberCode) {
        return leadMember.equals(memberCode) || members.contains(memberCode);
    }
}
