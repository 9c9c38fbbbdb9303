package org.eads.alerts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the drafter of a notice writes: the pages, the API and the form all build one of these.
 *
 * @param records   ids of records the notice refers to; each must exist and be visible to the drafter
 * @param members   the members to send it to, with {@link Distribution#SELECTED}
 * @param expiresOn the notice is valid through this day (UTC); it must be after today
 * @param exercise  part of an exercise (CAP status Exercise), not a real notice
 */
public record NoticeInput(NoticeType type, String title, String summary, String details, List<UUID> records,
                          Distribution distribution, Set<String> members, LocalDate expiresOn, boolean requiresAck,
                          boolean exercise) {

    public NoticeInput {
        records = records == null ? List.of() : List.copyOf(records);
        members = members == null ? Set.of() : Set.copyOf(members);
    }
}
