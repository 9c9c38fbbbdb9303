package org.eads.stats.internal.capability.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eads.identity.CurrentUser;
import org.eads.stats.CapabilityAssessment;
import org.eads.stats.CapabilityAssessments;
import org.eads.stats.CapabilityDimension;
import org.eads.stats.CapabilityGaps;
import org.eads.stats.CapabilityMatrix;
import org.eads.stats.CapacityBuildingActivities;
import org.eads.stats.CapacityBuildingActivity;
import org.eads.stats.TrainingNeed;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/stats/capability", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('STATISTICS_FOCAL_POINT', 'SUPERVISOR', 'ANALYST', 'API_CLIENT')")
@Tag(name = "Capability gaps", description = """
        Members' yearly capability self-assessments and the gaps they show. Per crime area in force for the year, a \
        member scores six dimensions (LEGISLATION, SPECIALISED_UNIT, TRAINED_STAFF, FORENSIC_CAPACITY, \
        DATA_AVAILABILITY, INTERNATIONAL_COOPERATION) from 0 (none) to 4 (fully in place), with evidence for 3 and 4 \
        (the levels of each dimension: GET /scale). A score of 0-1 is a critical gap, 2 a partial gap. A member's \
        statistics focal point or supervisor fills the draft; its supervisor submits it, and it is locked: a change \
        is a new revision with a reason. The Secretariat sees every member's assessments, the gap matrix, the \
        training needs, and records capacity-building activities; a member sees its own row and the activities \
        that target it. Partners and observers have no access. Another member's assessment answers 404.""")
class CapabilityApi {

    private final CapabilityAssessments assessments;
    private final CapabilityGaps gaps;
    private final CapacityBuildingActivities activities;
    private final CurrentUser currentUser;

    CapabilityApi(CapabilityAssessments assessments, CapabilityGaps gaps, CapacityBuildingActivities activities,
                  CurrentUser currentUser) {
        this.assessments = assessments;
        this.gaps = gaps;
        this.activities = activities;
        this.currentUser = currentUser;
    }

    /** A dimension with its question and what each score means for it. */
    record ScaleDimension(CapabilityDimension code, String label, String question, List<String> levels) {
    }

    /** The scale: the level names (0-4), each dimension's wording of them, and the scores that are gaps. */
    record Scale(List<String> levelNames, List<ScaleDimension> dimensions, String gaps) {
    }

    @GetMapping("/scale")
    @Operation(summary = "The 0-4 scale and what each level means for each dimension")
    Scale scale() {
        return new Scale(CapabilityDimension.LEVEL_NAMES, List.of(CapabilityDimension.values()).stream()
                .map(d -> new ScaleDimension(d, d.label(), d.question(), d.levels())).toList(),
                "0-1 critical gap, 2 partial gap, 3-4 no gap; evidence is required for 3 and 4");
    }

    @GetMapping("/assessments")
    @Operation(summary = "Assessments you may see, of a year or of every year",
            description = "Your member's (every member's for the Secretariat), newest year and revision first.")
    List<CapabilityAssessment.Summary> list(@RequestParam(required = false) Integer year) {
        return assessments.list(currentUser.get(), year);
    }

    /** What starts an assessment: the year, and whether to start from the last submitted assessment's answers. */
    record StartRequest(Integer year, Boolean fromLastYear) {
    }

    @PostMapping(path = "/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('STATISTICS_FOCAL_POINT', 'SUPERVISOR', 'API_CLIENT')")
    @Operation(summary = "Start your member's assessment of a year",
            description = "year; fromLastYear true copies the answers of your member's latest submitted assessment "
                    + "of an earlier year, for the crime areas still in force. A year already started answers 400: "
                    + "continue its draft, or open a new revision of the submitted one.")
    ResponseEntity<CapabilityAssessment> start(@RequestBody StartRequest request) {
        CapabilityAssessment a = assessments.start(currentUser.get(), request.year(),
                Boolean.TRUE.equals(request.fromLastYear()));
        return ResponseEntity.created(URI.create("/api/v1/stats/capability/assessments/" + a.id())).body(a);
    }

    @GetMapping("/assessments/{id}")
    @Operation(summary = "One assessment with its answers",
            description = "outstanding lists what still stops a draft from being submitted.")
    CapabilityAssessment get(@PathVariable UUID id) {
        return assessments.get(currentUser.get(), id);
    }

    @PutMapping(path = "/assessments/{id}/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('STATISTICS_FOCAL_POINT', 'SUPERVISOR', 'API_CLIENT')")
    @Operation(summary = "Save answers into your member's draft",
            description = "An array of {crimeArea, dimension, score (0-4, or null to clear), evidence, trainingNeed}. "
                    + "Answers not given stay as they were. A score outside 0-4 or an unknown crime area or "
                    + "dimension answers 400 and saves nothing; a 3 or 4 without evidence is saved and listed in "
                    + "outstanding until it has some.")
    CapabilityAssessment answer(@PathVariable UUID id, @RequestBody List<CapabilityAssessment.AnswerInput> answers) {
        return assessments.answer(currentUser.get(), id, answers);
    }

