package org.eads.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.eads.sharing.HandlingCode;
import org.eads.sharing.SharingLevel;

/** A record as a list shows it. */
public record RecordSummary(UUID id, RecordType type, String label, String ownerMember, SharingLevel sharingLevel,
                            Set<HandlingCode> handlingCodes, Classification classification, LocalDate reviewDate,
                            int version, Instant updatedAt) {
}
