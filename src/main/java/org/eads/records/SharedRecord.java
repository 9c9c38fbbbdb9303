package org.eads.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.eads.sharing.HandlingCode;
import org.eads.sharing.RecordSharing;
import org.eads.sharing.SharingLevel;

/** A record as stored, with its owner, sharing, marking and version. */
public record SharedRecord(
        UUID id,
        RecordType type,
        String ownerMember,
        Long agencyId,
        String createdBy,
        SharingLevel sharingLevel,
        Set<String> sharedWith,
        Set<HandlingCode> handlingCodes,
        String handlingNote,
        Classification classification,
        LocalDate reviewDate,
        String label,
        RecordData data,
        int version,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy) {

    public RecordSharing sharing() {
        return new RecordSharing(ownerMember, sharingLevel, sharedWith);
    }

    public RecordInput toInput() {
        return new RecordInput(data, sharingLevel, sharedWith, handlingCodes, handlingNote, classification, reviewDate,
                agencyId);
    }
}