    @PostMapping("/assessments/{id}/submit")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Submit your member's draft (supervisors)",
            description = "Every crime area in force scored on every dimension, with evidence for every 3 and 4; "
                    + "otherwise 400 with each missing answer. The assessment is then locked and in force for its "
                    + "year.")
    CapabilityAssessment submit(@PathVariable UUID id) {
        return assessments.submit(currentUser.get(), id);
    }

    /** Why a submitted assessment is changed. */
    record RevisionRequest(String reason) {
    }

    @PostMapping(path = "/assessments/{id}/revisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('STATISTICS_FOCAL_POINT', 'SUPERVISOR', 'API_CLIENT')")
    @Operation(summary = "Open a new revision of a submitted assessment",
            description = "reason (required). The new revision is a draft with the submitted answers; once "
                    + "submitted it replaces the one in force, which is kept in the history as superseded.")
    ResponseEntity<CapabilityAssessment> revise(@PathVariable UUID id, @RequestBody RevisionRequest request) {
        CapabilityAssessment a = assessments.revise(currentUser.get(), id, request.reason());
        return ResponseEntity.created(URI.create("/api/v1/stats/capability/assessments/" + a.id())).body(a);
    }

    @GetMapping("/assessments/{id}/history")
    @Operation(summary = "Every revision of the member's assessment of that year, with what each changed")
    List<CapabilityAssessment.Revision> history(@PathVariable UUID id) {
        return assessments.history(currentUser.get(), id);
    }

    @GetMapping("/matrix")
    @Operation(summary = "The gap matrix of a year",
            description = "Without crimeArea: members by crime areas, each cell the member's lowest score over the "
                    + "six dimensions, with the number of gaps and critical gaps behind it. With crimeArea: members "
                    + "by dimensions for that crime area, with the members' evidence and training needs. activity "
                    + "marks a cell an activity (not cancelled) addresses; notSubmitted lists the members without a "
                    + "submitted assessment for the year.")
    CapabilityMatrix matrix(@RequestParam int year, @RequestParam(required = false) String crimeArea) {
        return crimeArea == null || crimeArea.isBlank() ? gaps.matrix(currentUser.get(), year)
                : gaps.drillDown(currentUser.get(), year, crimeArea);
    }

    @GetMapping("/training-needs")
    @Operation(summary = "The training needs the gaps of a year imply",
            description = "Per crime area and dimension with at least one gap: the members with a gap (their score "
                    + "and own training-need note), ranked by the number of members, then the number of critical "
                    + "gaps, then the lowest total score; with the activities addressing it.")
    List<TrainingNeed> trainingNeeds(@RequestParam int year) {
        return gaps.trainingNeeds(currentUser.get(), year);
    }

    @GetMapping("/activities")
    @Operation(summary = "Capacity-building activities you may see, of a year or of every year",
            description = "All of them for the Secretariat; those that target your member for a member.")
    List<CapacityBuildingActivity> activities(@RequestParam(required = false) Integer year) {
        return activities.list(currentUser.get(), year);
    }

    @PostMapping(path = "/activities", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('STATISTICS_FOCAL_POINT', 'SUPERVISOR', 'API_CLIENT')")
    @Operation(summary = "Record a capacity-building activity (the Secretariat)",
            description = "year (the assessment year whose gaps it addresses), title, kind (TRAINING, WORKSHOP, "
                    + "MENTORING, EQUIPMENT, EXCHANGE), crimeArea, dimension, members (codes of the members "
                    + "targeted), startsOn, endsOn, organiser (or partner), status (PLANNED by default, UNDER_WAY, "
                    + "DONE, CANCELLED), notes. The targeted members' statistics focal points are told.")
    ResponseEntity<CapacityBuildingActivity> record(@RequestBody CapacityBuildingActivity.Input input) {
        CapacityBuildingActivity a = activities.record(currentUser.get(), input);
        return ResponseEntity.created(URI.create("/api/v1/stats/capability/activities/" + a.id())).body(a);
    }

    @GetMapping("/activities/{id}")
    @Operation(summary = "One activity")
    CapacityBuildingActivity activity(@PathVariable UUID id) {
        return activities.get(currentUser.get(), id);
    }

    @PutMapping(path = "/activities/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('STATISTICS_FOCAL_POINT', 'SUPERVISOR', 'API_CLIENT')")
    @Operation(summary = "Replace an activity's fields, its status among them (the Secretariat)")
    CapacityBuildingActivity update(@PathVariable UUID id, @RequestBody CapacityBuildingActivity.Input input) {
        return activities.update(currentUser.get(), id, input);
    }
}
