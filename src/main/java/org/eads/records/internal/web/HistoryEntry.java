package org.eads.records.internal.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/** One version of a record as the history shows it: who, when, what kind of change, and which fields changed. */
@Schema(description = "One version of a record, newest first")
record HistoryEntry(
        @Schema(example = "2") int version,
        @Schema(description = "CREATE, UPDATE or DELETE", example = "UPDATE") String change,
        @Schema(example = "mys.officer1") String changedBy,
        Instant changedAt,
        @Schema(description = "The fields that differ from the previous version; empty for the first version")
        List<FieldChange> changes,
        @Schema(description = "The whole record as it was at this version, in the same form as GET /api/v1/records/{id}",
                type = "object")
        JsonNode snapshot) {
}
