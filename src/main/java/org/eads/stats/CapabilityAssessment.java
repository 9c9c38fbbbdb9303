package org.eads.stats;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eads.records.Problems;

/**
 * One revision of a member's capability self-assessment for a year: per crime area in force that year and per
 * dimension, a score 0-4 with its evidence and an optional training need. {@code outstanding} is what still stops a
 * draft from being submitted (unanswered scores, scores of 3 or 4 without evidence); empty once submitted.
 */
public record CapabilityAssessment(UUID id, String member, String memberName, int year, int revision, Status status,
                                   int classification, UUID copiedFrom, String revisionReason, String createdBy,
                                   Instant createdAt, String updatedBy, Instant updatedAt, String submittedBy,
                                   Instant submittedAt, List<Area> crimeAreas, List<Answer> answers,
                                   List<Problems.FieldProblem> outstanding) {

    /**
     * DRAFT while the member fills it; SUBMITTED (locked) once the supervisor submits it, and the one the gap matrix
     * reads; SUPERSEDED when a later revision of the same year is submitted.
     */
    public enum Status {
        DRAFT, SUBMITTED, SUPERSEDED
    }

    /** A crime area in force for the year, as the form lists it. */
    public record Area(String code, String name) {
    }

    /** The answer for one crime area and dimension; a null score is not answered yet. */
    public record Answer(String crimeArea, CapabilityDimension dimension, Integer score, String evidence,
                         String trainingNeed) {

        public CapabilityGap gap() {
            return CapabilityGap.of(score);
        }
    }

    /**
     * An answer as a client gives it: crimeArea and dimension by code, score 0-4 (null to clear it), evidence
     * (required before submission for 3 and 4), trainingNeed (optional).
     */
    public record AnswerInput(String crimeArea, String dimension, Integer score, String evidence, String trainingNeed) {
    }

    /** An assessment in a list. */
    public record Summary(UUID id, String member, String memberName, int year, int revision, Status status,
                          Instant updatedAt, Instant submittedAt, int answered, int expected) {
    }

    /** One revision in the history of a member's assessment of a year, with what it changed from the one before. */
    public record Revision(UUID id, int revision, Status status, String reason, String createdBy, Instant createdAt,
                           String submittedBy, Instant submittedAt, List<Change> changes) {
    }

    /** A score, evidence or training need that differs from the previous revision. */
    public record Change(String crimeArea, CapabilityDimension dimension, Integer before, Integer after,
                         boolean evidenceChanged, boolean trainingNeedChanged) {
    }

    /** The answer for a crime area and dimension; an empty one when there is none. */
    public Answer answer(String crimeArea, CapabilityDimension dimension) {
        return answers.stream().filter(a -> a.crimeArea().equals(crimeArea) && a.dimension() == dimension).findFirst()
                .orElse(new Answer(crimeArea, dimension, null, null, null));
    }

    public boolean draft() {
        return status == Status.DRAFT;
    }
}
