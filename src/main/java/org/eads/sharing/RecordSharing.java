package org.eads.sharing;

import java.util.Set;

/** The part of a record that the access decision reads. */
public record RecordSharing(String ownerMember, SharingLevel level, Set<String> sharedWith) {

    public RecordSharing {
        sharedWith = sharedWith == null ? Set.of() : Set.copyOf(sharedWith);
    }
}
