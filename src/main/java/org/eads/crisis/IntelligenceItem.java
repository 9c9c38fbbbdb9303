package org.eads.crisis;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A suspect's name, a vehicle plate or a phone number noted on a crisis, to search for and to record. */
public record IntelligenceItem(UUID id, UUID crisisId, String memberCode, IntelligenceKind kind, String value,
                               String note, String notedBy, Instant createdAt) {

    /** The search page for this value. */
    @JsonProperty
    public String searchPath() {
        return "/search?q=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The form that creates a shared record of the matching type. */
    @JsonProperty
    public String newRecordPath() {
        return "/records/new?type=" + kind.recordType().name();
    }
}
