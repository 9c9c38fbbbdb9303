package org.eads.alerts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A hit as one side sees it. {@code ownerSide} is true for the record's owner, who sees who searched and for what;
 * the searching member sees the record only as its sharing allows (a HIT_NO_HIT record stays a "possible match").
 */
public record Hit(UUID id, UUID recordId, String recordType, String ownerMember, String searcher,
                  String searcherMember, String searcherAgency, String query, double score, boolean hitOnly,
                  Instant firstAt, Instant lastAt, int searches, UUID alertId, HitOutcome.Identity identity,
                  HitOutcome.Action action, String outcomeNote, String outcomeBy, Instant outcomeAt,
                  boolean ownerSide, List<Message> messages) {

    /** One message of the follow-up thread; the attachment is fetched on its own. */
    public record Message(long id, String author, String authorMember, String body, String attachmentName,
                          String attachmentType, Instant at) {
    }

    /** An attachment as downloaded. */
    public record Attachment(String name, String contentType, byte[] content) {
    }
}
