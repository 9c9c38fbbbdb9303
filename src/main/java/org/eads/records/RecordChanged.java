package org.eads.records;

import java.util.UUID;

/** Published after a record was created, changed or deleted (in the same transaction as the change). */
public record RecordChanged(UUID id, int version, RecordType type, String ownerMember, Change change) {

    public enum Change { CREATED, UPDATED, DELETED }
}
