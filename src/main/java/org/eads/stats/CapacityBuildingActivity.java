package org.eads.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A capacity-building activity the Secretariat plans against the gaps of an assessment year: what it is, the crime
 * area and dimension it addresses, the members it targets, when, who organises it, and how far it has come.
 */
public record CapacityBuildingActivity(UUID id, int year, String title, Kind kind, String crimeArea,
                                       String crimeAreaName, CapabilityDimension dimension, List<String> members,
                                       LocalDate startsOn, LocalDate endsOn, String organiser, Status status,
                                       String notes, String createdBy, Instant createdAt, String updatedBy,
                                       Instant updatedAt) {

    public enum Kind {
        TRAINING("Training"), WORKSHOP("Workshop"), MENTORING("Mentoring"), EQUIPMENT("Equipment"),
        EXCHANGE("Exchange");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Status {
        PLANNED("Planned"), UNDER_WAY("Under way"), DONE("Done"), CANCELLED("Cancelled");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * What an activity is made from. year: the assessment year whose gaps it addresses; kind TRAINING, WORKSHOP,
     * MENTORING, EQUIPMENT or EXCHANGE; crimeArea and dimension by code; members: the member codes targeted;
     * startsOn (required) and endsOn; organiser: the organiser or partner; status PLANNED (default), UNDER_WAY,
     * DONE or CANCELLED; notes.
     */
    public record Input(Integer year, String title, String kind, String crimeArea, String dimension,
                        List<String> members, LocalDate startsOn, LocalDate endsOn, String organiser, String status,
                        String notes) {
    }

    /** Whether it still counts against its gaps: every status but cancelled. */
    public boolean active() {
        return status != Status.CANCELLED;
    }

    public boolean targets(String member) {
        return members.contains(member);
    }
}
