package org.eads.crisis;

import java.time.Instant;
import java.util.UUID;

/** A situation report in a crisis's timeline; {@code attachmentName} is null when it has no file. */
public record SituationReport(UUID id, UUID crisisId, String memberCode, String author, String text,
                              Distribution distribution, String attachmentName, String attachmentType,
                              Integer attachmentSize, Instant createdAt) {

    public boolean hasAttachment() {
        return attachmentName != null;
    }
}
